// What one Teams vote click costs the database, counted at the database handle: the invoke
// (Action.Execute) from the request to its answer, and the shared card's update that the
// votes of one second share. Slack's click is one statement; Teams' should stay close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { countingDb, type CountingDb } from '../../support/counting-db.js';
import { pgliteTestDb } from '../../support/db.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram, chen, dewi, eva, fatima] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser, TeamsUser, TeamsUser, TeamsUser];
let h: Harness;
let db: CountingDb;
let roundId: string;

beforeAll(async () => {
  db = countingDb(await pgliteTestDb());
  h = await startHarness({ db });
  await h.say(anna, 'start'); // reads the roster: the bot learns everyone's Teams id
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, chen, dewi].map((p) => p.aadObjectId).join(','), jongerenwerk: [bram, eva, fatima].map((p) => p.aadObjectId).join(','),
    coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  await h.say(anna, 'scores');
  roundId = (await db.db.query<{ id: string }>(`select id from score_rounds`)).rows[0]!.id;
});

afterAll(async () => {
  await h.close();
});

/** Statements the database gets while one vote click is answered, with nothing else running. */
async function click(user: TeamsUser, onderdeel: string, score: number): Promise<{ count: number; statements: string[]; text: string }> {
  await h.teams.idle();
  db.reset();
  const card = await h.invoke(user, 'vote', { roundId, onderdeel, score });
  return { count: db.count, statements: [...db.statements], text: cardText(card) };
}

describe('database round trips of a Teams vote click', () => {
  it('a click after the first (which may warm caches) costs at most 2 statements (the vote, with its count, and the voters), for a member voting again and for another member', async () => {
    const first = await click(anna, 'P1', 2);
    expect(first.text).toContain('Je stem: 2');
    // The card's own update runs now for the first vote; later ones within the second wait for it.
    await h.teams.idle();

    const again = await click(anna, 'P1', 3);
    expect(again.text).toContain('Je stem: 3');
    expect(again.text).toContain('1 van 6 gestemd');
    const other = await click(bram, 'P1', 1);
    expect(other.text).toContain('Je stem: 1');
    expect(other.text).toContain('2 van 6 gestemd');
    const third = await click(chen, 'P1', 2);
    expect(third.text).toContain('3 van 6 gestemd');
    // A first vote on a card in its second also sends that card's update at once (counted below).
    const newCard = await click(dewi, 'A2', 2);
    expect(newCard.text).toContain('1 van 6 gestemd');
    console.log(`[vote-queries] first click ${first.count}, again ${again.count}, another member ${other.count}, a third ${third.count}; a first vote on another card, with its update: ${newCard.count}`);
    for (const c of [again, other, third]) expect(c.count, c.statements.join('\n')).toBeLessThanOrEqual(2);
  });

  it('reads the voters beside the vote, not after it: the voter waits for one trip to Postgres', async () => {
    const again = await click(eva, 'P2', 3);
    expect(again.text).toContain('Je stem: 3');
    const at = (event: string): number => db.events.findIndex((e) => e.startsWith(event));
    const [voters, voted] = [at('sent: select case when jsonb_typeof'), at('answered: select leerlijn_id as "leerlijnId", moment, status')];
    expect(voters, db.events.join('\n')).toBeGreaterThanOrEqual(0);
    expect(voted, db.events.join('\n')).toBeGreaterThanOrEqual(0);
    expect(voters, db.events.join('\n')).toBeLessThan(voted);
  });

  it('the shared card update, which the clicks on a card within a second share, costs at most 7 statements', async () => {
    await h.teams.idle();
    const puts = (): number => h.connector.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    db.reset();
    await h.flush(); // P1's trailing update (A2's went out with its first vote)
    expect(puts() - before).toBe(1);
    console.log(`[vote-queries] one trailing card update: ${db.count} statements`);
    expect(db.count, db.statements.join('\n')).toBeLessThanOrEqual(7);
    const { rows } = await db.db.query<{ id: string }>(`select message_id as id from posted_messages where key = $1::text`, [`card:${roundId}:P1`]);
    const shared = h.connector.messagesIn(CHANNEL.id).find((m) => m.id === rows[0]!.id);
    expect(cardText(shared?.activity)).toContain('3 van 6 gestemd');
  });
});
