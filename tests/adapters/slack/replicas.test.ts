// Two replicas of the bot behind one load balancer: one database, one Slack, one clock.
// Votes on the same card land on both; Slack still sees at most one update per card per
// second, and the last one shows every vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { cardsIn, startLeerlijnInSlack } from './flow.js';
import { CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';

let db: TestDb;
let a: Harness;
let b: Harness;
beforeAll(async () => {
  db = await pgliteTestDb();
  a = await startHarness({ testDb: db });
  b = await startHarness({ testDb: db, fake: a.fake, clock: a.clock });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await db?.drop();
});

const settle = async (): Promise<void> => {
  await a.settle();
  await b.settle();
};

describe('card updates across two replicas', () => {
  it('sends at most one update per card per second between them, the last with every vote', async () => {
    await startLeerlijnInSlack(a, 'Het Baken College');
    await a.command(COORDINATOR, 'scores');
    await a.settle();
    const { roundId, cards } = cardsIn(a);
    const ts = cards.get('P1')!.ts;
    const updatesOfP1 = (): number => a.fake.callsTo('chat.update').filter((c) => c.body.ts === ts).length;

    const clicks = USERS.map((user, i) => (i % 2 === 0 ? a : b).click(user, 'vote_2', `${roundId}|P1|2`, { ts }));
    expect((await Promise.all(clicks)).map((r) => r.status)).toEqual(USERS.map(() => 200));
    await settle();
    expect(updatesOfP1()).toBe(1); // both replicas had votes; only one of them updated

    a.clock.advance(999);
    await settle();
    expect(updatesOfP1()).toBe(1);
    a.clock.advance(1);
    await settle();
    expect(updatesOfP1()).toBe(2);

    // The replica that was refused tries again a second later; nothing is left after that.
    a.clock.advance(1000);
    await settle();
    a.clock.advance(5000);
    await settle();
    expect(updatesOfP1()).toBeLessThanOrEqual(3);
    const card = a.fake.messagesIn(CHANNEL).find((m) => m.ts === ts);
    expect(JSON.stringify(card?.blocks)).toContain(`${USERS.length} van ${USERS.length} gestemd`);
  });
});
