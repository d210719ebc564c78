// Socket Mode when Slack says no: an app token Slack does not know is reported by /readyz's
// ready() with the reason, and the log tells the operator which variable to check. A socket
// Slack opens but never greets is given up and opened again.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/app.js';
import { reconnectDelay } from '../../../src/adapters/slack/socket.js';
import { loadConfig } from '../../../src/config.js';
import { makeDeps } from '../../support/fixtures.js';
import { logWaitingFor } from '../../support/log-lines.js';
import { APP_TOKEN, TOKEN, useFakeSlackAndDb } from './harness.js';

const shared = useFakeSlackAndDb();

describe('Slack Socket Mode when the app token is refused', () => {
  it('is not ready, says why, and logs which variable to check without the token', async () => {
    const revoked = 'xapp-1-A0FAKEAPP-1-revoked';
    const config = loadConfig({ SLACK_APP_TOKEN: revoked, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: shared.fake.url });
    const log = logWaitingFor('slack socket cannot connect; check SLACK_APP_TOKEN');
    const adapter = await createSlackAdapter(makeDeps(shared.testDb.db), config, pino(log.stream), { botId: 'B0FAKEBOT', botUserId: 'U0FAKEBOT' });
    try {
      expect(adapter?.ready?.()).toEqual({ ok: false, detail: 'slack socket connecting' });
      await log.seen;
      expect(adapter?.ready?.()).toMatchObject({ ok: false, detail: 'slack socket refused: invalid_auth' });
      expect(shared.fake.callsTo('apps.connections.open').map((c) => c.error)).toEqual(['invalid_auth']);
      expect(log.text()).not.toContain(revoked);
    } finally {
      await adapter?.stop?.();
    }
  });
});

describe('Slack Socket Mode reconnect waits', () => {
  it('double from the first wait to at most the cap, jittered within the upper half of each window', () => {
    const lowest = [0, 1, 2, 3, 10].map((n) => reconnectDelay(n, 1000, 60_000, () => 0));
    const highest = [0, 1, 2, 3, 10].map((n) => reconnectDelay(n, 1000, 60_000, () => 1));
    expect(lowest).toEqual([500, 1000, 2000, 4000, 30_000]);
    expect(highest).toEqual([1000, 2000, 4000, 8000, 60_000]);
  });
});

describe('a Slack socket that opens but is never greeted', () => {
  it('is given up after the hello deadline and opened again, and the bot connects', async () => {
    const config = loadConfig({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: shared.fake.url });
    const log = logWaitingFor('slack socket connected');
    const opened = shared.fake.callsTo('apps.connections.open').length;
    shared.fake.socket.withholdHello();
    const adapter = await createSlackAdapter(makeDeps(shared.testDb.db), config, pino(log.stream), {
      // The deadline long enough that the second socket's hello, sent at once, beats it on a busy machine (50 ms did not: a third open).
      botId: 'B0FAKEBOT', botUserId: 'U0FAKEBOT',
      socket: { helloDeadlineMs: 1_000, reconnectMinDelayMs: 10 },
    });
    try {
      // Before, start() waited for the hello for ever: the bot stayed 'connecting' and took no command.
      const bound = new Promise((resolve) => setTimeout(() => resolve('still connecting'), 5_000).unref());
      expect(await Promise.race([log.seen.then(() => 'connected'), bound])).toBe('connected');
      expect(adapter?.ready?.()).toEqual({ ok: true, detail: 'slack socket connected' });
      expect(shared.fake.callsTo('apps.connections.open').length - opened).toBe(2);
      expect(log.text()).toContain('slack socket opened but Slack sent no hello; reconnecting');
    } finally {
      await adapter?.stop?.();
    }
  });
});
