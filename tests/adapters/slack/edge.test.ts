// What reaches /slack/events from outside, however it is shaped: refused with 400/401 before
// Bolt reads it, answered at once when the bot does not take it, cleaned before it is stored.
import { describe, expect, it } from 'vitest';
import { eventBody, interactionBody, postToSlackEndpoint, signedHeaders, slashCommandBody } from '../../fakes/slack-signing.js';
import { useSlackLeerlijn } from './flow.js';
import { CHANNEL, COORDINATOR, SECRET, USERS } from './harness.js';

const FORM = 'application/x-www-form-urlencoded' as const;
const JSON_TYPE = 'application/json' as const;
// Text Postgres refuses (a NUL) and text UTF-8 cannot hold (a lone surrogate), in the start form.
const env = useSlackLeerlijn('Het\u0000 Baken\uD800');

/** Signed like Slack signs, with any content type and body. */
async function signedPost(body: string, contentType: string): Promise<{ status: number; text: string }> {
  const res = await fetch(env.h.endpoint, { method: 'POST', headers: { 'content-type': contentType, ...signedHeaders(SECRET, body) }, body });
  return { status: res.status, text: await res.text() };
}

async function stillServes(): Promise<void> {
  const res = await env.h.command(COORDINATOR, 'help');
  expect(res.status).toBe(200);
}

describe('bodies Bolt would choke on', () => {
  it('refuses a signed payload=null and a JSON null with 400, and keeps serving', async () => {
    expect((await signedPost('payload=null', FORM)).status).toBe(400);
    expect((await signedPost('null', JSON_TYPE)).status).toBe(400);
    expect((await signedPost('payload=%22text%22', FORM)).status).toBe(400);
    await stillServes();
  });

  it('refuses wrong types, truncated JSON, repeated fields and odd content types with 400', async () => {
    await env.h.settle();
    const before = env.h.fake.calls.length;
    const wrongUser = interactionBody({ type: 'block_actions', user: null, trigger_id: '1', actions: [{ action_id: 'vote_1', type: 'button' }] });
    expect((await signedPost(wrongUser, FORM)).status).toBe(400);
    const noActions = interactionBody({ type: 'block_actions', user: { id: USERS[1] }, trigger_id: '1', actions: [] });
    expect((await signedPost(noActions, FORM)).status).toBe(400);
    const numericText = interactionBody({ type: 'view_submission', user: { id: USERS[1] }, view: { id: 'V1', callback_id: 'card_note', state: { values: { note: { v: { type: 'plain_text_input', value: 42 } } } } } });
    expect((await signedPost(numericText, FORM)).status).toBe(400);
    expect((await signedPost('{"type":"event_callback","event":{"type":"app_ho', JSON_TYPE)).status).toBe(400);
    const command = slashCommandBody({ command: '/leerlijn', text: 'help', user_id: COORDINATOR, channel_id: CHANNEL });
    expect((await signedPost(`${command}&text=status`, FORM)).status).toBe(400);
    expect((await signedPost(command, 'text/plain')).status).toBe(400);
    expect((await signedPost(command.replace(/&user_id=[^&]*/, ''), FORM)).status).toBe(400);
    await stillServes();
    // Nothing reached a listener: no reply of any kind went to Slack.
    expect(env.h.fake.calls.slice(before).filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
  });
});

describe('a body larger than any Slack sends', () => {
  it('is refused with 413 before it is read to the end, and the bot keeps serving', async () => {
    const body = `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', blob: 'x'.repeat(1_100_000) }))}`;
    expect((await signedPost(body, FORM)).status).toBe(413);
    await stillServes();
  });
});

describe('the signature’s time window', () => {
  it('refuses a correctly signed request dated more than 5 minutes ahead, as it does an old one', async () => {
    const body = slashCommandBody({ command: '/leerlijn', text: 'help', user_id: COORDINATOR, channel_id: CHANNEL });
    expect((await postToSlackEndpoint(env.h.endpoint, SECRET, body, FORM, { timestampSkewSeconds: 6 * 60 })).status).toBe(401);
    expect((await postToSlackEndpoint(env.h.endpoint, SECRET, body, FORM, { timestampSkewSeconds: -6 * 60 })).status).toBe(401);
    // A clock a little ahead of ours is Slack's clock, not an attack.
    expect((await postToSlackEndpoint(env.h.endpoint, SECRET, body, FORM, { timestampSkewSeconds: 60 })).status).toBe(200);
  });
});

describe('kinds the bot does not take', () => {
  const user = { id: USERS[1], team_id: 'T0FAKETEAM' };
  const cases: Array<[string, string, string]> = [
    ['view_closed', interactionBody({ type: 'view_closed', user, view: { id: 'V1', callback_id: 'card_note' } }), FORM],
    ['a global shortcut', interactionBody({ type: 'shortcut', callback_id: 'whatever', user, trigger_id: '1' }), FORM],
    ['a message shortcut', interactionBody({ type: 'message_action', callback_id: 'whatever', user, trigger_id: '1' }), FORM],
    ['an unknown event type', eventBody({ type: 'reaction_added', user: USERS[1] }, { event_id: 'Ev1' }), JSON_TYPE],
    ['another command', slashCommandBody({ command: '/iets-anders', text: 'help', user_id: USERS[1]!, channel_id: CHANNEL }), FORM],
    ['an unknown action id', interactionBody({ type: 'block_actions', user, trigger_id: '1', actions: [{ action_id: 'no_such_button', type: 'button' }], channel: { id: CHANNEL } }), FORM],
  ];
  it.each(cases)('answers %s at once with 200 and nothing else', async (_name, body, contentType) => {
    const before = env.h.fake.calls.length;
    const res = await signedPost(body, contentType);
    expect([res.status, res.text]).toEqual([200, '']);
    // Bolt's own answer to these was a 404 after 3 s (its timeout for requests nobody acks),
    // which Slack shows as an error: a 200 means the edge answered without waiting for it.
    await env.h.settle();
    expect(env.h.fake.calls.slice(before)).toEqual([]);
  });

  it('answers an options request with an empty list at once', async () => {
    const res = await signedPost(interactionBody({ type: 'block_suggestion', user, action_id: 'x', block_id: 'y', value: 'he' }), FORM);
    expect([res.status, JSON.parse(res.text)]).toEqual([200, { options: [] }]);
  });

  it('answers Slack’s URL check with its challenge', async () => {
    const res = await signedPost(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }), JSON_TYPE);
    expect([res.status, JSON.parse(res.text)]).toEqual([200, { challenge: 'abc123' }]);
  });
});

describe('text Postgres would refuse', () => {
  it('stores the start form’s school name without its NUL byte and lone surrogate', async () => {
    const { rows } = await env.h.testDb.db.query<{ name: string }>(`select school_name as name from leerlijnen where channel_id = $1`, [CHANNEL]);
    expect(rows.map((r) => r.name)).toEqual(['Het Baken\uFFFD']);
  });
});

describe('echoed arguments', () => {
  it('escapes what follows scores and evaluatie in "Dat commando ken ik niet"', async () => {
    const before = env.h.fake.ephemeralsTo(COORDINATOR).length;
    await env.h.command(COORDINATOR, 'scores <!channel>');
    await env.h.command(COORDINATOR, 'evaluatie <!here>');
    await env.h.settle();
    const said = JSON.stringify(env.h.fake.ephemeralsTo(COORDINATOR).slice(before).map((m) => m.body));
    expect(said).toContain('ken ik niet');
    // As typed: Slack's code for them is neither shown nor sent back to ping.
    expect(said).toContain('scores @channel');
    expect(said).toContain('evaluatie @here');
    expect(said).not.toMatch(/<!channel>|<!here>/);
  });
});
