// A Bot Connector that takes a request and never answers. Without a limit of our own the
// scheduler's tick waited on it for ever: the ticker skips a tick while the last one runs, so
// no reminder went out again until a restart, and shutdown waited on the tick too. Each call
// may take the deployment's connector timeout (here tens of milliseconds); the job is tried
// again at a later tick, and the reminder arrives once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../../src/scheduler/tick.js';
import { databaseClockMovesOn } from '../../scheduler/helpers.js';
import { CHANNEL, startHarness, startHetBaken, type Harness } from './harness.js';

const CONNECTOR_TIMEOUT_MS = 50;
/** Far above the timeout, far below the test's own: a tick that waits for ever is a failure here, not a hang. */
const TICK_BOUND_MS = 5_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ connectorTimeoutMs: CONNECTOR_TIMEOUT_MS });
  await startHetBaken(h);
});

afterAll(() => h.close());

function tickAt(iso: string): Promise<unknown> {
  const ticked = tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, new Date(iso));
  const bound = new Promise((resolve) => setTimeout(() => resolve('still waiting'), TICK_BOUND_MS).unref());
  return Promise.race([ticked, bound]);
}

describe('a Bot Connector that never answers a reminder', () => {
  it('does not hold the scheduler: the tick ends, and a later tick sends the reminder once', async () => {
    const before = h.connector.messagesIn(CHANNEL.id).length;
    h.connector.failNext('POST', { status: 'no answer' });
    // The invitation of the signalering on 2 February goes out a week before, at 09:00 Amsterdam.
    expect(await tickAt('2026-01-26T08:00:30Z')).toMatchObject({ sent: 0, retried: 1 });
    expect(h.connector.requests.filter((r) => r.status === 0)).toHaveLength(1);
    expect(h.connector.messagesIn(CHANNEL.id)).toHaveLength(before);

    // The job's backoff (at most a minute after a first failure) is judged by the database's clock.
    await databaseClockMovesOn(h.db.db, 60);
    expect(await tickAt('2026-01-26T08:01:30Z')).toMatchObject({ sent: 1 });
    expect(h.connector.messagesIn(CHANNEL.id)).toHaveLength(before + 1);
  });
});
