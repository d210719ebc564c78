// A Slack Web API that takes a request and never answers. Without a limit of our own each
// attempt waited for undici's 5 minutes (about 20 with the WebClient's retries): a reminder held
// the scheduler's tick, and with it every later one (the ticker skips while one runs), and a
// coordinator's export held its listener. A call may take the deployment's limit (here tens of
// milliseconds); what follows is what follows any failed call. Sending a file's bytes has a
// longer limit of its own, so a slow upload of a big export still arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { tick } from '../../../src/scheduler/tick.js';
import { databaseClockMovesOn } from '../../scheduler/helpers.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { startLeerlijnInSlack } from './flow.js';

const LIMITS = { callMs: 100, userCallMs: 100, uploadMs: 1_000 };
/** Far above the limits (three attempts each), far below the test's own: waiting for ever is a failure here, not a hang. */
const BOUND_MS = 8_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ timeLimits: LIMITS });
  await startLeerlijnInSlack(h, 'Het Baken');
});

afterAll(() => h.close());

function within<T>(work: Promise<T>): Promise<T | 'still waiting'> {
  const bound = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), BOUND_MS).unref());
  return Promise.race([work, bound]);
}

const tickAt = (iso: string) => within(tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, new Date(iso)));
const invitations = (): number => h.fake.messagesIn(CHANNEL).filter((m) => m.text?.includes('Uitnodiging')).length;
const toldCoordinator = (): string => JSON.stringify(h.fake.ephemeralsTo(COORDINATOR));

describe('a Slack Web API that never answers', () => {
  it('does not hold the scheduler: the tick ends, and a later tick sends the reminder once', async () => {
    const answerAgain = h.fake.holdAnswers('chat.postMessage');
    // The invitation of the signalering on 2 February goes out a week before, at 09:00 Amsterdam.
    expect(await tickAt('2026-01-26T08:00:30Z')).toMatchObject({ sent: 0, retried: 1 });
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.status === 0).length).toBeGreaterThan(0);
    expect(invitations()).toBe(0);

    answerAgain();
    // The job's backoff (at most a minute after a first failure) is judged by the database's clock.
    await databaseClockMovesOn(h.testDb.db, 60);
    expect(await tickAt('2026-01-26T08:01:30Z')).toMatchObject({ sent: 1 });
    expect(invitations()).toBe(1);
  });

  it('does not hold the coordinator’s export: they are told it was not sent, as for any failed upload', async () => {
    const answerAgain = h.fake.holdAnswers('upload');
    try {
      await h.command(COORDINATOR, 'export');
      expect(await within(h.settle())).not.toBe('still waiting');
    } finally {
      answerAgain();
    }
    expect(h.fake.uploads().filter((u) => u.completed)).toEqual([]);
    expect(toldCoordinator()).toContain(t('nl', 'export.notSent', { error: 'request_failed' }));
  });

  it('gives a file’s bytes longer than a call: an upload Slack takes its time over still arrives', async () => {
    const answerAgain = h.fake.holdAnswers('upload', LIMITS.callMs * 4);
    try {
      await h.command(COORDINATOR, 'export');
      await h.settle();
    } finally {
      answerAgain();
    }
    expect(h.fake.uploads().filter((u) => u.completed)).toHaveLength(1);
    expect(toldCoordinator()).toContain(t('nl', 'export.sentPrivately'));
  });
});
