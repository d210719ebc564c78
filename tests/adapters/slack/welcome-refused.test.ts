// The bot invited to a channel where Slack will not take its welcome (the fake answers
// channel_not_found): Slack's answer, logged as a warning with its code, not as a failure of the
// bot, and the bot keeps answering.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventBody, postToSlackEndpoint } from '../../fakes/slack-signing.js';
import { capturedLog, type CapturedLog } from '../../support/log-lines.js';
import { BOT, COORDINATOR, SECRET, startHarness, type Harness } from './harness.js';
import { invitedWhileDatabaseDown } from './flow.js';

let h: Harness;
let logged: CapturedLog;
beforeEach(async () => {
  logged = capturedLog();
  h = await startHarness({ log: logged.log });
});
afterEach(async () => {
  await h.close();
});

describe('slack: a welcome Slack refuses', () => {
  it('is a warning with Slack’s code, not an error, and the bot still answers', async () => {
    const joined = eventBody({ type: 'member_joined_channel', user: BOT, channel: 'C0-not-known' }, { event_id: 'Ev0900' });
    const res = await postToSlackEndpoint(h.endpoint, SECRET, joined, 'application/json');
    await h.settle();
    expect(res.status).toBe(200);
    expect(h.fake.messagesIn('C0-not-known')).toEqual([]);
    expect(logged.errors()).toEqual([]);
    expect(logged.lines.filter((l) => l.level === 40).map((l) => [l.msg, l.error])).toContainEqual(['welcome not delivered; the platform is not asked to send the event again (the platform refused it)', 'channel_not_found']);
    expect((await h.command(COORDINATOR, 'help')).status).toBe(200);
  });

  it('is a warning when Slack asks the bot to wait longer than it waits out (rate limited), as on Teams', async () => {
    const joined = eventBody({ type: 'member_joined_channel', user: BOT, channel: 'C0-busy' }, { event_id: 'Ev0902' });
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 10 });
    expect((await postToSlackEndpoint(h.endpoint, SECRET, joined, 'application/json')).status).toBe(200);
    await h.settle();
    expect(logged.errors()).toEqual([]);
    expect(logged.lines.filter((l) => l.level === 40).map((l) => l.msg)).toContain('welcome not delivered; the platform is not asked to send the event again');
  });

  it('is that warning too while the database does not answer, not a request to send the event again, which Slack never does', async () => {
    expect(await invitedWhileDatabaseDown(h, 'C0-not-known', 'Ev0901')).toBe(200);
    expect(logged.errors()).toEqual([]);
    const warnings = logged.lines.filter((l) => l.level === 40);
    expect(warnings.map((l) => [l.msg, l.error])).toContainEqual(['welcome not delivered; the platform is not asked to send the event again (the platform refused it)', 'channel_not_found']);
    expect(warnings.map((l) => l.msg).join('\n')).not.toContain('delivered again');
  });

  it('is an error of its own while the database does not answer and Slack fails the welcome, not a request to send the event again', async () => {
    h.fake.failNext('chat.postMessage', { status: 500, times: 10 });
    expect(await invitedWhileDatabaseDown(h, 'C0-down', 'Ev0903')).toBe(200);
    // Nobody was told, and Slack does not send the event again: an operator must see it, in words that say so.
    expect(logged.errors()).toEqual(['welcome not delivered; the platform is not asked to send the event again']);
    expect(logged.lines.map((l) => l.msg).join('\n')).not.toContain('delivered again');
  });
});
