// `mijn-gegevens` says what the bot keeps of the asker's own words. A note written with an action's
// status ("Notitie toevoegen", "Hoe staat het ervoor?") is kept with their name and read by the
// coordinator; it was left out, so a member who never voted was told "Ik bewaar geen stemmen of
// notities van jou" while the bot held their note.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { updateActionStatus, savePlanItem } from '../../../src/app/actions.js';
import { myData } from '../../../src/app/my-data.js';
import { csvCell } from '../../../src/documents/export/csv.js';
import { runCommand } from '../../../src/app/flows/run.js';
import { renderReply } from '../../../src/adapters/slack/render/reply.js';
import type { Place, PrivateFile, ReplyView } from '../../../src/app/flows/surface.js';
import type { Actor } from '../../../src/app/context.js';
import { addNote, openRound } from '../../../src/app/rounds.js';
import { unzipSync } from 'fflate';
import { backends } from '../../support/db.js';
import { agreedRound, useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

const unzipped = (bytes: Buffer): string => Object.values(unzipSync(new Uint8Array(bytes))).map((b) => Buffer.from(b).toString('utf8')).join('\n');

describe.each(backends())('mijn-gegevens and the notes written with an action’s status, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** `mijn-gegevens` typed in the person's personal chat: what they were answered, and the files sent them privately. */
  async function askMyData(actor: Actor): Promise<{ replies: ReplyView[]; sent: PrivateFile[] }> {
    const replies: ReplyView[] = [];
    const sent: PrivateFile[] = [];
    const place: Place = { channelId: 'D_CHAT', personal: true, repliesSeenByAll: false };
    const surface = surfaceFake({ reply: async (view) => void replies.push(view), sendPrivateFile: async (offer) => (sent.push(offer), { as: 'file' as const }) });
    const ctx = { deps: env.deps, log: pino({ level: 'silent' }), actor, place, leerlijn: null, lang: 'nl' as const, surface };
    await runCommand(ctx, { text: 'mijn-gegevens', mentions: [] });
    return { replies, sent };
  }

  it('shows the asker’s own status notes, and no one else’s', async () => {
    const [, bram, chen] = env.s.members as [never, { workspaceId: string; userId: string }, { workspaceId: string; userId: string }];
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y',
      actions: [{ description: 'Overleg plannen', ownerUserId: bram.userId, dueDate: '2026-02-10' }, { description: 'Flyer', ownerUserId: chen.userId, dueDate: '2026-02-10' }],
    });
    await updateActionStatus(env.deps, bram, { actionId: newActions[0]!.id, status: 'loopt_vast', note: 'Directie <b>reageert</b> niet' });
    await updateActionStatus(env.deps, chen, { actionId: newActions[1]!.id, status: 'bezig', note: 'Chen haar eigen notitie' });
    const { replies, sent } = await askMyData(bram);
    const shown = JSON.stringify(replies);
    expect(shown).not.toContain('myData.none');
    expect(shown).toContain('myData.statusNote');
    // As Slack shows it: the note is the owner's own text, so it comes out escaped, not as markup.
    const rendered = replies.map((view) => JSON.stringify(renderReply('nl', view))).join('\n');
    expect(rendered).toContain('Directie &lt;b&gt;reageert&lt;/b&gt; niet');
    expect(rendered).not.toContain('<b>');
    expect(rendered).toContain('Overleg plannen');
    expect(rendered).not.toContain('Chen haar eigen notitie');
    // The file the person keeps (AVG/GDPR), sent only to them, holds the same: theirs, not Chen's.
    expect(sent.map((f) => f.kind)).toEqual(['my-data']);
    expect(unzipped(sent[0]!.file.bytes)).toContain('Directie <b>reageert</b> niet');
    expect(unzipped(sent[0]!.file.bytes)).not.toContain('Chen haar eigen notitie');
  });

  it('sends the asker’s own notes on a round in the file too, and no one else’s', async () => {
    const [, bram, chen] = env.s.members as [never, Actor, Actor];
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', { early: true });
    await addNote(env.deps, bram, { roundId: round.roundId, onderdeel: 'P1', body: 'Bram zijn notitie bij P1' });
    await addNote(env.deps, chen, { roundId: round.roundId, onderdeel: 'P1', body: 'Chen haar notitie bij P1' });
    const { sent } = await askMyData(bram);
    expect(sent).toHaveLength(1);
    const inFile = unzipped(sent[0]!.file.bytes);
    expect(inFile).toContain('Bram zijn notitie bij P1');
    expect(inFile).not.toContain('Chen haar notitie bij P1');
    expect(inFile).not.toContain(chen.userId);
  });

  // The JSON held them and the CSV did not: the file a member opens in Excel left out what the coordinator reads.
  it('puts the asker’s own status notes in the CSV too, escaped as its other text', async () => {
    const [, bram, chen] = env.s.members as [never, { workspaceId: string; userId: string }, { workspaceId: string; userId: string }];
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y',
      actions: [{ description: 'Overleg; plannen', ownerUserId: bram.userId, dueDate: '2026-02-10' }, { description: 'Flyer', ownerUserId: chen.userId, dueDate: '2026-02-10' }],
    });
    await updateActionStatus(env.deps, bram, { actionId: newActions[0]!.id, status: 'loopt_vast', note: '=HYPERLINK("x");reageert niet' });
    await updateActionStatus(env.deps, chen, { actionId: newActions[1]!.id, status: 'bezig', note: 'Chen haar eigen notitie' });
    const csv = (await myData(env.deps, bram)).files.find((f) => f.name.endsWith('.csv'))!.bytes.toString('utf8');
    expect(csv).toContain(csvCell('=HYPERLINK("x");reageert niet'));
    expect(csv).toContain(csvCell('Overleg; plannen'));
    expect(csv.split('\r\n')[0]).toContain('actie');
    expect(csv).not.toContain('Chen haar eigen notitie');
  });

  // Asked in a personal chat (no leerlijn there), the files are in the language the chat answers in, as its lines are.
  it('names and heads the files in the language the personal chat speaks', async () => {
    const [, bram] = env.s.members as [never, { workspaceId: string; userId: string }];
    const files = (await myData(env.deps, bram, undefined, 'en')).files;
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/-my-data\.csv$/), expect.stringMatching(/-my-data\.json$/)]);
    expect(files[0]!.bytes.toString('utf8').split('\r\n')[0]).toContain('voting round');
  });
});
