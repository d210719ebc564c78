// Two teams' invitations are due at the same 09:00; Slack answers the first post of the pass 429
// with Retry-After: 30. The Slack WebClient of the scheduler waited those 30 s itself, and again
// for every retry (about 90 s in one pass), holding the tick and with it every other team's
// reminders. A background post now waits out only a few seconds of Retry-After; a longer one
// gives the job back, to be tried again once Slack's time has passed (retry_not_before, on the
// database's clock), without counting it as a failed attempt: a 429 means Slack took nothing, so
// the message is neither lost nor sent twice. The other team's invitation goes in the same pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { tick, type TickResult } from '../../src/scheduler/tick.js';
import { makeDeps, NOW, startFixture } from '../support/fixtures.js';
import { databaseClockMovesOn, jobsOf } from './helpers.js';
import { startHarness, type Harness } from '../adapters/slack/harness.js';

const INVITE_AT = new Date('2026-01-26T08:00:00Z'); // the signalering's invitation, Monday 09:00 Amsterdam
const CHANNELS = ['C0TEAMA', 'C0TEAMB'] as const;
/** Well under the 30 s Slack asked for, and well over a pass that does not wait. */
const PASS_WITHIN_MS = 5_000;
let h: Harness;
let leerlijnIds: string[];

beforeEach(async () => {
  h = await startHarness();
  const deps = makeDeps(h.testDb.db);
  leerlijnIds = [];
  for (const channelId of CHANNELS) {
    const s = await startFixture(deps, { channelId });
    await h.testDb.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    leerlijnIds.push(s.leerlijnId);
  }
});
afterEach(() => h.close());

/** One pass with the adapter's own Slack messenger; 'still waiting' when it takes longer than a pass should. */
async function pass(now: Date, maxAttempts?: number): Promise<TickResult | 'still waiting'> {
  const run = tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, now, { random: () => 0, ...(maxAttempts ? { maxAttempts } : {}) });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still waiting'>((resolve) => (timer = setTimeout(() => resolve('still waiting'), PASS_WITHIN_MS)));
  try {
    return await Promise.race([run, late]);
  } finally {
    clearTimeout(timer);
  }
}

const invitationsIn = (channel: string) => h.fake.messagesIn(channel).filter((m) => !m.thread_ts);

describe('a Slack post of the scheduler answered 429 with Retry-After: 30', () => {
  it('gives its job back for after those 30 s, and the other team\'s invitation goes in the same pass', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 1 });
    expect(await pass(INVITE_AT)).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    const counts = CHANNELS.map((c) => invitationsIn(c).length);
    expect([...counts].sort()).toEqual([0, 1]);
    const throttled = leerlijnIds[counts.indexOf(0)]!;
    // Given back, not failed: still pending, and the 429 not counted as one of its attempts.
    expect(await jobsOf(h.testDb.db, throttled, 'pending')).toContainEqual(expect.objectContaining({ kind: 'meeting_invite', attempts: 0, lastError: 'ratelimited' }));
    // Not before Slack's 30 s have passed...
    await databaseClockMovesOn(h.testDb.db, 29);
    expect(await pass(new Date(INVITE_AT.getTime() + 29_000))).toMatchObject({ claimed: 0 });
    // ...and then once, in the channel that missed it.
    await databaseClockMovesOn(h.testDb.db, 1);
    expect(await pass(new Date(INVITE_AT.getTime() + 30_000))).toMatchObject({ claimed: 1, sent: 1 });
    expect(CHANNELS.map((c) => invitationsIn(c).length)).toEqual([1, 1]);
    // Sent, it no longer says it is being throttled (since when, how many 429s in a row).
    const { rows } = await h.testDb.db.query<{ payload: Record<string, unknown> }>(`select payload from scheduled_jobs where leerlijn_id = $1::uuid and kind = 'meeting_invite' order by run_at limit 1`, [throttled]);
    expect(rows.map((r) => Object.keys(r.payload).filter((k) => k.startsWith('throttled')))).toEqual([[]]);
    expect(rows[0]?.payload).toMatchObject({ outcome: 'sent' });
  });

  it('written as an HTTP-date 30 s away: given back for after those 30 s, as in seconds', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: new Date(Date.now() + 30_000).toUTCString(), times: 1 });
    expect(await pass(INVITE_AT, 1)).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    // The date counts whole seconds from the moment Slack answered: 29 or 30 of them.
    await databaseClockMovesOn(h.testDb.db, 28);
    expect(await pass(new Date(INVITE_AT.getTime() + 28_000))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(h.testDb.db, 2);
    expect(await pass(new Date(INVITE_AT.getTime() + 30_000))).toMatchObject({ claimed: 1, sent: 1 });
  });

  it('a short HTTP-date waited out, then one 60 s away: given back for after those 60 s, not the store\'s own 15 s', async () => {
    // The first short (a moment already passed: 0 s, so the test waits for nothing), the retry after it 60 s away.
    const in60s = new Date(Date.now() + 60_000).toUTCString();
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: new Date(Date.now() - 1_000).toUTCString(), then: { status: 429, retryAfter: in60s } });
    expect(await pass(INVITE_AT, 1)).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    await databaseClockMovesOn(h.testDb.db, 30);
    expect(await pass(new Date(INVITE_AT.getTime() + 30_000))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(h.testDb.db, 30);
    expect(await pass(new Date(INVITE_AT.getTime() + 60_000))).toMatchObject({ claimed: 1, sent: 1 });
  });

  it('is not failed for it on its last attempt: Slack asked to wait, nothing went wrong', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 1 });
    expect(await pass(INVITE_AT, 1)).toMatchObject({ sent: 1, retried: 1, failed: 0 });
  });

  it('waits out a Retry-After of a second, as before: both sent in the one pass', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1, times: 1 });
    expect(await pass(INVITE_AT)).toMatchObject({ claimed: 2, sent: 2, retried: 0 });
  });
});

describe('a Slack post of the scheduler answered 429 without a Retry-After', () => {
  it('is Slack asking to wait all the same: on its last attempt the job is given back, not failed, and nobody is told', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, times: 1 });
    expect(await pass(INVITE_AT, 1)).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    const throttled = leerlijnIds[CHANNELS.findIndex((c) => invitationsIn(c).length === 0)]!;
    expect(await jobsOf(h.testDb.db, throttled, 'pending')).toContainEqual(expect.objectContaining({ kind: 'meeting_invite', attempts: 0, lastError: 'ratelimited' }));
    expect(await jobsOf(h.testDb.db, throttled)).not.toContainEqual(expect.objectContaining({ kind: 'job_failed' }));
  });
});
