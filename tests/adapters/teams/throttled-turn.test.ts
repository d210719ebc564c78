// Someone types `@Leerlijn status` and the Bot Connector answers the reply with 429 and a
// Retry-After of 8 s, again and again. Each reply was tried four times, waiting as long as Teams
// asked each time, and the "try again" after it the same: 16 s and more before they heard
// anything, 64 s when the channel stayed throttled. Teams gives a message's request 15 s and then
// sends the message again (MicrosoftDocs/msteams-docs#6084): the command would run twice. A turn
// now waits on throttling at most TURN_WAITS_MS in all, then says "try again" (or, the
// conversation still throttled, gives up) within Teams' limit. Given up, Teams still hears 200:
// a 5xx would make it send the message again. A click is answered in the invoke's own answer,
// which no throttling refuses. The harness records each wait instead of sleeping.
import { beforeEach, describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { TURN_WAITS_MS } from '../../../src/adapters/teams/retry.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { MESSAGE_CONTENT_TYPE } from '../../../src/adapters/teams/cards/common.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { invokeActionExecute, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { CHANNEL, hetBakenEindevaluatieHeld, PEOPLE, cardText, elements, useHetBaken } from './harness.js';

/** How long Teams waits for the bot to answer a message's request before it sends the message again. */
const TEAMS_LIMIT_MS = 15_000;
const [anna] = PEOPLE as [TeamsUser];
const logged = capturedLog();
const env = useHetBaken({ log: logged.log });
beforeEach(() => env.h.connector.reset());

const toChannel = /^\/v3\/conversations\/19:team-noord@thread\.tacv2/;
const waited = (from: number): number => env.h.sleeps.slice(from).reduce((sum, ms) => sum + ms, 0);
const lastSaid = (): string => cardText(adaptiveCardOf(env.h.connector.sentTo(CHANNEL.id).at(-1)!.activity));

describe('teams: a reply someone waits on, throttled with Retry-After: 8', () => {
  it('twice: waits once, then says "try again" within Teams’ limit', async () => {
    const from = env.h.sleeps.length;
    const said = env.h.connector.sentTo(CHANNEL.id).length;
    env.h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 2 });
    await env.h.say(anna, 'status');
    expect(waited(from)).toBeLessThanOrEqual(TURN_WAITS_MS);
    expect(waited(from)).toBeLessThan(TEAMS_LIMIT_MS);
    expect(env.h.connector.sentTo(CHANNEL.id).length).toBe(said + 1);
    expect(lastSaid()).toContain(tError('nl', 'rate_limited'));
  });

  it('throughout: gives up within Teams’ limit, and Teams hears 200, so it does not send the message again', async () => {
    const from = env.h.sleeps.length;
    logged.clear();
    env.h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 20 });
    const answered = await env.h.say(anna, 'status');
    expect(waited(from)).toBeLessThan(TEAMS_LIMIT_MS);
    // A 5xx is a failed delivery to the Bot Framework: the message would come again and run twice.
    expect(answered.status).toBe(200);
    expect(logged.lines.filter((l) => l.level === 40 && l.msg?.includes('"try again" not delivered')).map((l) => l.status)).toEqual([429]);
    // Not left hearing nothing: told in her own chat with the bot, which Teams throttles apart from the channel.
    const chat = env.h.connector.createdConversations.find((c) => JSON.stringify(c.request.members).includes(anna.id))!;
    const told = cardText(adaptiveCardOf(env.h.connector.sentTo(chat.id).at(-1)!.activity));
    expect(told).toContain(t('nl', 'teams.unpostedInChannel'));
    // The cause once, in the words below the line: not 'too many messages' twice.
    expect(told.split('te veel berichten').length - 1).toBe(1);
    expect(told).toContain(tError('nl', 'rate_limited'));
  });

  it('once: waits what Teams asks and answers', async () => {
    const from = env.h.sleeps.length;
    env.h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 1 });
    await env.h.say(anna, 'status');
    expect(env.h.sleeps.slice(from)).toEqual([8_000]);
    expect(lastSaid()).toContain('Het Baken');
  });
});

describe('teams: a form sent with a click, whose post in the channel stays throttled', () => {
  it('answers the click itself with "try again" beside the form, which stays as filled in, within Teams’ limit', async () => {
    await hetBakenEindevaluatieHeld(env.h);
    await env.h.say(anna, 'planning nieuw');
    const opened = env.h.connector.messagesIn(CHANNEL.id).at(-1)!;
    const form = await env.h.seenBy(anna, adaptiveCardOf(opened.activity)!);
    const send = elements(form).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === 'move')!;
    const typed = Object.fromEntries(elements(form).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
    const from = env.h.sleeps.length;
    env.h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 40 });
    const click = invokeActionExecute({ ...env.h.inChannel(anna), replyToId: opened.id, verb: FORM_VERB, data: { ...(send.data as JsonObject), ...typed, date: '2026-09-14', time: '15:00' } });
    const answered = await postActivity(env.h.url, click);
    expect(answered.status).toBe(200);
    // A message is shown beside the card, which Teams leaves as it was (with what she typed); a card would replace the form.
    expect(answered.body).toEqual({ statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: expect.stringContaining(tError('nl', 'rate_limited')) });
    expect(waited(from)).toBeLessThanOrEqual(TURN_WAITS_MS);
  });
});
