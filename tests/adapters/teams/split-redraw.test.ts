// A card too big for one Teams message goes as several (cards/split.ts). Redrawn later (a form sent
// from its asker's own view redraws the card it came from), each message is to show its own part
// once: not the whole card written into the last message, which showed everyone the first part
// twice (or was refused over 100 KB, leaving the old card). The asker's own view is of the last part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { makeDeps } from '../../support/fixtures.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, cardText, closeCheckingCards, PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const long = (what: string, n: number): string => `${what} ${'Het overleg tussen school en jongerenwerk is nog te vrijblijvend; we plannen vaste momenten. '.repeat(20)}`.slice(0, n);
let h: Harness;
let leerlijnId: string;
let coordinator: { workspaceId: string; userId: string };

/** Every onderdeel written to the form's limits (texts of 1000 characters), five actions of 500 each: about 127 KB. */
async function writePlan(): Promise<void> {
  for (const code of ONDERDEEL_CODES) {
    await savePlanItem(makeDeps(h.db.db), coordinator, leerlijnId, {
      onderdeel: code, watKanBeter: long(`Beter ${code}.`, 1000), gewensteEindsituatie: long(`Doel ${code}.`, 1000),
      actions: Array.from({ length: 5 }, (_, j) => ({ description: long(`Actie ${code}.${j}.`, 500), ownerUserId: bram.aadObjectId!, dueDate: '2026-04-15' })),
    });
  }
}

const count = (said: string, what: string): number => said.split(what).length - 1;
const liveCards = (ids: readonly string[]): JsonObject[] =>
  h.connector.messagesIn(CHANNEL.id).filter((m) => ids.includes(m.id)).map((m) => adaptiveCardOf(m.activity)!);

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  const { rows } = await h.db.db.query<{ id: string; workspace_id: string }>(`select id, workspace_id from leerlijnen`);
  leerlijnId = rows[0]!.id;
  coordinator = { workspaceId: rows[0]!.workspace_id, userId: anna.aadObjectId! };
  await writePlan();
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('an actieplan posted as two messages', () => {
  let parts: string[] = [];
  it('shows its coordinator her own view of the last part, not the first part again', async () => {
    const before = new Set(h.connector.messagesIn(CHANNEL.id).map((m) => m.id));
    await h.say(anna, 'actieplan');
    await h.flush();
    parts = h.connector.messagesIn(CHANNEL.id).filter((m) => !before.has(m.id)).map((m) => m.id);
    expect(parts).toHaveLength(2);
    const [first, last] = liveCards(parts) as [JsonObject, JsonObject];
    const annaSees = [cardText(first), cardText(await h.seenBy(anna, last))].join('\n');
    for (const code of ONDERDEEL_CODES) expect(count(annaSees, `Beter ${code}.`)).toBe(1);
  });
});
