// The bot in Teams with its log captured, for tests of a channel that Teams throttles throughout,
// now and then while the database does not answer either. Shared by those tests' files.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { capturedLog, type CapturedLog } from '../../support/log-lines.js';
import { databaseDown } from '../../support/outage.js';
import { startHarness, type Harness } from './harness.js';

/** Every Bot Connector call about the test channel. */
export const TO_CHANNEL = /^\/v3\/conversations\/19:team-noord@thread\.tacv2/;

export interface ThrottledChannel {
  h: Harness;
  logged: CapturedLog;
  /** From now on Teams answers the channel's posts 429, past what a turn waits. */
  throttledThroughout(): void;
  /** `work` done while the database does not answer. */
  whileDatabaseDown<T>(work: () => Promise<T>): Promise<T>;
}

/** One bot for the file, its connector reset and its log cleared before each test. */
export function useThrottledChannel(): ThrottledChannel {
  const logged = capturedLog();
  const env: ThrottledChannel = {
    h: undefined as unknown as Harness, // started before the first test, read only inside tests
    logged,
    throttledThroughout: () => env.h.connector.failNext(TO_CHANNEL, { status: 429, retryAfter: 8, times: 40 }),
    async whileDatabaseDown(work) {
      const restore = databaseDown(env.h.db.db);
      try {
        return await work();
      } finally {
        restore();
      }
    },
  };
  beforeAll(async () => {
    env.h = await startHarness({ log: logged.log });
  });
  afterAll(() => env.h.close());
  beforeEach(() => {
    env.h.connector.reset();
    logged.clear();
  });
  return env;
}
