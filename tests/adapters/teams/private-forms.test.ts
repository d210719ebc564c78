// A form in someone's own view of a channel card is sent with an invoke, whose answer Teams shows
// that person alone: a refused form comes back with what they typed to them, not to the channel;
// what the form saves still reaches the channel; a form someone opened says it is filled in.
// When Teams will not change the message, or two sends of a form meet: private-forms-unchanged.test.ts.
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, hetBakenEindevaluatieHeld, cardText, startHetBaken, useHetBaken } from './harness.js';
import { anna, bram, channelOf, inputValue, problems, said, sendButton, shownInputs } from './private-form-parts.js';

/** What anna types in the start form: her school, with bram from the youth work. */
const START_VALUES = {
  schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
  school: anna.aadObjectId!, jongerenwerk: bram.aadObjectId!, coordinators: anna.aadObjectId!, draagvlak: 'true', financiering: 'true', facilitering: 'true',
};
const env = useHetBaken();
const { annaOpensMoveForm, channelPosts, evaluatieMeetings, messageNow, newest } = channelOf(env);

describe('a form in the channel, sent from its opener’s own view', () => {
  it('refused, comes back to its sender alone with what they typed; saved, the channel reads it is filled in', async () => {
    await hetBakenEindevaluatieHeld(env.h);
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

  it('says the form’s own title when it is filled in, whatever title the card sends back', async () => {
    const { opened, data, fromTheForm } = await annaOpensMoveForm();
    const forged = { ...data, ownView: { ...(data.ownView as object), title: 'Bram is ontslagen' } };
    await env.h.invoke(anna, FORM_VERB, { ...forged, date: '2026-11-30' }, fromTheForm);
    const now = cardText(messageNow(opened.id));
    expect(now).toContain('Anna Test heeft dit formulier ingevuld');
    expect(now).not.toContain('Bram is ontslagen');
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
