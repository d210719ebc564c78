// A form sent from its opener's own view when Teams will not change the form's message (412), or
// when two sends of it meet (a double click, a send that died or outlasted Teams' wait): it is saved
// once, its opener is told what is true, and the message says it is filled in once Teams lets it.
import { describe, expect, it, vi } from 'vitest';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { t } from '../../../src/i18n/index.js';
import { NOW } from '../../support/fixtures.js';
import { cardText, elements, startHarness, startHetBaken, useHetBaken } from './harness.js';
import { anna, channelOf, said, sendButton } from './private-form-parts.js';

const env = useHetBaken();
const { annaOpensMoveForm, channelPosts, evaluatieAt, messageNow, newest } = channelOf(env);

describe('a form whose message Teams will not change, or sent twice', () => {
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

  it('a delete whose message Teams will not change: its opener’s next look says the leerlijn is gone, not an error', async () => {
    await env.h.say(anna, 'verwijder');
    const opened = newest();
    const fromTheForm = { ...env.h.inChannel(anna), replyToId: opened.id };
    const send = sendButton(await env.h.seenBy(anna, opened.card), 'delete');
    // Only this message: the delete also redraws the leerlijn's other messages (app/leftovers.ts), which Teams takes.
    env.h.connector.failNext(new RegExp(`/activities/${opened.id}$`), { status: 412, times: 4 });
    const answer = await env.h.invoke(anna, FORM_VERB, { ...send.data, confirm: 'Het Baken' }, fromTheForm);
    expect(said(answer)).toContain(t('nl', 'form.sent'));
    expect(messageNow(opened.id)).toEqual(opened.card);
    // The record that would say "filled in" went with the leerlijn: she is told what is true now, that the leerlijn the
    // form was for is gone (not that none ever ran here).
    const looked = await env.h.seenBy(anna, opened.card, fromTheForm);
    expect(cardText(looked)).toContain(t('nl', 'error.leerlijn_gone'));
    expect(elements(looked).filter((e) => e.verb === FORM_VERB)).toEqual([]);
    await startHetBaken(env.h);
  });
});
