// A vote's live count on its Slack card is redrawn in the background (chat.update, no person
// waiting on it). Slack answering that redraw 429 with a Retry-After written as an HTTP-date (RFC
// 9110 allows it; a proxy in front of Slack may write it so) made the WebClient give the redraw up
// at once ("Retry header did not contain a valid timeout"): it reads the header with parseInt. The
// card kept the count from before the vote until the next one. In seconds, the WebClient waits and
// draws it; the date is now handed to it in seconds too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardsIn, startLeerlijnInSlack } from './flow.js';
import { CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('a live count redraw Slack answers 429 with Retry-After as an HTTP-date', () => {
  it('is drawn once that moment has passed, with the vote', async () => {
    await startLeerlijnInSlack(h, 'Het Baken College');
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const { roundId, cards } = cardsIn(h);
    const ts = cards.get('P1')!.ts;
    // A moment already passed (0 s to wait): the test waits for nothing, and the WebClient still reads the date.
    h.fake.failNext('chat.update', { status: 429, retryAfter: new Date(Date.now() - 1_000).toUTCString(), times: 1 });
    expect((await h.click(USERS[1]!, 'vote_2', `${roundId}|P1|2`, { ts })).status).toBe(200);
    await h.settle();
    const card = h.fake.messagesIn(CHANNEL).find((m) => m.ts === ts);
    expect(JSON.stringify(card?.blocks)).toContain(`1 van ${USERS.length} gestemd`);
    expect(h.fake.callsTo('chat.update').filter((c) => c.body.ts === ts)).toHaveLength(2);
  });
});
