// A form in someone's own view of a channel card is sent with an invoke, whose answer Teams shows
// that person alone: a refused form comes back with what they typed to them, not to the channel;
// what the form saves still reaches the channel; a form someone opened says it is filled in.
import { describe, expect, it, vi } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { t } from '../../../src/i18n/index.js';
import { NOW } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, cardText, elements, startHarness, startHetBaken, useHetBaken } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
/** What anna types in the start form: her school, with bram from the youth work. */
const START_VALUES = {
  schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
  school: anna.aadObjectId!, jongerenwerk: bram.aadObjectId!, coordinators: anna.aadObjectId!, draagvlak: 'true', financiering: 'true', facilitering: 'true',
};
const env = useHetBaken();

/** The newest message in the channel, with its id and card as everyone sees it now. */
function newest(): { id: string; card: JsonObject } {
  const m = env.h.connector.messagesIn(CHANNEL.id).at(-1)!;
  return { id: m.id, card: adaptiveCardOf(m.activity)! };
}

const messageNow = (id: string): JsonObject => adaptiveCardOf(env.h.connector.messagesIn(CHANNEL.id).find((m) => m.id === id)!.activity)!;
/** What an invoke's answer says: a card's text, or a message Teams shows beside the card it leaves as it was. */
const said = (answer: unknown): string => (typeof answer === 'string' ? answer : cardText(answer));
const channelPosts = (): number => env.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id && a.method === 'POST').length;

/** The button that sends `form` in a card: an invoke, not a message. */
function sendButton(card: unknown, form: string): { verb: string; data: Record<string, unknown> } {
  const found = elements(card).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === form);
  if (!found) throw new Error(`no invoke sending ${form} in ${cardText(card)}`);
  return found as { verb: string; data: Record<string, unknown> };
}

const inputValue = (card: unknown, id: string): unknown => elements(card).find((e) => e.id === id)?.value;
/** What Teams sends of a card's inputs left as they are shown. */
const shownInputs = (card: unknown): Record<string, unknown> => Object.fromEntries(elements(card).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
const problems = (card: unknown): string[] => elements(card).filter((e) => e.color === 'Attention' && e.size === 'Small').map((e) => String(e.text));
/** When the vervolgevaluatie is, as the leerlijn keeps it (one per leerlijn: a second move replaces the first). */
const evaluatieAt = async (): Promise<string[]> =>
  (await env.h.db.db.query<{ at: string }>(`select to_char(starts_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as at from meetings where kind = 'vervolgevaluatie'`)).rows.map((r) => r.at);
const evaluatieMeetings = async (): Promise<number> =>
  Number((await env.h.db.db.query<{ n: string }>(`select count(*) as n from meetings where kind = 'vervolgevaluatie'`)).rows[0]!.n);

/**
 * Anna opens the form for a new meeting in the channel: its message, the form she sees, what
 * sending it as shown sends (time 15:00), and where she sends it from (that message).
 */
async function annaOpensMoveForm() {
  await env.h.say(anna, 'planning nieuw');
  const opened = newest();
  const form = await env.h.seenBy(anna, opened.card);
  const data: Record<string, unknown> = { ...sendButton(form, 'move').data, ...shownInputs(form), time: '15:00' };
  return { opened, form, data, fromTheForm: { ...env.h.inChannel(anna), replyToId: opened.id } };
}

describe('a form in the channel, sent from its opener’s own view', () => {
  it('refused, comes back to its sender alone with what they typed; saved, the channel reads it is filled in', async () => {
    await env.h.say(anna, 'planning nieuw');
    const opened = newest();
    expect(cardText(opened.card)).toContain('Anna Test vult dit formulier in');
    const form = await env.h.seenBy(anna, opened.card);
    const send = { data: { ...sendButton(form, 'move').data, ...shownInputs(form) } };
    const fromTheForm = { ...env.h.inChannel(anna), replyToId: opened.id };

    // Before the eindevaluatie: refused beside the date, the date as typed, and nothing for the channel.
    const posts = channelPosts();
    const refused = await env.h.invoke(anna, FORM_VERB, { ...send.data, date: '2026-04-06', time: '15:00' }, fromTheForm);
    expect(problems(refused).join(' ')).toMatch(/eindevaluatie/i);
    expect(inputValue(refused, 'date')).toBe('2026-04-06');
    // Sent again from the refused form, as Teams would: that too is an invoke.
    expect(sendButton(refused, 'move').data.ownView).toEqual(sendButton(form, 'move').data.ownView);
    expect(channelPosts()).toBe(posts);
    expect(messageNow(opened.id)).toEqual(opened.card);

    // Bram sending anna's form from her message is refused, and her message stays as it was.
    const forged = await env.h.invoke(bram, FORM_VERB, { ...send.data, date: '2026-09-14', time: '15:00' }, { ...env.h.inChannel(bram), replyToId: opened.id });
    // A refusal beside no input is a message: Teams leaves her form, and what she typed, as it was.
    expect(typeof forged).toBe('string');
    expect(said(forged)).toContain('Dit mag alleen de coördinator');
    // A form the bot does not take is refused to its sender, and nothing is posted.
    const unknown = await env.h.invoke(bram, FORM_VERB, { ...send.data, form: 'geen_formulier' }, { ...env.h.inChannel(bram), replyToId: opened.id });
    expect(cardText(unknown)).toContain(t('nl', 'error.invalid_input'));
    expect(channelPosts()).toBe(posts);
    expect(await evaluatieMeetings()).toBe(0);
    expect(messageNow(opened.id)).toEqual(opened.card);

    const saved = await env.h.invoke(anna, FORM_VERB, { ...send.data, date: '2026-09-14', time: '15:00' }, fromTheForm);
    expect(await evaluatieMeetings()).toBe(1);
    expect(cardText(saved)).toContain('Anna Test heeft dit formulier ingevuld');
    // Everyone's message says so, and no longer asks for anna's own view (which was the form).
    const closed = messageNow(opened.id);
    expect(cardText(closed)).toContain('Anna Test heeft dit formulier ingevuld');
    expect(closed.refresh).toBeUndefined();
    // What the form saved is in the channel, for everyone.
    expect(cardText(newest().card)).toContain('ma 14 sep 2026, 15.00 uur');
  });

  it('changes only a message of the sender’s own form: saved from another message’s id, that message stays as it is', async () => {
    await env.h.say(anna, 'planning');
    const timeline = newest();
    const { opened, data: shown } = await annaOpensMoveForm();
    const data = { ...shown, date: '2026-09-21' };
    const answer = await env.h.invoke(anna, FORM_VERB, data, { ...env.h.inChannel(anna), replyToId: timeline.id });
    expect(cardText(newest().card)).toContain('ma 21 sep 2026, 15.00 uur');
    expect(cardText(answer)).not.toContain('heeft dit formulier ingevuld');
    expect(messageNow(timeline.id)).toEqual(timeline.card);
    expect(messageNow(opened.id)).toEqual(opened.card);
  });

  it('from the planning the coordinator sees: a refused move stays theirs, a saved one shows them the planning as it is now', async () => {
    await env.h.say(anna, 'planning');
    const planning = newest();
    const own = await env.h.seenBy(anna, planning.card);
    const send = sendButton(own, 'move');
    const posts = channelPosts();
    const refused = await env.h.invoke(anna, FORM_VERB, { ...send.data, kind: 'terugkom', date: '2020-01-06', time: '15:00' }, { ...env.h.inChannel(anna), replyToId: planning.id });
    expect(problems(refused)).not.toEqual([]);
    expect(channelPosts()).toBe(posts);

    const saved = await env.h.invoke(anna, FORM_VERB, { ...send.data, kind: 'terugkom', date: '2026-03-31', time: '15:00' }, { ...env.h.inChannel(anna), replyToId: planning.id });
    // The channel gets the new planning; anna's card is the planning with her forms, its date moved.
    expect(cardText(newest().card)).toContain('di 31 mrt 2026, 15.00 uur');
    expect(cardText(saved)).toContain('di 31 mrt 2026, 15.00 uur');
    expect(sendButton(saved, 'roles').data.ownView).toEqual({ view: 'timeline', leerlijnId: expect.any(String) });
  });

  it('a message Teams will not change now: the form is saved once, its opener sees it filled in, and the message says so once Teams lets it', async () => {
    const { opened, data, fromTheForm } = await annaOpensMoveForm();
    env.h.connector.failNext('PUT', { status: 412, times: 4 });
    const saved = await env.h.invoke(anna, FORM_VERB, { ...data, date: '2026-09-28' }, fromTheForm);
    expect(cardText(newest().card)).toContain('ma 28 sep 2026, 15.00 uur');
    expect(await evaluatieAt()).toEqual(['2026-09-28']);
    // Not told the message reads "filled in" while it does not.
    expect(said(saved)).not.toContain('heeft dit formulier ingevuld');
    expect(messageNow(opened.id)).toEqual(opened.card);

    // Her client asks for her own view again (she opens the channel): not the empty form, but filled in.
    env.h.connector.failNext('PUT', { status: 412, times: 4 });
    const looked = await env.h.seenBy(anna, opened.card, fromTheForm);
    expect(cardText(looked)).toContain('Anna Test heeft dit formulier ingevuld');
    expect(elements(looked).filter((e) => e.verb === FORM_VERB)).toEqual([]);
    expect(messageNow(opened.id)).toEqual(opened.card);

    // The form still on a screen, sent again: said to be sent already, saved once; the message now says it is filled in.
    const again = await env.h.invoke(anna, FORM_VERB, { ...data, date: '2026-10-05' }, fromTheForm);
    expect(said(again)).toBe(t('nl', 'form.alreadySent'));
    expect(await evaluatieAt()).toEqual(['2026-09-28']);
    expect(cardText(newest().card)).not.toContain('ma 5 okt 2026');
    expect(cardText(messageNow(opened.id))).toContain('Anna Test heeft dit formulier ingevuld');
    expect(messageNow(opened.id).refresh).toBeUndefined();
  });

  it('a form sent while Teams would not change its message: her next look changes it, and asks no more', async () => {
    const { opened, data: shown, fromTheForm } = await annaOpensMoveForm();
    const data = { ...shown, date: '2026-10-19' };
    env.h.connector.failNext('PUT', { status: 412, times: 4 });
    await env.h.invoke(anna, FORM_VERB, data, fromTheForm);
    expect(messageNow(opened.id)).toEqual(opened.card);
    const looked = await env.h.seenBy(anna, opened.card, fromTheForm);
    expect(cardText(looked)).toContain('Anna Test heeft dit formulier ingevuld');
    // Changed for everyone: her own view is the message itself, which asks for nothing.
    expect(cardText(messageNow(opened.id))).toContain('Anna Test heeft dit formulier ingevuld');
    expect(looked.refresh).toBeUndefined();
    expect(messageNow(opened.id).refresh).toBeUndefined();
  });

  it('sent twice at once (a double click, or again after "still working"): saved once, the other told it was sent', async () => {
    const { opened, data, fromTheForm } = await annaOpensMoveForm();
    const posts = channelPosts();
    const answers = await Promise.all(['2026-11-02', '2026-11-09'].map((date) => env.h.invoke(anna, FORM_VERB, { ...data, date }, fromTheForm)));
    // Told it is being sent, or was, as the other send stood when this one looked.
    const refused = answers.filter((a) => [t('nl', 'form.beingSent'), t('nl', 'form.alreadySent')].includes(said(a)));
    expect(refused).toHaveLength(1);
    // One planning for the channel, with the date of the send that was taken.
    expect(channelPosts()).toBe(posts + 1);
    const taken = answers.findIndex((a) => a !== refused[0]);
    expect(await evaluatieAt()).toEqual([taken === 0 ? '2026-11-02' : '2026-11-09']);
    expect(cardText(messageNow(opened.id))).toContain('Anna Test heeft dit formulier ingevuld');
  });

  it('saved, then the channel post refused: the form is not taken again from the same message', async () => {
    const { data, fromTheForm } = await annaOpensMoveForm();
    // Teams refuses the planning the form's flow posts after the save, each of the bot's four tries.
    // Throttled (429): retried by the deployment's backoff, which the harness does not sleep (a 502
    // the same: botbuilder's own retry is taken out, see reused-clients.ts).
    const from = env.h.connector.requests.length;
    env.h.connector.failNext('POST', { status: 429, times: 4 });
    // Sent to a replica whose deadline the flow always outlasts: she is told "still working".
    const late = await startHarness({ replicaOf: env.h, invokeDeadlineMs: 1 });
    try {
      expect(said(await late.invoke(anna, FORM_VERB, { ...data, date: '2026-11-16' }, fromTheForm))).toBe(t('nl', 'card.stillWorking'));
      // She sends it again once that send has ended: its four tries refused, its claim let go.
      await env.h.connector.until(() => env.h.connector.requests.slice(from).filter((r) => r.status === 429).length === 4);
      const sending = async () => (await env.h.db.db.query(`select 1 from posted_messages where key like 'posting:form:%'`)).rows;
      await vi.waitFor(async () => expect(await sending()).toEqual([]), { timeout: 10_000 });
    } finally {
      await late.close();
    }
    expect(await evaluatieAt()).toEqual(['2026-11-16']);
    const again = await env.h.invoke(anna, FORM_VERB, { ...data, date: '2026-11-23' }, fromTheForm);
    expect(said(again)).toBe(t('nl', 'form.alreadySent'));
    expect(await evaluatieAt()).toEqual(['2026-11-16']);
  });

  it('says the form’s own title when it is filled in, whatever title the card sends back', async () => {
    const { opened, data, fromTheForm } = await annaOpensMoveForm();
    const forged = { ...data, ownView: { ...(data.ownView as object), title: 'Bram is ontslagen' } };
    await env.h.invoke(anna, FORM_VERB, { ...forged, date: '2026-11-30' }, fromTheForm);
    const now = cardText(messageNow(opened.id));
    expect(now).toContain('Anna Test heeft dit formulier ingevuld');
    expect(now).not.toContain('Bram is ontslagen');
  });

  it('a send that died halfway holds the form a while, then lets it be sent', async () => {
    const { opened, data, fromTheForm } = await annaOpensMoveForm();
    // As a process that died while sending it leaves it: its claim on the send, taken at `takenAt`.
    const diedAt = (takenAt: Date) => env.h.db.db.query(
      `insert into posted_messages (workspace_id, key, channel_id, message_id, updated_at)
       select workspace_id, 'posting:form:' || $2::text || ':move:' || $1::text, '', '', $3::timestamptz from posted_messages where message_id = $1::text
       on conflict (workspace_id, key) do update set updated_at = excluded.updated_at`,
      [opened.id, anna.aadObjectId, takenAt.toISOString()],
    );
    await diedAt(NOW);
    expect(said(await env.h.invoke(anna, FORM_VERB, { ...data, date: '2026-12-07' }, fromTheForm))).toBe(t('nl', 'form.beingSent'));
    await diedAt(new Date(NOW.getTime() - 3 * 60_000));
    const sent = await env.h.invoke(anna, FORM_VERB, { ...data, date: '2026-12-07' }, fromTheForm);
    expect(cardText(sent)).toContain('Anna Test heeft dit formulier ingevuld');
    expect(await evaluatieAt()).toEqual(['2026-12-07']);
  });

  it('another coordinator sending anna’s form from her message saves, and leaves her message as it is', async () => {
    await env.h.db.db.query(`update members set is_coordinator = true where user_id = $1::text`, [bram.aadObjectId]);
    const { opened, data: shown } = await annaOpensMoveForm();
    const data = { ...shown, date: '2026-10-12' };
    await env.h.invoke(bram, FORM_VERB, data, { ...env.h.inChannel(bram), replyToId: opened.id });
    expect(cardText(newest().card)).toContain('ma 12 okt 2026, 15.00 uur');
    expect(messageNow(opened.id)).toEqual(opened.card);
    await env.h.db.db.query(`update members set is_coordinator = false where user_id = $1::text`, [bram.aadObjectId]);
  });

  it('a delete whose message Teams will not change: its opener’s next look says no leerlijn runs here, not an error', async () => {
    await env.h.say(anna, 'verwijder');
    const opened = newest();
    const fromTheForm = { ...env.h.inChannel(anna), replyToId: opened.id };
    const send = sendButton(await env.h.seenBy(anna, opened.card), 'delete');
    env.h.connector.failNext('PUT', { status: 412, times: 4 });
    const answer = await env.h.invoke(anna, FORM_VERB, { ...send.data, confirm: 'Het Baken' }, fromTheForm);
    expect(said(answer)).toContain(t('nl', 'form.sent'));
    expect(messageNow(opened.id)).toEqual(opened.card);
    // The record that would say "filled in" went with the leerlijn: she is told what is true now, and how to start again.
    const looked = await env.h.seenBy(anna, opened.card, fromTheForm);
    expect(cardText(looked)).toContain('In dit kanaal loopt nog geen leerlijn. Start er een met **@Leerlijn start**.');
    expect(elements(looked).filter((e) => e.verb === FORM_VERB)).toEqual([]);
    await startHetBaken(env.h);
  });

  it('a delete sent from the form its opener sees: the leerlijn goes, and the message says the form is filled in', async () => {
    await env.h.say(anna, 'verwijder');
    const opened = newest();
    const send = sendButton(await env.h.seenBy(anna, opened.card), 'delete');
    const answer = await env.h.invoke(anna, FORM_VERB, { ...send.data, confirm: 'Het Baken' }, { ...env.h.inChannel(anna), replyToId: opened.id });
    expect(env.h.connector.messagesIn(CHANNEL.id).map((m) => cardText(adaptiveCardOf(m.activity))).join('\n')).toContain(forTeams(t('nl', 'export.deleted', { name: 'Anna Test' })));
    const filled = `${t('nl', 'export.title')}**: Anna Test heeft dit formulier ingevuld`;
    expect(cardText(answer)).toContain(filled);
    expect(cardText(messageNow(opened.id))).toContain(filled);
  });

  it('the start form too: refused, it stays its opener’s; started, the channel reads it is filled in', async () => {
    await env.h.say(anna, 'start');
    const opened = newest();
    expect(cardText(opened.card)).toContain('Anna Test vult dit formulier in');
    const form = await env.h.seenBy(anna, opened.card);
    const data = { ...sendButton(form, 'start').data, ...shownInputs(form), ...START_VALUES };
    const fromTheForm = { ...env.h.inChannel(anna), replyToId: opened.id };
    const posts = channelPosts();
    const refused = await env.h.invoke(anna, FORM_VERB, { ...data, schoolName: '' }, fromTheForm);
    expect(problems(refused)).not.toEqual([]);
    expect(inputValue(refused, 'youthOrgName')).toBe('JoU');
    expect(channelPosts()).toBe(posts);

    const started = await env.h.invoke(anna, FORM_VERB, data, fromTheForm);
    expect(cardText(started)).toContain('Anna Test heeft dit formulier ingevuld');
    expect(cardText(messageNow(opened.id))).toContain(`${t('nl', 'start.title')}**: Anna Test heeft dit formulier ingevuld`);
    // Its record, kept so the form is not taken twice, is the new leerlijn's: its delete takes it.
    const kept = await env.h.db.db.query<{ key: string; leerlijn: string | null }>(`select key, leerlijn_id as leerlijn from posted_messages where message_id = $1::text`, [opened.id]);
    const leerlijn = await env.h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
    expect(kept.rows).toEqual([{ key: expect.stringMatching(/^form_sent:/), leerlijn: leerlijn.rows[0]!.id }]);
    expect(env.h.connector.messagesIn(CHANNEL.id).map((m) => cardText(adaptiveCardOf(m.activity))).join('\n')).toContain('Anna Test heeft de leerlijn gestart voor Het Baken');
  });

  it('a form sent without naming its message (an older client) is said to be sent, and changes no message', async () => {
    await env.h.say(anna, 'verwijder');
    const opened = newest();
    const send = sendButton(await env.h.seenBy(anna, opened.card), 'delete');
    const answer = await env.h.invoke(anna, FORM_VERB, { ...send.data, confirm: 'Het Baken' });
    expect(cardText(answer)).toContain('Het formulier is verstuurd');
    expect(messageNow(opened.id)).toEqual(opened.card);
  });

  it('a coordinator who takes themselves off the team is answered without an error, and the team is saved', async () => {
    await startHetBaken(env.h);
    await env.h.db.db.query(`update members set is_coordinator = true where user_id = $1::text`, [bram.aadObjectId]);
    await env.h.say(anna, 'team');
    const own = await env.h.seenBy(anna, newest().card);
    const data = { ...sendButton(own, 'team').data, ...shownInputs(own), [`remove.${anna.aadObjectId}`]: 'true' };
    const answer = await env.h.invoke(anna, FORM_VERB, data, { ...env.h.inChannel(anna), replyToId: newest().id });
    const members = await env.h.db.db.query(`select 1 from members where user_id = $1::text`, [anna.aadObjectId]);
    expect(members.rows).toEqual([]);
    // Her own view of the team is no longer hers to read: she is told the form was sent, not refused.
    expect(said(answer)).toContain(t('nl', 'form.sent'));
  });
});
