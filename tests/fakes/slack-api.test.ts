import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, WebClient } from '@slack/web-api';
import type { ConversationsMembersResponse, WebAPIPlatformError, WebAPIRateLimitedError } from '@slack/web-api';
import { App, HTTPReceiver, LogLevel, isValidSlackRequest } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { startFakeSlack } from './slack-api.js';
import type { FakeSlack } from './slack-api.js';
import { blockActionPayload, eventBody, input, interactionBody, postToSlackEndpoint, signedHeaders, slashCommandBody, viewSubmissionPayload } from './slack-signing.js';

const TOKEN = 'xoxb-test-token';
let fake: FakeSlack;

function client(opts: { token?: string; retries?: number; rejectRateLimitedCalls?: boolean } = {}): WebClient {
  return new WebClient(opts.token ?? TOKEN, {
    slackApiUrl: fake.url,
    retryConfig: { retries: opts.retries ?? 0, minTimeout: 0, maxTimeout: 0 },
    rejectRateLimitedCalls: opts.rejectRateLimitedCalls ?? false,
  });
}

async function platformError(call: Promise<unknown>): Promise<string> {
  const err = (await call.then(() => undefined, (e: unknown) => e)) as WebAPIPlatformError | undefined;
  return err?.data.error ?? 'no error';
}

beforeEach(async () => {
  const members = { C0TEAM: ['U1', 'U2', 'U3', 'U4', 'U5'] };
  const users = [{ id: 'U1', name: 'Anna de Vries', tz: 'Europe/Amsterdam', locale: 'nl-NL' }];
  fake = await startFakeSlack({ tokens: [TOKEN], members, users });
});
afterEach(async () => {
  await fake.close();
});

describe('fake Slack Web API driven by the real WebClient', () => {
  it('posts a message and shows the update in the channel', async () => {
    const slack = client();
    const blocks = [{ type: 'section', block_id: 'score', text: { type: 'mrkdwn', text: '3 stemmen' } }];
    const posted = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'Ronde 1', blocks });
    expect(posted.ts).toMatch(/^\d{10}\.\d{6}$/);

    await slack.chat.update({ channel: 'C0TEAM', ts: posted.ts ?? '', text: 'Ronde 1 (gesloten)', blocks: [] });

    const [message] = fake.messagesIn('C0TEAM');
    expect(message).toMatchObject({ ts: posted.ts, text: 'Ronde 1 (gesloten)', blocks: [], edited: true });
    expect(fake.callsTo('chat.postMessage')[0]?.body.blocks).toEqual(blocks);
    expect(fake.callsTo('chat.postMessage')[0]?.token).toBe(TOKEN);
  });

  it('gives increasing message ts values and rejects updates of unknown messages', async () => {
    const slack = client();
    const a = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'a' });
    const b = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'b', thread_ts: a.ts ?? '' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
    expect(fake.messagesIn('C0TEAM')[1]?.thread_ts).toBe(a.ts);
    expect(await platformError(slack.chat.update({ channel: 'C0TEAM', ts: '1.000001', text: 'x' }))).toBe('message_not_found');
  });

  it('answers invalid_auth for a wrong token and not_authed without one', async () => {
    expect(await platformError(client({ token: 'xoxb-wrong' }).auth.test())).toBe('invalid_auth');
    expect(await platformError(new WebClient(undefined, { slackApiUrl: fake.url }).auth.test())).toBe('not_authed');
    const ok = await client().auth.test();
    expect(ok.user_id).toMatch(/^U/);
  });

  it('rejects a message that breaks Block Kit limits, like Slack does', async () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    expect(await platformError(client().chat.postMessage({ channel: 'C0TEAM', text: 'x', blocks }))).toBe('invalid_blocks');
    expect(fake.messagesIn('C0TEAM')).toEqual([]);
  });

  it('surfaces a 429 as a rate-limited error when the client rejects rate-limited calls', async () => {
    fake.failNext('chat.update', { status: 429, retryAfter: 1, times: 1 });
    const err = await client({ rejectRateLimitedCalls: true })
      .chat.update({ channel: 'C0TEAM', ts: '1.1', text: 'x' })
      .then(() => undefined, (e: unknown) => e as WebAPIRateLimitedError);
    expect(err?.code).toBe(ErrorCode.RateLimitedError);
    expect(err?.retryAfter).toBe(1);
  });

  it('is retried after Retry-After seconds when the client allows retries', async () => {
    const slack = client({ retries: 2 });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1, times: 1 });

    const posted = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'na de pauze' });

    const [limited, retried] = fake.callsTo('chat.postMessage');
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(fake.messagesIn('C0TEAM').map((m) => m.ts)).toEqual([posted.ts]);
  });

  it('rate limits bursts of chat.update per channel', async () => {
    fake.rateLimit('chat.update', { perSecondPerChannel: 1 });
    const slack = client({ rejectRateLimitedCalls: true });
    const { ts } = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'stand' });
    await slack.chat.update({ channel: 'C0TEAM', ts: ts ?? '', text: '1 stem' });
    const second = slack.chat.update({ channel: 'C0TEAM', ts: ts ?? '', text: '2 stemmen' });
    await expect(second).rejects.toMatchObject({ code: ErrorCode.RateLimitedError });
    expect(fake.messagesIn('C0TEAM')[0]?.text).toBe('1 stem');
  });

  it('pages through conversations.members with cursors', async () => {
    const slack = client();
    const first = await slack.conversations.members({ channel: 'C0TEAM', limit: 2 });
    expect(first.members).toEqual(['U1', 'U2']);
    const all: string[] = [];
    for await (const page of slack.paginate('conversations.members', { channel: 'C0TEAM', limit: 2 })) {
      all.push(...((page as ConversationsMembersResponse).members ?? []));
    }
    expect(all).toEqual(['U1', 'U2', 'U3', 'U4', 'U5']);
    expect(fake.callsTo('conversations.members')).toHaveLength(4);
  });

  it('opens a stable DM per user and posts into it by user id', async () => {
    const slack = client();
    const a = await slack.conversations.open({ users: 'U1' });
    const b = await slack.conversations.open({ users: 'U1' });
    expect(a.channel?.id).toMatch(/^D/);
    expect(b.channel?.id).toBe(a.channel?.id);
    const posted = await slack.chat.postMessage({ channel: 'U1', text: 'Herinnering' });
    expect(posted.channel).toBe(a.channel?.id);
  });

  it('returns user profiles with time zone, and locale only when asked', async () => {
    const slack = client();
    const plain = await slack.users.info({ user: 'U1' });
    const withLocale = await slack.users.info({ user: 'U1', include_locale: true });
    expect(plain.user).toMatchObject({ real_name: 'Anna de Vries', tz: 'Europe/Amsterdam' });
    expect(plain.user?.locale).toBeUndefined();
    expect(withLocale.user?.locale).toBe('nl-NL');
    expect(await platformError(slack.users.info({ user: 'U404' }))).toBe('user_not_found');
  });

  it('opens, updates and pushes modals for the user behind a trigger_id', async () => {
    const slack = client();
    const view = { type: 'modal' as const, callback_id: 'vote', title: { type: 'plain_text' as const, text: 'Stemmen' }, blocks: [] };
    const opened = await slack.views.open({ trigger_id: fake.triggerId('U1'), view });
    expect(opened.view?.id).toMatch(/^V/);
    await slack.views.update({ view_id: opened.view?.id ?? '', view: { ...view, callback_id: 'vote2' } });
    expect(fake.lastView('U1')?.view.callback_id).toBe('vote2');
    await slack.views.push({ trigger_id: fake.triggerId('U1'), view: { ...view, callback_id: 'details' } });
    expect(fake.lastView('U1')?.view).toMatchObject({ callback_id: 'details', root_view_id: opened.view?.id });
    expect(await platformError(slack.views.open({ trigger_id: 'made-up', view }))).toBe('invalid_trigger_id');
  });

  it('publishes an App Home per user', async () => {
    const blocks = [{ type: 'header' as const, text: { type: 'plain_text' as const, text: 'Leerlijn' } }];
    await client().views.publish({ user_id: 'U1', view: { type: 'home', blocks } });
    expect(fake.homeOf('U1')?.blocks).toEqual(blocks);
    expect(fake.homeOf('U2')).toBeUndefined();
  });

  it('takes a file through the external upload flow into the channel', async () => {
    await client().filesUploadV2({ channel_id: 'C0TEAM', filename: 'actieplan.csv', content: 'a;b\n1;2\n', title: 'Actieplan' });
    const [upload] = fake.uploads();
    expect(upload).toMatchObject({ filename: 'actieplan.csv', title: 'Actieplan', completed: true, channel: 'C0TEAM' });
    expect(upload?.bytes.toString()).toBe('a;b\n1;2\n');
    expect(fake.messagesIn('C0TEAM')[0]?.files).toHaveLength(1);
  });

  it('deletes a file the bot uploaded, like Slack: gone from its message, the message with it once it has no file left', async () => {
    const slack = client();
    const files = [{ filename: 'a.png', file: Buffer.from('png') }, { filename: 'a.pdf', file: Buffer.from('pdf') }];
    await slack.filesUploadV2({ channel_id: 'C0TEAM', file_uploads: files });
    const [png, pdf] = fake.uploads();
    await slack.files.delete({ file: png!.id });
    expect(fake.messagesIn('C0TEAM')[0]?.files).toEqual([expect.objectContaining({ id: pdf!.id })]);
    expect(fake.uploads().filter((u) => !u.deleted).map((u) => u.filename)).toEqual(['a.pdf']);
    expect(await platformError(slack.files.delete({ file: png!.id }))).toBe('file_deleted');
    await slack.files.delete({ file: pdf!.id });
    expect(fake.messagesIn('C0TEAM')).toEqual([]);
    // Refused as asked (Slack: a file the bot may not delete).
    fake.failNext('files.delete', { error: 'cant_delete_file' });
    expect(await platformError(slack.files.delete({ file: pdf!.id }))).toBe('cant_delete_file');
  });

  it('records what is posted to a response_url', async () => {
    const url = fake.responseUrl();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Klaar', response_type: 'ephemeral' }) });
    expect(res.status).toBe(200);
    expect(fake.responsesTo(url)).toEqual([{ text: 'Klaar', response_type: 'ephemeral' }]);
  });

  it('knows only the channels it was told about, when told', async () => {
    const strict = await startFakeSlack({ tokens: [TOKEN], channels: ['C0TEAM'] });
    const slack = new WebClient(TOKEN, { slackApiUrl: strict.url, retryConfig: { retries: 0 } });
    expect(await platformError(slack.chat.postMessage({ channel: 'C0OTHER', text: 'x' }))).toBe('channel_not_found');
    await slack.chat.postMessage({ channel: 'C0TEAM', text: 'x' });
    await strict.close();
  });

  it('keeps ephemeral messages apart and forgets deleted ones', async () => {
    const slack = client();
    const eph = await slack.chat.postEphemeral({ channel: 'C0TEAM', user: 'U2', text: 'Alleen voor jou' });
    expect(eph.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(fake.ephemeralsTo('U2')[0]?.body.text).toBe('Alleen voor jou');
    const { ts } = await slack.chat.postMessage({ channel: 'C0TEAM', text: 'weg' });
    await slack.chat.delete({ channel: 'C0TEAM', ts: ts ?? '' });
    expect(fake.messagesIn('C0TEAM')).toEqual([]);
    fake.reset();
    expect(fake.calls).toEqual([]);
  });

  it('lets a trigger_id expire after 3 seconds on the fake clock', async () => {
    let now = 1_000_000;
    const timed = await startFakeSlack({ tokens: [TOKEN], now: () => now });
    const slack = new WebClient(TOKEN, { slackApiUrl: timed.url, retryConfig: { retries: 0 } });
    const trigger = timed.triggerId('U1');
    now += 3001;
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Te laat' }, blocks: [] };
    expect(await platformError(slack.views.open({ trigger_id: trigger, view }))).toBe('expired_trigger_id');
    await timed.close();
  });

  it('answers unknown_method for methods it does not know', async () => {
    expect(await platformError(client().apiCall('reactions.add', { name: 'tada' }))).toBe('unknown_method');
  });
});

describe('signed requests into a real Bolt app that talks to the fake', () => {
  const SECRET = 'test-signing-secret';
  let app: App;
  let endpoint: string;

  beforeEach(async () => {
    const receiver = new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
    app = new App({
      token: TOKEN, botId: 'B0FAKEBOT', botUserId: 'U0FAKEBOT', receiver, logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
    });
    const server = await app.start({ port: 0, host: '127.0.0.1' });
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterEach(async () => {
    await app.stop();
  });

  it('runs a slash command that answers on the response_url and opens a modal', async () => {
    app.command('/leerlijn', async ({ ack, respond, client, command }) => {
      await ack();
      await respond({ text: `Hallo <@${command.user_id}>` });
      await client.views.open({ trigger_id: command.trigger_id, view: { type: 'modal', title: { type: 'plain_text', text: 'Start' }, blocks: [] } });
    });
    const responseUrl = fake.responseUrl();
    const body = slashCommandBody({ command: '/leerlijn', user_id: 'U1', channel_id: 'C0TEAM', trigger_id: fake.triggerId('U1'), response_url: responseUrl });

    const res = await postToSlackEndpoint(endpoint, SECRET, body, 'application/x-www-form-urlencoded');

    expect(res.status).toBe(200);
    await expect.poll(() => fake.lastView('U1')?.view.title).toMatchObject({ text: 'Start' });
    expect(fake.responsesTo(responseUrl)).toEqual([expect.objectContaining({ text: 'Hallo <@U1>' })]);
  });

  it('delivers a button click that updates the message it sits on', async () => {
    const { ts } = await client().chat.postMessage({ channel: 'C0TEAM', text: 'Stem nu' });
    app.action('vote', async ({ ack, body, client: web }) => {
      await ack();
      if (body.type !== 'block_actions' || !body.message || !body.channel) return;
      await web.chat.update({ channel: body.channel.id, ts: body.message.ts, text: 'Bedankt' });
    });
    const payload = blockActionPayload({ user: 'U1', channel: 'C0TEAM', actionId: 'vote', value: '3', messageTs: ts });

    const res = await postToSlackEndpoint(endpoint, SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');

    expect(res.status).toBe(200);
    await expect.poll(() => fake.messagesIn('C0TEAM')[0]?.text).toBe('Bedankt');
  });

  it('hands modal input to the app and shows its validation errors', async () => {
    app.view('score', async ({ ack, view }) => {
      const score = view.state.values.score_block?.score?.selected_option?.value;
      await ack({ response_action: 'errors', errors: { score_block: `${score} is te hoog` } });
    });
    const payload = viewSubmissionPayload({ user: 'U1', callbackId: 'score', values: { score_block: { score: input.select('7') } } });

    const res = await postToSlackEndpoint(endpoint, SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');

    expect(res.json).toEqual({ response_action: 'errors', errors: { score_block: '7 is te hoog' } });
  });

  it('rejects forged and stale requests with 401', async () => {
    const body = eventBody({ type: 'app_home_opened', user: 'U1', tab: 'home' }, { event_id: 'Ev1' });
    const forged = await postToSlackEndpoint(endpoint, SECRET, body, 'application/json', { signWith: 'wrong-secret' });
    const stale = await postToSlackEndpoint(endpoint, SECRET, body, 'application/json', { timestampSkewSeconds: -600 });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
  });

  it('signs exactly like Slack: Bolt verifies the headers', () => {
    const body = 'token=x&text=hallo';
    const now = 1_732_280_000;
    const headers = signedHeaders(SECRET, body, now);
    const verifiable = { 'x-slack-signature': headers['x-slack-signature'], 'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']) };
    const check = { signingSecret: SECRET, body, headers: verifiable, nowMilliseconds: now * 1000 };
    expect(isValidSlackRequest(check)).toBe(true);
    expect(isValidSlackRequest({ ...check, body: `${body}&x=1` })).toBe(false);
  });
});
