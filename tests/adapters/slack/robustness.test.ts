import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload, eventBody, viewSubmissionPayload, postToSlackEndpoint, slashCommandBody } from '../../fakes/slack-signing.js';
import { allViolations, BOT, CHANNEL, COORDINATOR, SECRET, startHarness, USERS, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(allViolations(h.fake)).toEqual([]);
  await h.close();
});

describe('slack adapter: commands and requests', () => {
  it('answers an empty command with help that only the caller sees', async () => {
    const res = await h.command(COORDINATOR, '');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(res.json)).toContain('/leerlijn start');
    expect(h.fake.messagesIn(CHANNEL)).toEqual([]);
  });

  it('answers an unknown command with help and names it', async () => {
    const res = await h.command(COORDINATOR, 'dansen <!channel>');
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    const text = JSON.stringify(res.json);
    expect(text).toContain('dansen');
    expect(text).not.toContain('<!channel>');
  });

  it('understands English aliases', async () => {
    await h.command(COORDINATOR, 'status');
    await h.command(COORDINATOR, 'schedule');
    await h.settle();
    const ephemerals = h.fake.ephemeralsTo(COORDINATOR).map((e) => JSON.stringify(e.body));
    expect(ephemerals).toHaveLength(2);
    expect(ephemerals.every((e) => e.includes('/leerlijn start'))).toBe(true);
  });

  it('acts on no click or form that names no Slack workspace: it would land in one shared by all of them', async () => {
    const payload = blockActionPayload({ user: USERS[1]!, actionId: 'vote_3', value: 'x|P1|3', channel: CHANNEL, messageTs: '1.000001' }) as Record<string, unknown>;
    const anonymous = { ...payload, team: null, user: { ...(payload.user as object), team_id: undefined } };
    const submit = viewSubmissionPayload({ user: USERS[1]!, callbackId: 'move', values: {} });
    const anonymousSubmit = { ...submit, team: null, user: { ...(submit.user as object), team_id: undefined } };
    for (const sent of [anonymous, anonymousSubmit]) {
      const res = await postToSlackEndpoint(h.endpoint, SECRET, `payload=${encodeURIComponent(JSON.stringify(sent))}`, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
    }
    await h.settle();
    const { rows } = await h.testDb.db.query<{ tenant: string }>(`select tenant_id as tenant from workspaces`);
    expect(rows).toEqual([]);
  });

  it('rejects a forged or stale request with 401 and changes nothing', async () => {
    const body = slashCommandBody({ command: '/leerlijn', text: 'start', user_id: COORDINATOR, channel_id: CHANNEL, trigger_id: h.fake.triggerId(COORDINATOR) });
    const forged = await postToSlackEndpoint(h.endpoint, SECRET, body, 'application/x-www-form-urlencoded', { signWith: 'not-the-secret' });
    const stale = await postToSlackEndpoint(h.endpoint, SECRET, body, 'application/x-www-form-urlencoded', { timestampSkewSeconds: -600 });
    await h.settle();
    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(h.fake.calls).toEqual([]);
    const { rows } = await h.testDb.db.query<{ n: number }>('select count(*)::int as n from workspaces');
    expect(rows[0]?.n).toBe(0);
  });

  it('publishes the App Home once per event id, even when Slack redelivers it', async () => {
    const body = eventBody({ type: 'app_home_opened', user: USERS[1], tab: 'home', channel: 'D1' }, { event_id: 'Ev0001' });
    const first = await postToSlackEndpoint(h.endpoint, SECRET, body, 'application/json');
    await h.settle();
    const again = await postToSlackEndpoint(h.endpoint, SECRET, body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.settle();
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
    expect(JSON.stringify(h.fake.homeOf(USERS[1]!))).toContain('Jouw leerlijnen');
  });

  it('introduces itself with its privacy promise once when invited to a channel, and not when people join', async () => {
    const before = h.fake.messagesIn('C0NEW').length;
    const joined = eventBody({ type: 'member_joined_channel', user: BOT, channel: 'C0NEW' }, { event_id: 'Ev0100' });
    await postToSlackEndpoint(h.endpoint, SECRET, joined, 'application/json');
    await postToSlackEndpoint(h.endpoint, SECRET, joined, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const person = eventBody({ type: 'member_joined_channel', user: USERS[2], channel: 'C0NEW' }, { event_id: 'Ev0101' });
    await postToSlackEndpoint(h.endpoint, SECRET, person, 'application/json');
    await h.settle();
    const said = h.fake.messagesIn('C0NEW').slice(before);
    expect(said).toHaveLength(1);
    expect(JSON.stringify(said[0])).toContain('nooit gegevens over individuele leerlingen');
  });
});
