// The planning forms in Teams: roles for all four meetings in one submit (all or nothing, each
// error beside its own select), and moving a meeting (refused order → the form with the reason;
// a broken timing rule → moved, with a warning).
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { getStatusInChannel } from '../../../src/app/overview.js';
import { changeTeam } from '../../../src/app/leerlijn.js';
import { t } from '../../../src/i18n/index.js';
import { ensureWorkspace, updateMeeting } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, TENANT, cardText, lastAnswerIn, elements, textAfter, startHarness, startHetBaken, useHetBaken } from './harness.js';

const [anna, bram, chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
const env = useHetBaken();

const lastCard = (): JsonObject => lastAnswerIn(env.h.connector, CHANNEL.id)!;

async function meetings(): Promise<Record<string, { notulist: string | null; invuller: string | null; startsAt: string }>> {
  const { rows } = await env.h.db.db.query<{ kind: string; notulist: string | null; invuller: string | null; startsAt: Date }>(
    `select kind, notulist_user_id as notulist, invuller_user_id as invuller, starts_at as "startsAt" from meetings`,
  );
  return Object.fromEntries(rows.map((r) => [r.kind, { notulist: r.notulist, invuller: r.invuller, startsAt: new Date(r.startsAt).toISOString() }]));
}

const A = anna.aadObjectId;
const B = bram.aadObjectId;

describe('the roles form', () => {
  it('offers notulist and invuller for each of the four meetings in one form', async () => {
    await env.h.say(anna, 'planning');
    // Input ids are the use case's: `<meeting's place>.notulistUserId` (cards posted before sent `notulist.<meeting>`, still read).
    const roleInputs = (card: JsonObject) => elements(card).map((e) => e.id).filter((id): id is string => typeof id === 'string' && /^\d\.(notulist|invuller)UserId$/.test(id));
    expect(roleInputs(await env.h.seenBy(anna, lastCard()))).toEqual([0, 1, 2, 3].flatMap((i) => [`${i}.notulistUserId`, `${i}.invullerUserId`]));
    // The card in the channel is everyone's: the form is anna's own view of it only. Bram asking
    // for that view himself (the refresh's data is on the card) gets his own, without it.
    expect(roleInputs(lastCard())).toEqual([]);
    const refresh = lastCard().refresh as { action: { verb: string; data: Record<string, unknown> } };
    const forged = await env.h.invoke(bram, refresh.action.verb, refresh.action.data);
    expect(cardText(forged)).toContain(t('nl', 'timeline.heading'));
    expect(roleInputs(forged)).toEqual([]);
  });

  it('keeps a location per meeting: shown in the planning, kept when not sent, cleared when sent empty, refused when too long', async () => {
    const location = async (kind: string) => (await env.h.db.db.query<{ location: string | null }>(`select location from meetings where kind = $1`, [kind])).rows[0]?.location ?? null;
    await env.h.submit(anna, { form: 'roles', 'location.actieplan': 'Lokaal 12, Het Baken' });
    expect(await location('actieplan')).toBe('Lokaal 12, Het Baken');
    expect(cardText(lastCard())).toContain('Lokaal 12, Het Baken');
    await env.h.submit(anna, { form: 'roles', 'notulist.actieplan': A });
    expect(await location('actieplan')).toBe('Lokaal 12, Het Baken');
    await env.h.submit(anna, { form: 'roles', 'location.actieplan': 'x'.repeat(201) });
    expect(cardText(lastCard())).toContain(t('nl', 'field.too_long'));
    expect(await location('actieplan')).toBe('Lokaal 12, Het Baken');
    await env.h.submit(anna, { form: 'roles', 'location.actieplan': '' });
    expect(await location('actieplan')).toBeNull();
  });

  it('saves all four meetings with one submit', async () => {
    await env.h.submit(anna, {
      form: 'roles',
      'notulist.signalering': B, 'invuller.signalering': A,
      'notulist.actieplan': A, 'invuller.actieplan': B,
      'notulist.terugkom': B, 'invuller.terugkom': A,
      'notulist.eindevaluatie': A, 'invuller.eindevaluatie': B,
    });
    expect(cardText(lastCard())).toContain('Bram Test');
    const m = await meetings();
    expect([m.signalering?.notulist, m.actieplan?.invuller, m.eindevaluatie?.notulist]).toEqual([B, B, A]);
  });

  it('saves nothing when one choice is refused, and shows the reason beside that select with every value kept', async () => {
    const before = await meetings();
    await env.h.submit(anna, { form: 'roles', 'notulist.signalering': A, 'invuller.terugkom': chen.aadObjectId, 'notulist.eindevaluatie': 'none' });
    const form = lastCard();
    expect(textAfter(form, '2.invullerUserId')).toContain('Deze persoon zit niet in het team');
    expect(textAfter(form, '0.notulistUserId')).toBeUndefined();
    const value = (id: string) => elements(form).find((e) => e.id === id)?.value;
    expect([value('0.notulistUserId'), value('2.invullerUserId'), value('3.notulistUserId')]).toEqual([A, chen.aadObjectId, 'none']);
    expect(await meetings()).toEqual(before);
  });

  it('clears a role with "nobody"', async () => {
    await env.h.submit(anna, { form: 'roles', 'notulist.eindevaluatie': 'none' });
    expect((await meetings()).eindevaluatie?.notulist).toBeNull();
    expect((await meetings()).signalering?.notulist).toBe(B);
  });
});

describe('moving a meeting from the form', () => {
  it('refuses a move that breaks the order: the form again, values kept, the reason shown, nothing moved', async () => {
    const before = await meetings();
    await env.h.submit(anna, { form: 'move', kind: 'actieplan', date: '2026-01-28', time: '10:00' });
    const form = lastCard();
    expect(textAfter(form, 'date')).toContain('de volgorde van de vier bijeenkomsten moet gelijk blijven');
    expect(elements(form).find((e) => e.id === 'date')?.value).toBe('2026-01-28');
    expect(elements(form).find((e) => e.id === 'kind')?.value).toBe('actieplan');
    expect(await meetings()).toEqual(before);
  });

  it('answers a bad date beside the date input', async () => {
    await env.h.submit(anna, { form: 'move', kind: 'actieplan', date: 'morgen', time: '10:00' });
    expect(textAfter(lastCard(), 'date')).toBeDefined();
  });

  it('asks to fill in an empty date or time, and names the format only for one that is written wrong', async () => {
    await env.h.submit(anna, { form: 'move', kind: 'actieplan', date: '', time: '' });
    const empty = lastCard();
    expect([textAfter(empty, 'date'), textAfter(empty, 'time')]).toEqual([t('nl', 'field.required'), t('nl', 'field.required')]);
    await env.h.submit(anna, { form: 'move', kind: 'actieplan', date: '2026-02-31', time: '25:00' });
    const wrong = lastCard();
    expect([textAfter(wrong, 'date'), textAfter(wrong, 'time')]).toEqual([t('nl', 'field.date'), t('nl', 'field.time')]);
  });

  it('moves a meeting onto a weekend and shows the warning with the new timeline', async () => {
    await env.h.submit(anna, { form: 'move', kind: 'actieplan', date: '2026-02-14', time: '10:00' });
    const card = cardText(lastCard());
    expect(card).toContain('Gepland, maar let op:');
    expect(card).toContain('deze bijeenkomst valt in het weekend');
    expect((await meetings()).actieplan?.startsAt).toBe('2026-02-14T09:00:00.000Z');
  });
});

describe('as the Agents Playground runs the bot (no per-user refresh)', () => {
  it('keeps the coordinator’s forms on the planning the channel sees, with nothing to refresh', async () => {
    const playground = await startHarness({ perUserViews: false });
    try {
      await startHetBaken(playground);
      await playground.say(anna, 'planning');
      const card = lastAnswerIn(playground.connector, CHANNEL.id)!;
      expect(card.refresh).toBeUndefined();
      expect(elements(card).some((e) => e.id === '0.notulistUserId')).toBe(true);
    } finally {
      await playground.close();
    }
  });
});

describe('one click to a working day', () => {
  it('moves the meeting to that day at its time as it is when clicked, not as it was when the button was drawn', async () => {
    // The fixture's eindevaluatie is on Whit Monday (25 May 2026): the planning offers the nearest working days.
    await env.h.say(anna, 'planning');
    // In the coordinator's own view, sent with an invoke: a refusal is answered to whoever clicked alone.
    const button = elements(await env.h.seenBy(anna, lastCard())).find((e) => e.type === 'Action.Execute' && (e.data as { kind?: unknown } | undefined)?.kind === 'eindevaluatie');
    expect(button).toBeDefined();
    const data = button!.data as Record<string, string>;
    // Meanwhile its time changes (on the same day).
    await env.h.submit(anna, { form: 'move', kind: 'eindevaluatie', date: '2026-05-25', time: '10:00' });
    expect((await meetings()).eindevaluatie?.startsAt).toBe('2026-05-25T08:00:00.000Z');
    await env.h.invoke(anna, String(button!.verb), data);
    expect((await meetings()).eindevaluatie?.startsAt).toBe(`${data.date}T08:00:00.000Z`);
  });
});

describe('the "is the plan getting going?" prompt', () => {
  it('carries the move form preset to the terugkom; submitted from the personal chat, it moves that meeting', async () => {
    const workspaceId = await ensureWorkspace(env.h.db.db, 'teams', TENANT);
    const status = await getStatusInChannel(makeDeps(env.h.db.db), workspaceId, CHANNEL.id);
    const from = env.h.connector.activities.length;
    const sent = await env.h.teams.messenger.toUser(
      { workspaceId, userId: A },
      { type: 'coordinator_prompt', prompt: 'plan_going', leerlijn: status.leerlijn, meeting: null, openRound: false, unagreed: 0 },
    );
    expect(sent.ok).toBe(true);
    const prompt = env.h.cardsSince(from).at(-1)!;
    expect(JSON.stringify(prompt)).toContain(t('nl', 'reminder.button.moveTerugkom'));
    const form = elements(prompt).find((e) => e.type === 'Action.ShowCard');
    expect(JSON.stringify(form)).toContain('"value":"terugkom"');

    const inChannel = env.h.connector.messagesIn(CHANNEL.id).length;
    await env.h.submit(anna, { form: 'move', leerlijnId: status.leerlijn.id, kind: 'terugkom', date: '2026-03-16', time: '15:30' }, env.h.inPersonal(anna));
    expect((await meetings()).terugkom?.startsAt).toBe('2026-03-16T14:30:00.000Z');
    // A moved meeting is news for the whole team: the new planning goes to the channel, without the controls.
    const posted = env.h.connector.messagesIn(CHANNEL.id).slice(inChannel).map((m) => cardText(adaptiveCardOf(m.activity)));
    expect(posted.some((text) => text.includes(t('nl', 'timeline.heading')) && text.includes('ma 16 mrt 2026, 15.30 uur'))).toBe(true);
    expect(posted.join('\n')).not.toContain(t('nl', 'timeline.button.move'));
    // The coordinator sees it where they acted too.
    expect(cardText(env.h.connector.lastCardIn(env.h.inPersonal(anna).conversation.id))).toContain('ma 16 mrt 2026, 15.30 uur');
  });
});

describe('the "choose a notulist and invuller" prompt', () => {
  it('carries the roles form of its meeting; sent from the personal chat it saves them, and a member is refused', async () => {
    const workspaceId = await ensureWorkspace(env.h.db.db, 'teams', TENANT);
    const status = await getStatusInChannel(makeDeps(env.h.db.db), workspaceId, CHANNEL.id);
    const meeting = status.nextMeeting!;
    const from = env.h.connector.activities.length;
    const sent = await env.h.teams.messenger.toUser(
      { workspaceId, userId: A },
      { type: 'coordinator_prompt', prompt: 'assign_roles', leerlijn: status.leerlijn, meeting, daysAhead: 2, openRound: false, unagreed: 0 },
    );
    expect(sent.ok).toBe(true);
    const prompt = env.h.cardsSince(from).at(-1)!;
    expect(cardText(prompt)).toContain('Er is nog geen notulist of invuller');
    const form = elements(prompt).find((e) => e.type === 'Action.ShowCard') as { title?: string; card?: unknown } | undefined;
    expect(form?.title).toBe(t('nl', 'guide.button.coordinator.assign_roles'));
    // Only this meeting's selects and its location, and a submit that names the leerlijn (a personal chat has none).
    const row = ['signalering', 'actieplan', 'terugkom', 'eindevaluatie'].indexOf(meeting.kind);
    expect(elements(form?.card).map((e) => e.id).filter((id) => typeof id === 'string')).toEqual([`${row}.notulistUserId`, `${row}.invullerUserId`, `${row}.location`]);
    const submit = elements(form?.card).find((e) => e.type === 'Action.Submit') as { data: Record<string, string> };
    expect(submit.data).toEqual({ form: 'roles', leerlijnId: status.leerlijn.id });

    const before = (await meetings())[meeting.kind];
    await env.h.submit(bram, { ...submit.data, [`notulist.${meeting.kind}`]: B, [`invuller.${meeting.kind}`]: B }, env.h.inPersonal(bram));
    expect((await meetings())[meeting.kind]).toEqual(before);
    await env.h.submit(anna, { ...submit.data, [`${row}.notulistUserId`]: B, [`${row}.invullerUserId`]: A }, env.h.inPersonal(anna));
    expect((await meetings())[meeting.kind]).toMatchObject({ notulist: B, invuller: A });
  });
});

describe('a form sent from a personal chat', () => {
  it('is answered in its leerlijn\'s language, not the server\'s default', async () => {
    const english = await startHarness({ env: { DEFAULT_LANG: 'en' } });
    try {
      await english.say(anna, 'start');
      await english.submit(anna, {
        form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30', lang: 'nl',
        school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
      });
      const workspaceId = await ensureWorkspace(english.db.db, 'teams', TENANT);
      const { leerlijn } = await getStatusInChannel(makeDeps(english.db.db), workspaceId, CHANNEL.id);
      expect(leerlijn.lang).toBe('nl');
      // The prompt's move form, sent from the coordinator's personal chat with a date that breaks the order.
      await english.submit(anna, { form: 'move', leerlijnId: leerlijn.id, kind: 'actieplan', date: '2026-01-28', time: '10:00' }, english.inPersonal(anna));
      const answer = cardText(english.connector.lastCardIn(english.inPersonal(anna).conversation.id));
      expect(answer).toContain('de volgorde van de vier bijeenkomsten moet gelijk blijven');
      expect(answer).toContain(t('nl', 'schedule.submit'));
    } finally {
      await english.close();
    }
  });
});

describe('someone who left the team', () => {
  it('is said to have left where the planning names them, never shown as a bare id', async () => {
    await env.h.submit(anna, { form: 'roles', 'notulist.terugkom': B });
    const workspaceId = await ensureWorkspace(env.h.db.db, 'teams', TENANT);
    const { leerlijn } = await getStatusInChannel(makeDeps(env.h.db.db), workspaceId, CHANNEL.id);
    // A meeting held keeps its notulist; at one still to come, leaving the team frees the role.
    await updateMeeting(env.h.db.db, leerlijn.id, 'terugkom', { status: 'held' });
    await changeTeam(makeDeps(env.h.db.db), { workspaceId, userId: A }, leerlijn.id, { remove: [B] });
    await env.h.say(anna, 'planning');
    const planning = cardText(lastCard());
    expect(planning).toContain(`${t('nl', 'timeline.notulist')}\n${t('nl', 'team.formerMember')}`);
    // What is read (texts and facts), not the hidden value of the roles form's choice.
    const read = JSON.stringify(elements(lastCard()).filter((e) => e.type === 'TextBlock' || e.type === 'FactSet'));
    expect(read).not.toContain(B);
  });
});
