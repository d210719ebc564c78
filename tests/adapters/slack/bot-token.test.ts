// A bot token Slack refuses (a typo, a token of another app, one revoked by a reinstall): the
// IT person reads which variable to fix in the log and sees /readyz fail, in Socket Mode (where
// the socket itself connects with the app token) and over HTTP, never with the token in the log.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/app.js';
import { loadConfig } from '../../../src/config.js';
import { makeDeps } from '../../support/fixtures.js';
import { logWaitingFor } from '../../support/log-lines.js';
import { APP_TOKEN, TOKEN, useFakeSlackAndDb } from './harness.js';

const REFUSED_MSG = 'slack bot token refused; check SLACK_BOT_TOKEN';

/** What the log holds by the time `until` resolves, or a bound so a missing line fails rather than hangs. */
async function within<T>(until: Promise<T>, ms = 5_000): Promise<T | 'not logged'> {
  const bound = new Promise<'not logged'>((resolve) => setTimeout(() => resolve('not logged'), ms).unref());
  return Promise.race([until, bound]);
}

const shared = useFakeSlackAndDb();

const wrong = 'xoxb-111-222-not-this-apps-token';
const settings: Array<[string, Record<string, string>]> = [
  ['Socket Mode', { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: wrong }],
  ['HTTP', { SLACK_SIGNING_SECRET: 'signing-secret', SLACK_BOT_TOKEN: wrong }],
];

describe('a Slack bot token that Slack refuses', () => {
  it.each(settings)('%s: is named in the log at start and keeps /readyz from 200, without the token', async (_mode, env) => {
    const config = loadConfig({ ...env, SLACK_API_URL: shared.fake.url });
    const log = logWaitingFor(REFUSED_MSG);
    // As in production: the bot's ids are not given, so the start asks Slack (auth.test) with the token.
    const adapter = await createSlackAdapter(makeDeps(shared.testDb.db), config, pino(log.stream), { socket: { reconnectMinDelayMs: 10 } });
    try {
      const line = await within(log.seen);
      expect(line).toMatchObject({ level: 50, reason: 'invalid_auth' });
      expect(adapter?.ready?.()).toEqual({ ok: false, detail: 'slack bot token refused: invalid_auth' });
      expect(log.text()).not.toContain(wrong);
    } finally {
      await adapter?.stop?.();
    }
  });

  it('a token Slack accepts leaves the adapter ready over HTTP', async () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: 'signing-secret', SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: shared.fake.url });
    const adapter = await createSlackAdapter(makeDeps(shared.testDb.db), config, pino({ level: 'silent' }));
    try {
      await shared.fake.until(() => shared.fake.callsTo('auth.test').some((c) => c.token === TOKEN && c.error === undefined));
      expect(adapter?.ready?.() ?? { ok: true }).toMatchObject({ ok: true });
    } finally {
      await adapter?.stop?.();
    }
  });
});
