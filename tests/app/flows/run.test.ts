// Where a typed command may run (app/flows/run.ts), and where someone's own data may be shown
// (mijn-gegevens): decided once, for both platforms, from where the person typed it.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/app/flows/run.js';
import type { FlowCtx, Place, ReplyView } from '../../../src/app/flows/surface.js';
import { castVote, openRound } from '../../../src/app/rounds.js';
import { channelLeerlijn } from '../../../src/app/places.js';
import { stopLeerlijn } from '../../../src/app/leerlijn.js';
import { backends } from '../../support/db.js';
import { NOW, useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

describe.each(backends())('running a typed command on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A flow context in `place` whose surface keeps the replies; anything else it is asked fails the test. */
  async function typedIn(place: Place, userId: string): Promise<{ ctx: FlowCtx; replies: ReplyView[] }> {
    const replies: ReplyView[] = [];
    const surface = surfaceFake({ reply: async (view) => void replies.push(view) });
    const leerlijn = place.personal ? null : await channelLeerlijn(env.deps, env.s.coordinator.workspaceId, place.channelId, 'fresh');
    const actor = { workspaceId: env.s.coordinator.workspaceId, userId };
    return { ctx: { deps: env.deps, log: pino({ level: 'silent' }), actor, place, leerlijn, lang: 'nl', surface }, replies };
  }

  const personal: Place = { channelId: 'D_CHAT', personal: true, repliesSeenByAll: false };

  it('a channel command typed in a personal chat says where it works, in the word typed and its language (or else the leerlijn’s)', async () => {
    const { ctx, replies } = await typedIn(personal, env.s.coordinator.userId);
    await runCommand(ctx, { text: 'schedule', mentions: [] });
    await runCommand(ctx, { text: 'start', mentions: [] });
    const { rows } = await env.deps.db.query<{ lang: string }>(`select lang from leerlijnen where id = $1::uuid`, [env.s.leerlijnId]);
    expect(replies).toEqual([
      { type: 'text', key: 'command.channelOnly', params: { command: 'schedule' }, lang: 'en' },
      { type: 'text', key: 'command.channelOnly', params: { command: 'start' }, lang: rows[0]!.lang },
    ]);
  });

  it('after a stop: the channel’s commands say it no longer runs, start says its data is still here, status says when it stopped', async () => {
    const { coordinator: anna, members } = env.s;
    await stopLeerlijn(env.deps, anna, env.s.leerlijnId, 'stopped');
    const channel: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };
    const typed = async (userId: string, text: string): Promise<ReplyView[]> => {
      const { ctx, replies } = await typedIn(channel, userId);
      await runCommand(ctx, { text, mentions: [] });
      return replies;
    };
    const notActive = { type: 'error', code: 'leerlijn_not_active', params: { leerlijn: 'Het Baken College · JoU Jongerenwerk' }, lang: 'nl' };
    for (const word of ['team', 'scores', 'planning', 'stop']) expect(await typed(anna.userId, word), word).toEqual([notActive]);
    // Export and delete act on the stopped leerlijn: its coordinator's only, whom a team member is told to ask by name.
    const askAnna = { type: 'error', code: 'not_coordinator', lang: 'nl', params: { coordinators: 'Lid 0' } };
    expect(await typed(members[1]!.userId, 'export')).toEqual([askAnna]);
    expect(await typed(members[1]!.userId, 'verwijder')).toEqual([askAnna]);
    expect(await typed(anna.userId, 'start')).toEqual([expect.objectContaining({ type: 'error', code: 'leerlijn_kept', lang: 'nl' })]);
    const [status] = await typed(members[1]!.userId, 'status');
    expect(status).toMatchObject({ type: 'status', status: { endedAt: NOW.toISOString(), nextMeeting: null, leerlijn: { status: 'stopped' } } });
    // Elsewhere nothing was stopped: no leerlijn there.
    const { ctx, replies } = await typedIn({ ...channel, channelId: 'C_ELSEWHERE' }, anna.userId);
    await runCommand(ctx, { text: 'team', mentions: [] });
    expect(replies).toEqual([{ type: 'error', code: 'no_leerlijn' }]);
  });

  it('verwijder, delete or stop naming someone (the coordinator meant `team verwijder @naam`) opens no form to delete or stop the leerlijn: it says how to take someone off', async () => {
    const { coordinator: anna, members } = env.s;
    const { ctx, replies } = await typedIn({ channelId: 'C_TEAM', personal: false, repliesSeenByAll: false }, anna.userId);
    for (const word of ['verwijder', 'delete', 'stop']) await runCommand(ctx, { text: word, mentions: [members[1]!.userId] });
    expect(replies).toEqual(['verwijder', 'delete', 'stop'].map(() => ({ type: 'text', key: 'team.usage', tone: 'warning' })));
  });

  it('team toevoegen or verwijder by a team member is refused as not theirs to do, before whom they named is looked at', async () => {
    const bram = env.s.members[1]!;
    const { ctx, replies } = await typedIn({ channelId: 'C_TEAM', personal: false, repliesSeenByAll: false }, bram.userId);
    await runCommand(ctx, { text: 'team verwijder', mentions: ['U_NOT_ON_TEAM'] });
    await runCommand(ctx, { text: 'team toevoegen', mentions: [env.s.members[2]!.userId] });
    await runCommand(ctx, { text: 'team toevoegen', mentions: [] });
    const askAnna = { type: 'error', code: 'not_coordinator', lang: 'nl', params: { coordinators: 'Lid 0' } };
    expect(replies).toEqual([askAnna, askAnna, askAnna]);
  });

  it('a long unknown argument or non-person word is quoted cut with a visible “…”, never through an emoji', async () => {
    const { ctx, replies } = await typedIn({ channelId: 'C_TEAM', personal: false, repliesSeenByAll: false }, env.s.coordinator.userId);
    const emojis = '😀'.repeat(40);
    await runCommand(ctx, { text: `scores ${'x'.repeat(32)}${emojis}`, mentions: [] });
    await runCommand(ctx, { text: `team toevoegen ${'y'.repeat(58)}${emojis}`, mentions: [] });
    const quoted = replies.map((r) => Object.values((r as { params?: Record<string, string> }).params ?? {})[0] ?? '');
    expect(quoted.map((q) => q.endsWith('…'))).toEqual([true, true]);
    expect(quoted.filter((q) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(q))).toEqual([]);
  });

  it('mijn-gegevens shows the votes where only the asker sees the answer, and only says where to ask where everyone does', async () => {
    const bram = env.s.members[1]!;
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await castVote(env.deps, bram, { roundId: round.roundId, onderdeel: 'P1', score: 3 });
    const answers = async (place: Place): Promise<ReplyView[]> => {
      const { ctx, replies } = await typedIn(place, bram.userId);
      await runCommand(ctx, { text: 'mijn-gegevens', mentions: [] });
      return replies;
    };
    const seenByAll = await answers({ channelId: 'C_TEAM', personal: false, repliesSeenByAll: true });
    expect(seenByAll).toEqual([{ type: 'text', key: 'myData.inChannel' }]);
    for (const place of [{ channelId: 'C_TEAM', personal: false, repliesSeenByAll: false }, personal]) {
      const shown = JSON.stringify(await answers(place));
      expect(shown).toContain('myData.votes');
      expect(shown).toContain('P1 3');
    }
  });
});
