// What the private-form tests read of Teams: a form's send button and inputs, its problems, what an
// invoke's answer says, and, of one bot (`env`), the channel's messages and the vervolgevaluatie.
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { CHANNEL, hetBakenEindevaluatieHeld, PEOPLE, cardText, elements, type Harness } from './harness.js';

export const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];

/** What an invoke's answer says: a card's text, or a message Teams shows beside the card it leaves as it was. */
export const said = (answer: unknown): string => (typeof answer === 'string' ? answer : cardText(answer));

/** The button that sends `form` in a card: an invoke, not a message. */
export function sendButton(card: unknown, form: string): { verb: string; data: Record<string, unknown> } {
  const found = elements(card).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === form);
  if (!found) throw new Error(`no invoke sending ${form} in ${cardText(card)}`);
  return found as { verb: string; data: Record<string, unknown> };
}

export const inputValue = (card: unknown, id: string): unknown => elements(card).find((e) => e.id === id)?.value;
/** What Teams sends of a card's inputs left as they are shown. */
export const shownInputs = (card: unknown): Record<string, unknown> => Object.fromEntries(elements(card).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
export const problems = (card: unknown): string[] => elements(card).filter((e) => e.color === 'Attention' && e.size === 'Small').map((e) => String(e.text));

/** The channel of one bot, read inside tests (its harness is there by then). */
export function channelOf(env: { h: Harness }) {
  /** The newest message in the channel, with its id and card as everyone sees it now. */
  const newest = (): { id: string; card: JsonObject } => {
    const m = env.h.connector.messagesIn(CHANNEL.id).at(-1)!;
    return { id: m.id, card: adaptiveCardOf(m.activity)! };
  };
  return {
    newest,
    messageNow: (id: string): JsonObject => adaptiveCardOf(env.h.connector.messagesIn(CHANNEL.id).find((m) => m.id === id)!.activity)!,
    channelPosts: (): number => env.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id && a.method === 'POST').length,
    /** When the vervolgevaluatie is, as the leerlijn keeps it (one per leerlijn: a second move replaces the first). */
    evaluatieAt: async (): Promise<string[]> =>
      (await env.h.db.db.query<{ at: string }>(`select to_char(starts_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as at from meetings where kind = 'vervolgevaluatie'`)).rows.map((r) => r.at),
    evaluatieMeetings: async (): Promise<number> =>
      Number((await env.h.db.db.query<{ n: string }>(`select count(*) as n from meetings where kind = 'vervolgevaluatie'`)).rows[0]!.n),
    /**
     * Anna opens the form for a new meeting in the channel: its message, the form she sees, what
     * sending it as shown sends (time 15:00), and where she sends it from (that message).
     */
    annaOpensMoveForm: async () => {
      await hetBakenEindevaluatieHeld(env.h);
      await env.h.say(anna, 'planning nieuw');
      const opened = newest();
      const form = await env.h.seenBy(anna, opened.card);
      const data: Record<string, unknown> = { ...sendButton(form, 'move').data, ...shownInputs(form), time: '15:00' };
      return { opened, form, data, fromTheForm: { ...env.h.inChannel(anna), replyToId: opened.id } };
    },
  };
}
