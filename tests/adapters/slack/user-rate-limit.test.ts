// A coordinator types `/leerlijn scores` and Slack answers the round's first post with 429 and
// Retry-After: 30. The WebClient waited those 30 s before trying again (and again, four times in
// all), with every other call of that client held meanwhile: the coordinator heard nothing for
// half a minute or more. A call a person waits on now gives up at once on a wait longer than it
// can afford, and they hear "wait a minute, then type it again" in the leerlijn's language. A short
// Retry-After (Slack's per-channel limit on posts asks about a second) is still waited out: the
// round is posted. Background calls (the scheduler's) still wait as long as Slack asks.
// When Slack refuses the ephemeral that says so as well, the "try again" goes through the command's
// (or click's) response_url, a webhook outside the Web API's limits; before, nothing was heard.
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userCallOptions } from '../../../src/adapters/slack/time-limits.js';
import { t } from '../../../src/i18n/index.js';
import { NEXT_STEP } from '../../../src/views/reply.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { PERSON_WAITS_LIMITS, startLeerlijnInSlack } from './flow.js';

// A person's attempt may take 3 s here: it waits out a Retry-After of up to half that.

/** Well under the 30 s Slack asked for. */
const TOLD_WITHIN_MS = 5_000;
let h: Harness;

beforeEach(async () => {
  h = await startHarness({ timeLimits: PERSON_WAITS_LIMITS });
  await startLeerlijnInSlack(h, 'Het Baken');
});
afterEach(() => h.close());

const toldToRetry = (error: string): boolean =>
  h.fake.ephemeralsTo(COORDINATOR).some((e) => String(e.body.text).includes(t('nl', 'round.postFailed.other', { error, command: 'scores' })));

describe('a Slack post a person waits on, answered 429', () => {
  it('with a long Retry-After: not tried again, and the person told to try again at once', async () => {
    const posts = h.fake.callsTo('chat.postMessage').length;
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 10 });
    const typed = performance.now();
    await h.command(COORDINATOR, 'scores');
    await h.fake.until(() => toldToRetry('ratelimited'), TOLD_WITHIN_MS);
    expect(performance.now() - typed).toBeLessThan(TOLD_WITHIN_MS);
    await h.settle();
    // Asked to wait 30 s, the bot did not ask again within them.
    expect(h.fake.callsTo('chat.postMessage').slice(posts)).toHaveLength(1);
  });

  it('with a Retry-After of a second: waited out, and the round posted', async () => {
    const before = h.fake.messagesIn(CHANNEL).length;
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1, times: 1 });
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL).length).toBeGreaterThan(before);
    expect(h.fake.ephemeralsTo(COORDINATOR).map((e) => String(e.body.text)).join('\n')).not.toContain('Slack nam niet alle kaarten aan');
  });

  it('with a Retry-After of a second written as an HTTP-date (RFC 9110 allows it): waited out, and the round posted', async () => {
    const before = h.fake.messagesIn(CHANNEL).length;
    // An HTTP-date counts whole seconds: this one is at most a second away.
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: new Date(Date.now() + 1000).toUTCString(), times: 1 });
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL).length).toBeGreaterThan(before);
    expect(h.fake.ephemeralsTo(COORDINATOR).map((e) => String(e.body.text)).join('\n')).not.toContain('Slack nam niet alle kaarten aan');
  });
});

describe('a Slack post a person waits on, answered 429, and the ephemeral that says so too', () => {
  it('typed: the person told to try again through the command\'s response_url', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 10 });
    h.fake.failNext('chat.postEphemeral', { status: 429, retryAfter: 30, times: 10 });
    await h.command(COORDINATOR, 'scores');
    await h.fake.until(() => toldToRetry('ratelimited'), TOLD_WITHIN_MS);
    await h.settle();
    expect(h.fake.callsTo('chat.postEphemeral').length).toBeGreaterThan(0);
  });

  it('clicked (a next-step button): the person told to try again through the click\'s response_url', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 10 });
    h.fake.failNext('chat.postEphemeral', { status: 429, retryAfter: 30, times: 10 });
    await h.click(COORDINATOR, NEXT_STEP, 'scores');
    await h.fake.until(() => toldToRetry('ratelimited'), TOLD_WITHIN_MS);
    await h.settle();
  });
});

describe('the WebClient of a listener, against a Slack that asks to wait 30 s', () => {
  it('fails the call at once as rate limited, saying how long Slack asked', async () => {
    const fake = await startFakeSlack({ tokens: ['xoxb-t'] });
    try {
      const client = new webApi.WebClient('xoxb-t', { slackApiUrl: fake.url, ...userCallOptions(fake.url, PERSON_WAITS_LIMITS) });
      fake.failNext('chat.update', { status: 429, retryAfter: 30, times: 10 });
      const start = performance.now();
      const error = await client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' }).then(() => null, (e: unknown) => e);
      expect(performance.now() - start).toBeLessThan(TOLD_WITHIN_MS);
      expect(error).toBeInstanceOf(webApi.WebAPIRateLimitedError);
      expect((error as webApi.WebAPIRateLimitedError).retryAfter).toBe(30);
      expect(fake.callsTo('chat.update')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
