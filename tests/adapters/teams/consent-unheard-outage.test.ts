// The coordinator accepts the export's file consent card while the database does not answer and
// Teams throttles their chat with the bot, so "try again" cannot be said there either. A file
// consent is an invoke, which Teams does not send again after a 503: that asked for a redelivery that never
// comes and only showed an error, and the log promised it would be "delivered again". Teams hears
// 200, as for any invoke the bot has no words for, and the log says honestly that nothing was done,
// nobody told, and nothing comes again. (Messages still get the 503: unheard-outage.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { databaseDown } from '../../support/outage.js';
import { freshAnswer } from './export-answers.js';
import { startHarness, startHetBaken, type Harness } from './harness.js';

const logged = capturedLog();
let test: TestDb;
let h: Harness;
/** A second process of the bot on the same database, just started: it has read nothing yet, so who and where need the database. */
let fresh: Harness;

beforeAll(async () => {
  test = await pgliteTestDb();
  h = await startHarness({ db: test });
  await startHetBaken(h);
  fresh = await startHarness({ db: { ...test, db: { ...test.db } }, log: logged.log });
});
afterAll(async () => {
  await fresh.close();
  await h.close();
  await test.drop();
});

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('teams: a file consent accept while the database is down and the chat throttled', () => {
  it('answers 200 (a 503 brings no redelivery of an invoke) and logs one honest warning, no error', async () => {
    const { answer, chatId } = await freshAnswer(h, 'unheard');
    h.connector.failNext(new RegExp(`^/v3/conversations/${escaped(chatId)}`), { status: 429, retryAfter: 8, times: 40 });
    const restore = databaseDown(fresh.db.db);
    let status: number;
    try {
      status = (await postActivity(fresh.url, answer)).status;
    } finally {
      restore();
    }
    expect(status).toBe(200);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toHaveLength(1);
    expect(logged.warnings()[0]).toContain('does not send this request again');
    expect(logged.warnings()[0]).not.toContain('to be delivered again');
  });
});
