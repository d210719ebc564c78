// An actieplan written to the limits: every onderdeel with the longest texts its form takes and
// five actions of the longest description. Teams takes at most 100 KB in a message, so the whole
// plan in one card was refused and the team never saw it; it now comes as several cards, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { makeDeps } from '../../support/fixtures.js';
import { MAX_MESSAGE_UTF16_BYTES } from '../../fakes/bot-connector/routes.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, cardText, closeCheckingCards, PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const long = (what: string, n: number): string => `${what} ${'Het overleg tussen school en jongerenwerk is nog te vrijblijvend; we plannen vaste momenten. '.repeat(20)}`.slice(0, n);

let h: Harness;
let leerlijnId: string;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  const { rows } = await h.db.db.query<{ id: string; workspace_id: string }>(`select id, workspace_id from leerlijnen`);
  leerlijnId = rows[0]!.id;
  const coordinator = { workspaceId: rows[0]!.workspace_id, userId: anna.aadObjectId! };
  for (const code of ONDERDEEL_CODES) {
    await savePlanItem(makeDeps(h.db.db), coordinator, leerlijnId, {
      onderdeel: code, watKanBeter: long(`Beter ${code}`, 1000), gewensteEindsituatie: long(`Doel ${code}`, 1000),
      actions: Array.from({ length: 5 }, (_, j) => ({ description: long(`Actie ${code}.${j}`, 500), ownerUserId: bram.aadObjectId!, dueDate: '2026-04-15' })),
    });
  }
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('the longest actieplan in the channel', () => {
  it('arrives whole, in cards Teams takes, every onderdeel and action in order', async () => {
    const from = h.connector.activities.length;
    await h.submit(bram, { form: 'plan_post', leerlijnId });
    await h.flush();
    const posted = h.cardsSince(from);
    expect(posted.length).toBeGreaterThan(1);
    for (const card of posted) expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    const said = posted.map(cardText).join('\n');
    const order = ONDERDEEL_CODES.flatMap((code) => [`Beter ${code}`, `Actie ${code}.4`]).map((s) => said.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(h.connector.messagesIn(CHANNEL.id).length).toBeGreaterThan(1);
  });

  it.each([['Bram', bram], ['Anna, who may fill it in', anna]])('`actieplan` typed in the channel by %s shows it too, each card one Teams takes', async (_who, person) => {
    const from = h.connector.activities.length;
    await h.say(person, 'actieplan');
    await h.flush();
    const posted = h.cardsSince(from);
    const said = posted.map(cardText).join('\n');
    for (const card of posted) expect(JSON.stringify(card).length * 2).toBeLessThan(MAX_MESSAGE_UTF16_BYTES);
    for (const code of ONDERDEEL_CODES) expect(said).toContain(`Actie ${code}.4`);
  });
});
