// A coordinator types `/leerlijn scores` and Slack takes the round's first message but never
// answers. Each attempt had the limit of any call (30 s in production) and the WebClient tried
// four times (1, 2 and 4 s between): about two minutes before the coordinator heard anything,
// and every attempt after the first posted the message again. A call a person waits on now has
// a short limit of its own (time-limits.ts userCallMs; here one second against a
// background call's ten), and a post that may have landed is not sent again: the coordinator
// hears "wait a minute, then type it again" in the leerlijn's language, and the channel shows
// the message once.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_RETRY, userCallOptions } from '../../../src/adapters/slack/time-limits.js';
import { t } from '../../../src/i18n/index.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { startLeerlijnInSlack } from './flow.js';

// The setup's own calls (starting a leerlijn) take the user's limit too: a second leaves them room
// on a machine busy with other test files, and is still well under a background call's limit.
const LIMITS = { callMs: 10_000, userCallMs: 1_000, uploadMs: 10_000 };
/** Under one background call's limit: the old code's first retry came only after it. */
const TOLD_WITHIN_MS = 5_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ timeLimits: LIMITS });
  await startLeerlijnInSlack(h, 'Het Baken');
});

afterAll(() => h.close());

const toldToRetry = (): boolean =>
  h.fake.ephemeralsTo(COORDINATOR).some((e) => String(e.body.text).includes(t('nl', 'round.postFailed.other', { error: 'request_failed', command: 'scores' })));

describe('a Slack post a person waits on that is taken and never answered', () => {
  it('is not sent again, and the person is told to try again within a short bound', async () => {
    const before = h.fake.messagesIn(CHANNEL).length;
    const paused = h.fake.pauseAnswer('chat.postMessage');
    try {
      const typed = performance.now();
      await h.command(COORDINATOR, 'scores');
      await h.fake.until(toldToRetry, TOLD_WITHIN_MS);
      expect(performance.now() - typed).toBeLessThan(TOLD_WITHIN_MS);
      await h.settle();
      // Slack has the round's header once: the post was sent once.
      expect(h.fake.messagesIn(CHANNEL).slice(before)).toHaveLength(1);
    } finally {
      paused.release();
    }
  });
});

describe('the WebClient of a listener, against a Slack that never answers', () => {
  it('tries a call that is safe to repeat twice and a post once, each failing within its bound', async () => {
    const fake = await startFakeSlack({ tokens: ['xoxb-t'] });
    try {
      const client = new webApi.WebClient('xoxb-t', { slackApiUrl: fake.url, ...userCallOptions(fake.url, LIMITS) });
      const timed = async (call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> => {
        const start = performance.now();
        const error = await call().then(() => null, (e: unknown) => e);
        return { error, ms: performance.now() - start };
      };
      fake.holdAnswers('chat.update');
      fake.holdAnswers('chat.postMessage');
      const update = await timed(() => client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' }));
      const posted = await timed(() => client.chat.postMessage({ channel: 'C1', text: 'x' }));
      expect(update.error).toBeInstanceOf(webApi.WebAPIRequestError);
      expect(posted.error).toBeInstanceOf(webApi.WebAPIRequestError);
      expect(fake.callsTo('chat.update')).toHaveLength(2);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      // Both attempts and the wait between, with room for a busy machine; never a background call's limit.
      expect(update.ms).toBeLessThan(2 * LIMITS.userCallMs + Number(USER_RETRY.minTimeout) + TOLD_WITHIN_MS);
      expect(posted.ms).toBeLessThan(LIMITS.userCallMs + TOLD_WITHIN_MS);
    } finally {
      await fake.close();
    }
  });
});

// SLACK_API_URL is taken as written (a proxy, GovSlack's slack-gov.com/api); the WebClient adds the
// final slash itself, so the limits must read a method's name the same way with or without it.
describe('a listener WebClient whose API url is written without its final slash', () => {
  it('still sends a post Slack never answers once', async () => {
    const fake = await startFakeSlack({ tokens: ['xoxb-t'] });
    try {
      const apiUrl = fake.url.replace(/\/+$/, '');
      const client = new webApi.WebClient('xoxb-t', { slackApiUrl: apiUrl, ...userCallOptions(apiUrl, LIMITS) });
      fake.holdAnswers('chat.postMessage');
      await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toBeInstanceOf(webApi.WebAPIRequestError);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});

// A blip (Slack answers 500, or drops the connection, at once) is not a stall: the listener's
// WebClient tried such a post four times before the short limits came, and still does, so the
// message a person's click or command posts is not lost to it. Only waiting is bounded.
describe('a listener WebClient against a Slack that fails at once a few times', () => {
  it('sends the post again until it lands, as before', async () => {
    const fake = await startFakeSlack({ tokens: ['xoxb-t'] });
    try {
      const client = new webApi.WebClient('xoxb-t', { slackApiUrl: fake.url, ...userCallOptions(fake.url, LIMITS) });
      fake.failNext('chat.postMessage', { status: 500, times: 3 });
      await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).resolves.toMatchObject({ ok: true });
      expect(fake.callsTo('chat.postMessage')).toHaveLength(4);
    } finally {
      await fake.close();
    }
  });
});
