// Real Postgres only: a vote click is answered (the button turns green) only once the vote
// is committed. A second connection holds the round's lock the way a closing round does, so
// the vote cannot commit; the click must stay unanswered until the lock is let go. Any other
// click is answered at once, before what it does has read anything.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeIfPostgres, postgresTestDb, TEST_DATABASE_URL, type TestDb } from '../../support/db.js';
import { secondConnection, someoneWaitsFor } from '../../support/locks.js';
import { cardsIn, startLeerlijnInSlack } from './flow.js';
import { COORDINATOR, startHarness, USERS, type Harness } from './harness.js';
import { NOTE_ACTION } from '../../../src/adapters/slack/render/controls.js';

describe.runIf(describeIfPostgres())('a Slack click on real Postgres', () => {
  let testDb: TestDb;
  let h: Harness;
  let holder: pg.Client;

  beforeEach(async () => {
    testDb = await postgresTestDb(4);
    h = await startHarness({ testDb });
    holder = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
  });
  afterEach(async () => {
    await holder.end();
    await h.close();
    await testDb.drop();
  });

  const storedVotes = async () => (await testDb.db.query<{ user_id: string; onderdeel: string; score: number }>('select user_id, onderdeel, score from votes')).rows;

  it('answers the click only after the vote is committed', async () => {
    await startLeerlijnInSlack(h, 'Het Baken');
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const { roundId, cards } = cardsIn(h);
    expect(cards.size).toBe(10);

    await holder.query('begin');
    await holder.query(`select pg_advisory_xact_lock(hashtextextended($1::text, 0))`, [roundId]);
    let answered = false;
    const click = h.click(USERS[1]!, 'vote_2', `${roundId}|P1|2`, { ts: cards.get('P1')!.ts }).then((res) => {
      answered = true;
      return res;
    });
    await someoneWaitsFor(holder);
    // One more round trip to the database: time for an early answer to have arrived.
    await holder.query('select 1');
    expect(answered).toBe(false);
    expect(await storedVotes()).toEqual([]);

    await holder.query('commit');
    const res = await click;
    expect(res.status).toBe(200);
    expect(await storedVotes()).toEqual([{ user_id: USERS[1], onderdeel: 'P1', score: 2 }]);
    await h.settle();
  });

  it('answers any other click at once, while what it does still waits for the database', async () => {
    await startLeerlijnInSlack(h, 'Het Baken');
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const { roundId, cards } = cardsIn(h);
    const notesOpened = () => h.fake.callsTo('views.open').length;
    const before = notesOpened();

    // Nothing reads the rounds until the holder lets go: the note form cannot be loaded yet.
    const inSchema = await secondConnection(testDb.db);
    await inSchema.query('begin');
    await inSchema.query('lock table score_rounds in access exclusive mode');
    try {
      const res = await h.click(USERS[1]!, NOTE_ACTION, `${roundId}|P1`, { ts: cards.get('P1')!.ts });
      expect(res.status).toBe(200);
      await someoneWaitsFor(inSchema);
      expect(notesOpened()).toBe(before);
    } finally {
      await inSchema.query('commit');
      await inSchema.end();
    }
    await expect.poll(notesOpened).toBe(before + 1);
    await h.settle();
  });
});
