// A coordinator types `/leerlijn scores` and Slack takes the round's first message but never
// answers. Each attempt had the limit of any call (30 s in production) and the WebClient tried
// four times (1, 2 and 4 s between): about two minutes before the coordinator heard anything,
// and every attempt after the first posted the message again. A call a person waits on now has
// a short limit of its own (time-limits.ts userCallMs; here tens of milliseconds against a
// background call's seconds), and a post that may have landed is not sent again: the coordinator
// hears "wait a minute, then type it again" in the leerlijn's language, and the channel shows
// the message once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';
import { startLeerlijnInSlack } from './flow.js';

const LIMITS = { callMs: 3_000, userCallMs: 150, uploadMs: 3_000 };
/** Under one background call's limit: the old code's first retry came only after it. */
const TOLD_WITHIN_MS = 2_000;
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
