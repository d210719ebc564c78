// Many workspaces: a school installs the app through Slack's OAuth flow, the installation
// (with its bot token) lands in Postgres, and that workspace's requests use its own token.
// Uninstalled, the installation and its token are forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/app.js';
import { loadConfig } from '../../../src/config.js';
import { startBot, type RunningBot } from '../../../src/server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import { BOT_USER_ID } from '../../fakes/slack-api/state.js';
import { eventBody, input, interactionBody, postToSlackEndpoint, slashCommandBody, viewSubmissionPayload } from '../../fakes/slack-signing.js';
import { t, tError } from '../../../src/i18n/index.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { databaseDown } from '../../support/outage.js';

const SECRET = 'oauth-signing-secret';
const NEW_TEAM = 'T0NIEUW';
const BOT_TOKEN = 'xoxb-installed-token';
/** An Enterprise Grid organisation that installs the app org-wide, and one of its workspaces. */
const ORG = 'E0SCHOLEN';
const ORG_WORKSPACE = 'T0INDEGROEP';
const ORG_BOT_TOKEN = 'xoxb-org-wide-token';
/** A workspace of that organisation with an install of its own (not org-wide). */
const GRID_SCHOOL = 'T0GRIDSCHOOL';

describe('Slack OAuth install (many workspaces)', () => {
  let fake: FakeSlack;
  let bot: RunningBot;
  let db: TestDb;
  let base: string;
  let adapter: SlackAdapter | null = null;

  beforeAll(async () => {
    fake = await startFakeSlack({
      tokens: [],
      // The bot sits in the channel like everyone else; it must not be offered as a member.
      members: { C0TEAM: ['U0LERAAR', 'U0ANDER', BOT_USER_ID] },
      oauth: {
        clientId: 'cid', clientSecret: 'csecret',
        codes: {
          'code-1': { teamId: NEW_TEAM, teamName: 'Nieuwe school', botToken: BOT_TOKEN }, 'code-3': { teamId: NEW_TEAM, teamName: 'Nieuwe school', botToken: BOT_TOKEN },
          ...Object.fromEntries(['org-1', 'org-2', 'org-3', 'org-4'].map((code) => [code, { enterpriseId: ORG, teamName: 'Scholengroep', botToken: ORG_BOT_TOKEN }])),
          'code-grid-school': { teamId: GRID_SCHOOL, teamName: 'School in de scholengroep', botToken: 'xoxb-grid-school-token' },
        },
      },
    });
    db = await pgliteTestDb();
    const config = loadConfig({
      SLACK_CLIENT_ID: 'cid', SLACK_CLIENT_SECRET: 'csecret', SLACK_STATE_SECRET: 'state-secret', SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false',
    });
    bot = await startBot(config, pino({ level: 'silent' }), { db: db.db, adapters: [async (d, c, l) => (adapter = await createSlackAdapter(d, c, l))] });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
    await db.drop();
  });

  it('sends the installer to Slack with our scopes, stores the installation, then answers with that token', async () => {
    const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('cid');
    expect(location.searchParams.get('scope')?.split(',')).toContain('commands');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const callback = await fetch(`${base}/slack/oauth_redirect?code=code-1&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(callback.status).toBe(200);
    const stored = await db.db.query<{ team_id: string }>('select team_id from slack_installations');
    expect(stored.rows).toEqual([{ team_id: NEW_TEAM }]);

    const reply = await postToSlackEndpoint(
      `${base}/slack/events`, SECRET,
      slashCommandBody({ command: '/leerlijn', text: 'start', user_id: 'U0LERAAR', channel_id: 'C0TEAM', team_id: NEW_TEAM, trigger_id: fake.triggerId('U0LERAAR') }),
      'application/x-www-form-urlencoded',
    );
    expect(reply.status).toBe(200);
    // The start form opens with the token this workspace's installation brought.
    await expect.poll(() => fake.callsTo('views.open').length).toBe(1);
    expect(fake.callsTo('views.open')[0]).toMatchObject({ token: BOT_TOKEN, status: 200 });
    // The starter is its first coordinator; nobody is on a side yet (start-form.ts).
    const sent = fake.callsTo('views.open')[0]!.body.view;
    const view = (typeof sent === 'string' ? JSON.parse(sent) : sent) as { blocks: Array<{ block_id?: string; element?: { initial_users?: string[] } }> };
    expect(view.blocks.find((b) => b.block_id === 'coordinators')?.element?.initial_users).toEqual(['U0LERAAR']);
    expect(view.blocks.find((b) => b.block_id === 'schoolSide')?.element?.initial_users).toBeUndefined();
  });

  it('refuses a callback with a forged state and stores nothing', async () => {
    const before = (await db.db.query('select 1 from slack_installations')).rowCount;
    const callback = await fetch(`${base}/slack/oauth_redirect?code=code-2&state=forged`);
    expect(callback.status).toBeGreaterThanOrEqual(400);
    expect((await db.db.query('select 1 from slack_installations')).rowCount).toBe(before);
  });

  /** A state Slack hands back with its cookie, as after a click on "Add to Slack". */
  async function startInstall(): Promise<{ state: string; cookie: string }> {
    const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const state = new URL(install.headers.get('location') ?? '').searchParams.get('state') ?? '';
    return { state, cookie: (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  }

  it('tells an installer who cancelled at Slack that nothing was installed, not that the server failed', async () => {
    const before = (await db.db.query('select 1 from slack_installations')).rowCount;
    const { state, cookie } = await startInstall();
    const callback = await fetch(`${base}/slack/oauth_redirect?error=access_denied&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(callback.status).toBeLessThan(500);
    expect(await callback.text()).toContain(t('nl', 'install.cancelled'));
    expect((await db.db.query('select 1 from slack_installations')).rowCount).toBe(before);
  });

  it('asks an installer whose code Slack refuses (used before, or expired) to start again, without a 500', async () => {
    const { state, cookie } = await startInstall();
    const callback = await fetch(`${base}/slack/oauth_redirect?code=used-before&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(callback.status).toBeLessThan(500);
    expect(await callback.text()).toContain(t('nl', 'install.failed'));
  });

  it('does not answer a workspace that never installed the app', async () => {
    const from = fake.calls.length;
    const reply = await postToSlackEndpoint(
      `${base}/slack/events`, SECRET,
      slashCommandBody({ command: '/leerlijn', text: 'help', user_id: 'U0X', channel_id: 'C0X', team_id: 'T0ONBEKEND' }),
      'application/x-www-form-urlencoded',
    );
    // Bolt finds no installation: the request is dropped without a reply or any call out.
    expect(reply.text).toBe('');
    await adapter?.idle();
    expect(fake.calls.slice(from)).toEqual([]);
  });

  it('while the database does not answer, an installed workspace is told to try again, and a form stays open', async () => {
    const from = fake.calls.length;
    const restore = databaseDown(db.db);
    let submitted;
    try {
      const command = slashCommandBody({ command: '/leerlijn', text: 'status', user_id: 'U0LERAAR', channel_id: 'C0TEAM', team_id: NEW_TEAM, trigger_id: fake.triggerId('U0LERAAR') });
      await postToSlackEndpoint(`${base}/slack/events`, SECRET, command, 'application/x-www-form-urlencoded');
      await adapter?.idle();
      const form = viewSubmissionPayload({ user: 'U0LERAAR', callbackId: 'start', team: NEW_TEAM, privateMetadata: JSON.stringify({ channelId: 'C0TEAM', lang: 'nl' }), values: { school: { v: input.text('Het Baken') } } });
      submitted = await postToSlackEndpoint(`${base}/slack/events`, SECRET, interactionBody(form), 'application/x-www-form-urlencoded');
    } finally {
      restore();
    }
    expect(JSON.stringify(fake.calls.slice(from).map((c) => c.body))).toContain(tError('nl', 'internal'));
    // Not closed as if it were saved: the modal stays open with what was typed.
    expect(JSON.parse(submitted.text)).toMatchObject({ response_action: 'errors' });
  });

  it('forgets the installation and its bot token when the workspace uninstalls the app', async () => {
    expect((await db.db.query('select 1 from slack_installations where team_id = $1::text', [NEW_TEAM])).rowCount).toBe(1);
    const uninstalled = eventBody({ type: 'app_uninstalled' }, { event_id: 'Ev0UNINSTALL', team_id: NEW_TEAM });
    expect((await postToSlackEndpoint(`${base}/slack/events`, SECRET, uninstalled, 'application/json')).status).toBe(200);
    await adapter?.idle();
    const left = await db.db.query('select installation from slack_installations');
    expect(JSON.stringify(left.rows)).not.toContain(BOT_TOKEN);
  });

  it('forgets it too when only its bot token is revoked, and not for a user token alone', async () => {
    const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const state = new URL(install.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(`${base}/slack/oauth_redirect?code=code-3&state=${encodeURIComponent(state)}`, { headers: { cookie } })).status).toBe(200);
    const installed = async () => (await db.db.query('select 1 from slack_installations where team_id = $1::text', [NEW_TEAM])).rowCount;
    const revoked = (tokens: Record<string, string[]>, id: string) => eventBody({ type: 'tokens_revoked', tokens }, { event_id: id, team_id: NEW_TEAM });
    await postToSlackEndpoint(`${base}/slack/events`, SECRET, revoked({ oauth: ['U0LERAAR'] }, 'Ev0USERTOKEN'), 'application/json');
    await adapter?.idle();
    expect(await installed()).toBe(1);
    await postToSlackEndpoint(`${base}/slack/events`, SECRET, revoked({ bot: [BOT_USER_ID] }, 'Ev0BOTTOKEN'), 'application/json');
    await adapter?.idle();
    expect(await installed()).toBe(0);
  });

  /** Installs through Slack's OAuth flow with `code`, as after a click on "Add to Slack". */
  async function install(code: string): Promise<void> {
    const { state, cookie } = await startInstall();
    expect((await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } })).status).toBe(200);
  }
  const tokensKept = async (): Promise<string> => JSON.stringify((await db.db.query('select installation from slack_installations')).rows);
  const sendEvent = async (body: Record<string, unknown>): Promise<void> => {
    const envelope = { token: 'verification-token', api_app_id: 'A0FAKEAPP', type: 'event_callback', event_time: Math.floor(Date.now() / 1000), ...body };
    expect((await postToSlackEndpoint(`${base}/slack/events`, SECRET, JSON.stringify(envelope), 'application/json')).status).toBe(200);
    await adapter?.idle();
  };
  /** An event for the org-wide install as the Events API sends it: in one of its workspaces, authorized for the organisation. */
  const orgAuthorized = { team_id: ORG_WORKSPACE, enterprise_id: ORG, is_ext_shared_channel: false, authorizations: [{ enterprise_id: ORG, team_id: null, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: true }] };

  it.each([
    // Slack's own example of an org-wide app_uninstalled (slackapi/bolt-python, tests/scenario_tests/test_events_token_revocations.py):
    // the organisation only, no workspace and no authorizations (the tokens are gone by then).
    { what: 'the organisation only', code: 'org-1', envelope: { enterprise_id: ORG } },
    // As other events of an org-wide install come (bolt-python's test_events_org_apps.py), should an uninstall come so too.
    { what: 'a workspace, authorized for the organisation', code: 'org-2', envelope: orgAuthorized },
  ])('forgets an org-wide installation and its bot token when the organisation uninstalls the app, the event naming $what', async ({ code, envelope }) => {
    await install(code);
    expect((await db.db.query('select install_key from slack_installations where enterprise_id = $1::text', [ORG])).rows).toEqual([{ install_key: `E:${ORG}` }]);
    await sendEvent({ ...envelope, event_id: `Ev0UNINSTALL${code}`, event: { type: 'app_uninstalled' } });
    expect(await tokensKept()).not.toContain(ORG_BOT_TOKEN);
  });

  it('forgets an org-wide installation when its bot token is revoked', async () => {
    await install('org-3');
    await sendEvent({ enterprise_id: ORG, event_id: 'Ev0ORGREVOKED', event: { type: 'tokens_revoked', tokens: { bot: [BOT_USER_ID] } } });
    expect(await tokensKept()).not.toContain(ORG_BOT_TOKEN);
  });

  it('forgets only its own installation when a workspace of an Enterprise Grid organisation uninstalls the app it installed itself', async () => {
    await install('code-grid-school');
    await install('org-4');
    const grid = { team_id: GRID_SCHOOL, enterprise_id: ORG, authorizations: [{ enterprise_id: ORG, team_id: GRID_SCHOOL, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }] };
    await sendEvent({ ...grid, event_id: 'Ev0GRIDSCHOOLGONE', event: { type: 'app_uninstalled' } });
    const kept = await tokensKept();
    expect(kept).not.toContain('xoxb-grid-school-token');
    expect(kept).toContain(ORG_BOT_TOKEN);
  });
});
