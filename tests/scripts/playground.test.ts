import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { playgroundArgs, playgroundConfig, playgroundEnv } from '../../scripts/playground.js';

describe('npm run playground', () => {
  it('runs the bot with Teams auth off, Slack off, on loopback and its own embedded database', () => {
    const env = playgroundEnv({
      MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't',
      SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1', DATABASE_URL: 'postgres://u@db/x', HOST: '0.0.0.0', DEFAULT_LANG: 'en',
    });
    const config = loadConfig(env);
    expect(config.teams.appId).toBeUndefined();
    expect(config.slack).toEqual({ mode: 'off' });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3978, database: { kind: 'pglite', dataDir: '.data/playground' }, defaultLang: 'en' });
  });

  it('keeps a channel reply’s controls on the card everyone sees: the Playground cannot refresh a card per user', () => {
    expect(playgroundConfig({}).teams.perUserViews).toBe(false);
    expect(loadConfig({}).teams.perUserViews).toBeUndefined();
  });

  it('points the Playground at the bot as a Teams client', () => {
    expect(playgroundArgs(3978).join(' ')).toBe('-e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry');
  });
});
