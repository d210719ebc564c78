import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts with nothing set: embedded database, Amsterdam time, Dutch, no platforms', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '.data' });
    expect(config).toMatchObject({ port: 3000, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl', slack: { mode: 'off' } });
    expect(config.teams.appId).toBeUndefined();
  });

  it('uses Postgres when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' }).database).toMatchObject({ kind: 'postgres', poolSize: 10 });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x', DATABASE_POOL_SIZE: '1' }).database).toMatchObject({ poolSize: 1 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    // Parses as a URL of scheme "localhost:", then failed at the first connection with a stack trace.
    [{ DATABASE_URL: 'localhost:5432/leerlijn' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://u@127.0.0.1/x' }, 'DATABASE_URL'],
    // A pool of no connections would start and then hang on the first query.
    [{ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x', DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ DATABASE_POOL_SIZE: 'ten' }, 'DATABASE_POOL_SIZE'],
    [{ MICROSOFT_APP_TYPE: 'Whatever' }, 'MICROSOFT_APP_TYPE'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_CLIENT_ID: 'id', SLACK_SIGNING_SECRET: 's' }, 'SLACK_CLIENT_SECRET'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xoxb-1', SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CLIENT_ID: 'i', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st' }, 'SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xapp-1-A1-2-abc', SLACK_SIGNING_SECRET: 's' }, 'SLACK_APP_TOKEN'],
    [{ LOG_FORMAT: 'colourful' }, 'LOG_FORMAT'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p' }, 'MICROSOFT_APP_TENANT_ID'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'MultiTenant' }, 'MICROSOFT_APP_PASSWORD'],
    [{ MICROSOFT_APP_PASSWORD: 'p' }, 'MICROSOFT_APP_ID'],
    [{ MICROSOFT_LOGIN_URL: 'http://login.example.org' }, 'MICROSOFT_LOGIN_URL'],
    [{ MICROSOFT_OPENID_METADATA_URL: 'http://keys.example.org/openid' }, 'MICROSOFT_OPENID_METADATA_URL'],
    // A URL where a host name belongs would match no upload url: every Teams export would fail.
    [{ TEAMS_UPLOAD_HOSTS: 'https://contoso.sharepoint.com' }, 'TEAMS_UPLOAD_HOSTS'],
    // A top-level domain alone would let the school's export go to any host under it.
    [{ TEAMS_UPLOAD_HOSTS: 'sharepoint.com,com' }, 'TEAMS_UPLOAD_HOSTS'],
    [{ TEAMS_UPLOAD_HOSTS: '.com' }, 'TEAMS_UPLOAD_HOSTS'],
    [{ TEAMS_UPLOAD_TIMEOUT_MS: 'a minute' }, 'TEAMS_UPLOAD_TIMEOUT_MS'],
    // No upload could land in no time at all: every Teams export would fail.
    [{ TEAMS_UPLOAD_TIMEOUT_MS: '0' }, 'TEAMS_UPLOAD_TIMEOUT_MS'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_TENANT_ID: 't', MICROSOFT_APP_PASSWORD: 'p' }, 'MICROSOFT_APP_PASSWORD'],
  ])('refuses %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('knows single-workspace and many-workspace Slack', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toMatchObject({ mode: 'single' });
    const oauth = loadConfig({ SLACK_CLIENT_ID: 'i', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st', SLACK_SIGNING_SECRET: 's' });
    expect(oauth.slack).toMatchObject({ mode: 'oauth', clientId: 'i' });
  });

  it('sends Slack tokens over https only: plain http only to this machine', () => {
    const tokens = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(() => loadConfig({ ...tokens, SLACK_API_URL: 'http://proxy.school.nl/api/' })).toThrow(/SLACK_API_URL/);
    expect(loadConfig({ ...tokens, SLACK_API_URL: 'https://proxy.school.nl/api/' }).slack).toMatchObject({ apiUrl: 'https://proxy.school.nl/api/' });
    expect(loadConfig({ ...tokens, SLACK_API_URL: 'http://127.0.0.1:9/api/' }).slack).toMatchObject({ apiUrl: 'http://127.0.0.1:9/api/' });
  });

  it('knows Socket Mode: app token plus bot token, no signing secret, the same API base', () => {
    const socket = loadConfig({ SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(socket.slack).toEqual({ mode: 'socket', appToken: 'xapp-1-A1-2-abc', botToken: 'xoxb-1', apiUrl: 'http://127.0.0.1:9/api/' });
  });

  it('a bot token alone names both ways to finish: the app token for Socket Mode (the docs\' way) or the signing secret for HTTP', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN \(xapp-…\) for Socket Mode[\s\S]*SLACK_SIGNING_SECRET/);
  });

  it('names the Slack, Teams and document problems together, not one per restart', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', MICROSOFT_APP_ID: 'app', PUBLIC_URL: 'https://leerlijn.school.example' };
    expect(() => loadConfig(env)).toThrow(/SLACK_BOT_TOKEN[\s\S]*MICROSOFT_APP_PASSWORD[\s\S]*MICROSOFT_APP_TENANT_ID[\s\S]*DOCUMENT_LINK_SECRET/);
  });

  it('names every problem of a Socket Mode mix at once', () => {
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xoxp-user', SLACK_CLIENT_ID: 'i' })).toThrow(/SLACK_APP_TOKEN: must be an app-level token[\s\S]*unset SLACK_CLIENT_ID[\s\S]*SLACK_BOT_TOKEN: required/);
  });

  it('gives a Teams export upload a minute unless TEAMS_UPLOAD_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig({}).teams.uploadTimeoutMs).toBe(60_000);
    expect(loadConfig({ TEAMS_UPLOAD_TIMEOUT_MS: '120000' }).teams.uploadTimeoutMs).toBe(120_000);
  });

  it('keeps an ended leerlijn 365 days unless RETENTION_DAYS says otherwise; off or 0 keeps it until deleted by hand', () => {
    expect(loadConfig({}).retentionDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '90' }).retentionDays).toBe(90);
    expect(loadConfig({ RETENTION_DAYS: 'off' }).retentionDays).toBeNull();
    expect(loadConfig({ RETENTION_DAYS: '0' }).retentionDays).toBeNull();
    for (const bad of ['10', '-1', '1.5', 'never', '4000']) expect(() => loadConfig({ RETENTION_DAYS: bad }), bad).toThrow(ConfigError);
  });

  it('logs JSON in production and readable lines elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });
});
