// A form card Teams throttles (429) is still sent, and the message a sent form changes still says
// so: after the waits the deployment set (here the harness's, which records them instead of
// sleeping: 500 ms base × 0.5), not the built-in ones.
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { CHANNEL, hetBakenEindevaluatieHeld, PEOPLE, cardText, elements, useHetBaken } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useHetBaken();

/** The channel's messages as everyone sees them now. */
const messages = (): Array<{ id: string; card: JsonObject | undefined }> => env.h.connector.messagesIn(CHANNEL.id).map((m) => ({ id: m.id, card: adaptiveCardOf(m.activity) }));
const channelRequests = (method: 'POST' | 'PUT'): number[] =>
  env.h.connector.requests.filter((r) => r.method === method && r.path.startsWith(`/v3/conversations/${CHANNEL.id}/activities`)).map((r) => r.status);

describe('form cards Teams throttles once', () => {
  it('posts the form everyone sees whose it is, after the deployment’s wait', async () => {
    const before = messages().length;
    const sleeps = env.h.sleeps.length;
    const posts = channelRequests('POST').length;
    env.h.connector.failNext('POST', { status: 429 });
    await hetBakenEindevaluatieHeld(env.h);
    await env.h.say(anna, 'planning nieuw');
    expect(channelRequests('POST').slice(posts)).toEqual([429, 201]);
    expect(env.h.sleeps.slice(sleeps)).toEqual([250]);
    expect(messages().slice(before).map((m) => cardText(m.card))).toEqual([expect.stringContaining('Anna Test vult dit formulier in')]);
  });

  it('says in the form’s message that it is filled in, after the deployment’s wait', async () => {
    await hetBakenEindevaluatieHeld(env.h);
    await env.h.say(anna, 'planning nieuw');
    const opened = messages().at(-1)!;
    const form = await env.h.seenBy(anna, opened.card!);
    const send = elements(form).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === 'move')!;
    const shown = Object.fromEntries(elements(form).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
    const sleeps = env.h.sleeps.length;
    const puts = channelRequests('PUT').length;
    env.h.connector.failNext('PUT', { status: 429 });
    await env.h.invoke(anna, FORM_VERB, { ...(send.data as JsonObject), ...shown, date: '2026-09-14', time: '15:00' }, { ...env.h.inChannel(anna), replyToId: opened.id });
    expect(channelRequests('PUT').slice(puts)).toEqual([429, 200]);
    expect(env.h.sleeps.slice(sleeps)).toEqual([250]);
    expect(cardText(messages().find((m) => m.id === opened.id)!.card)).toContain('Anna Test heeft dit formulier ingevuld');
  });
});
