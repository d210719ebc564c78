// Score cards in Slack, from a reviewer's findings: a round whose cards were not all posted,
// the instrument kept current, refusals in the leerlijn's language, the exact vote labels,
// the note modal naming its onderdeel, and fitting texts in the right thread. Two presses at
// once are score-cards-at-once.test.ts's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { agreeAllProposed, closeRound, openRound } from '../../../src/app/rounds.js';
import { getRound } from '../../../src/app/round-views.js';
import { renderCard } from '../../../src/adapters/slack/render/cards.js';
import { onderdeelTitle } from '../../../src/i18n/phrases.js';
import { practiceQuestion, SCALE, SCORES } from '../../../src/domain/instrument.js';
import { t, tError, type Lang } from '../../../src/i18n/index.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { FakeMessage, RecordedCall } from '../../fakes/slack-api.js';
import { FAKE_TEAM, input } from '../../fakes/slack-signing.js';
import { allViolations, BOT, CHANNEL, COORDINATOR, NOW, USERS } from './harness.js';
import { cardsIn, lastView, useSlackLeerlijn, voteAll, voteOf } from './flow.js';

const MEMBER = USERS[3]!;
// The scale as /work/shared/leerlijn.md ("Scale per onderdeel") and the Slack spec (issue 3) write the buttons.
const SPEC_BUTTONS = ['1 niet of nauwelijks', '2 enigszins', '3 redelijk of helemaal'];

const env = useSlackLeerlijn('Het Baken');
let workspaceId = '';
const depsOf = (): Deps => ({ db: env.h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' });
const lastEphemeral = (user: string): { channel: string; body: Record<string, unknown> } | undefined => env.h.fake.ephemeralsTo(user).at(-1);

/**
 * Makes chat.postMessage answer `error` from its (n+1)-th call on, as Slack does when the bot
 * leaves the channel partway; the returned function stops it (the bot is invited again).
 */
function failPostsAfter(n: number, error: string): () => void {
  const calls = env.h.fake.calls;
  const original = calls.push;
  let seen = 0;
  // The fake records a call before answering it, so arming here fails that very call.
  calls.push = (...items: RecordedCall[]): number => {
    for (const c of items) if (c.method === 'chat.postMessage' && ++seen === n + 1) env.h.fake.failNext('chat.postMessage', { error, times: 1000 });
    return original.apply(calls, items);
  };
  return () => {
    calls.push = original;
    env.h.fake.failNext('chat.postMessage', { times: 0 });
  };
}

function headerOf(lang: Lang = 'nl'): FakeMessage {
  // Asking to vote while open, the instrument and week alone once closed.
  const texts = (['card.header', 'card.instrument'] as const).map((key) => t(lang, key, { moment: t(lang, 'moment.short.week1') }));
  const found = env.h.fake.messagesIn(CHANNEL).filter((m) => !m.thread_ts && texts.includes(m.text ?? ''));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function voteLabels(blocks: unknown): string[] {
  const list = (blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id?: string; text?: { text: string } }> }>;
  return list.flatMap((b) => b.elements ?? []).filter((e) => /^vote_[123]$/.test(e.action_id ?? '')).map((e) => e.text?.text ?? '');
}

beforeAll(async () => {
  workspaceId = await ensureWorkspace(env.h.testDb.db, 'slack', FAKE_TEAM.id);
});

describe('Slack score cards', () => {
  let roundId = '';
  let noteMeta = '';

  it('finding 1: cards not posted (bot not in the channel) are posted by running `scores` again', async () => {
    const before = env.h.fake.messagesIn(CHANNEL).length;
    const invited = failPostsAfter(4, 'not_in_channel'); // the header and three cards get through
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    invited();
    const told = String(lastEphemeral(COORDINATOR)?.body.text);
    expect(told).toBe(t('nl', 'round.postFailed.notInChannel', { bot: `<@${BOT}>`, command: 'scores' }));
    expect(cardsIn(env.h, before).cards.size).toBe(3);

    const seen = env.h.fake.ephemeralsTo(COORDINATOR).length;
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    expect(env.h.fake.ephemeralsTo(COORDINATOR)).toHaveLength(seen); // no "use the cards already there"
    const round = cardsIn(env.h, before);
    roundId = round.roundId;
    expect(round.cards.size).toBe(10);
    const posted = env.h.fake.messagesIn(CHANNEL).slice(before);
    const header = headerOf();
    expect(posted.filter((m) => !m.thread_ts)).toEqual([header]);
    expect(posted.filter((m) => m.thread_ts === header.ts)).toHaveLength(10); // each card once, all in the header's thread

    // Now that every card is there, `scores` points at them and posts nothing.
    await env.h.command(COORDINATOR, 'scores');
    await env.h.settle();
    expect(lastEphemeral(COORDINATOR)?.body.text).toBe(tError('nl', 'round_exists', { moment: 'week1' }));
    expect(env.h.fake.messagesIn(CHANNEL).slice(before)).toHaveLength(11);
  });

  it('finding 4: the vote buttons read exactly `1 niet of nauwelijks` / `2 enigszins` / `3 redelijk of helemaal`', async () => {
    expect(SCORES.map((s) => `${s} ${SCALE[s].nl}`)).toEqual(SPEC_BUTTONS);
    const card = cardsIn(env.h).cards.get('P1');
    expect(voteLabels(card?.blocks)).toEqual(SPEC_BUTTONS);
    const english = (await getRound(depsOf(), { workspaceId, userId: COORDINATOR }, roundId)).cards[0]!;
    expect(voteLabels(renderCard({ ...english, lang: 'en' }).blocks)).toEqual(SCORES.map((s) => `${s} ${SCALE[s].en}`));
  });

  it('finding 5: the note modal names the onderdeel it is for', async () => {
    await env.h.click(MEMBER, 'card_note', `${roundId}|P2`, { ts: cardsIn(env.h).cards.get('P2')?.ts });
    await env.h.settle();
    noteMeta = lastView(env.h, MEMBER).meta;
    const view = env.h.fake.lastView(MEMBER)?.view as {
      title: { text: string };
      blocks: Array<{ type: string; label?: { text: string }; hint?: { text: string }; element?: { placeholder?: { text: string } } }>;
    };
    const field = view.blocks.find((b) => b.type === 'input');
    expect(field?.label?.text).toBe(onderdeelTitle('nl', 'P2'));
    // As on the Teams card: the practice question in the field, the privacy hint under it.
    expect(field?.element?.placeholder?.text).toBe(practiceQuestion('bestaand', 'week1', 'nl'));
    expect(field?.hint?.text).toBe(t('nl', 'card.notePrivacy'));
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it('finding 6: the note confirmation lands in the cards\' thread', async () => {
    const res = await env.h.submit(MEMBER, 'card_note', { note: { v: input.text('Wekelijks overleg met de mentoren') } }, noteMeta);
    expect(res.text).toBe('');
    await env.h.settle();
    const saved = lastEphemeral(MEMBER);
    expect(saved?.body.text).toBe(t('nl', 'card.noteSaved'));
    expect(saved?.body.thread_ts).toBe(headerOf().ts);
  });

  it('finding 6: a note sent after closing, and `sluit` with no open round, get texts of their own', async () => {
    await voteAll(env.h, roundId, cardsIn(env.h).cards, voteOf);
    await env.h.command(COORDINATOR, 'sluit');
    await env.h.settle();
    const late = await env.h.submit(MEMBER, 'card_note', { note: { v: input.text('Nog een gedachte') } }, noteMeta);
    expect(late.json).toMatchObject({ response_action: 'errors', errors: { note: t('nl', 'card.noteTooLate') } });
    await env.h.command(COORDINATOR, 'sluit');
    await env.h.settle();
    // Week 1 is closed, nothing agreed yet: what comes next is agreeing its scores, so not `scores`, which would only say week 1 is closed.
    const noneOpen = lastEphemeral(COORDINATOR)?.body.text ?? '';
    expect(noneOpen).toMatch(/^Er is geen open stemronde om te sluiten\. Bij week 1 is nog geen enkele score afgesproken: leg ze eerst vast/);
    expect(noneOpen).not.toContain('/leerlijn scores');
  });

  it('a closed round\'s header no longer says it is open and loses its close button; an old close button closes only its own round', async () => {
    const header = headerOf();
    const texts = JSON.stringify(header.blocks);
    // That it closed is said once, in the message posted under it (app/views.ts roundHeadSays).
    expect(texts).not.toContain(t('nl', 'round.opened', { moment: t('nl', 'moment.week1') }));
    expect(texts).not.toContain(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
    expect(texts).not.toContain(t('nl', 'guide.button.coordinator.close_round'));
    // A client still showing the header as it was (or a header posted before this change): its
    // button names week 1, and week 17 is open now.
    const coordinator = { workspaceId, userId: COORDINATOR };
    await agreeAllProposed(depsOf(), coordinator, roundId);
    const week17 = await openRound(depsOf(), coordinator, (await getRound(depsOf(), coordinator, roundId)).leerlijnId, 'week17', { early: true });
    await env.h.click(COORDINATOR, 'round_close', roundId, { ts: header.ts });
    await env.h.settle();
    expect(lastEphemeral(COORDINATOR)?.body.text).toBe(t('nl', 'round.alreadyClosed'));
    expect((await getRound(depsOf(), coordinator, week17.roundId)).status).toBe('open');
    // Its own button closes week 17, for the coordinator only.
    await env.h.click(MEMBER, 'round_close', week17.roundId);
    await env.h.settle();
    expect(lastEphemeral(MEMBER)?.body.text).toContain(tError('nl', 'not_coordinator'));
    // Slack will not take the message that tells the team: the close stands, and the coordinator hears no error.
    env.h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await env.h.click(COORDINATOR, 'round_close', week17.roundId);
    await env.h.settle();
    expect((await getRound(depsOf(), coordinator, week17.roundId)).status).toBe('closed');
    expect(JSON.stringify(lastEphemeral(COORDINATOR)?.body)).not.toContain(tError('nl', 'internal'));
  });

  it('finding 6: a refused agree click is answered in the cards\' thread', async () => {
    await env.h.click(MEMBER, 'agree', `${roundId}|P1|2`, { ts: cardsIn(env.h).cards.get('P1')?.ts });
    await env.h.settle();
    const refused = lastEphemeral(MEMBER);
    // On the team: told who the coordinator is.
    expect(refused?.body.text).toBe(tError('nl', 'not_coordinator', { coordinators: 'Lid 1' }));
    expect(refused?.body.thread_ts).toBe(headerOf().ts);
  });

  it('finding 2: changing an agreed score after all ten updates the filled instrument too', async () => {
    await env.h.click(COORDINATOR, 'agree_all', roundId);
    await env.h.settle();
    const actor = { workspaceId, userId: COORDINATOR };
    const before = await getRound(depsOf(), actor, roundId);
    const totalText = (r: typeof before): string => t('nl', 'result.total', { total: r.result!.total, fase: t('nl', `fase.${r.result!.fase}`) });
    const instrumentTitle = t('nl', 'result.instrument');
    const instrument = (): FakeMessage[] => env.h.fake.messagesIn(CHANNEL).filter((m) => m.text?.startsWith(instrumentTitle));
    expect(instrument()).toHaveLength(1);
    expect(JSON.stringify(instrument()[0]?.blocks)).toContain(totalText(before));

    const p1 = before.cards.find((c) => c.onderdeel === 'P1')!.closed!.agreed!;
    await env.h.click(COORDINATOR, 'agree_select', `${roundId}|P1|${p1 === 3 ? 1 : 3}`, { selected: true });
    await env.h.settle();
    const after = await getRound(depsOf(), actor, roundId);
    expect(after.result!.total).not.toBe(before.result!.total);
    expect(instrument()).toHaveLength(1); // updated in place, not posted again
    const shown = JSON.stringify(instrument()[0]?.blocks);
    expect(shown).toContain(totalText(after));
    expect(shown).not.toContain(totalText(before));
    const resultPrefix = t('nl', 'result.total').split('{')[0]!;
    const result = env.h.fake.messagesIn(CHANNEL).filter((m) => m.text?.startsWith(resultPrefix));
    expect(result.map((m) => m.text)).toEqual([totalText(after)]);
  });

  it('kept every payload inside Block Kit limits', () => {
    expect(allViolations(env.h.fake)).toEqual([]);
  });
});

describe('finding 3: agree buttons of an English leerlijn answer in English', () => {
  const EN_CHANNEL = 'C0ENGLISH';
  let enRound = '';

  beforeAll(async () => {
    const actor = { workspaceId, userId: COORDINATOR };
    const started = await startLeerlijn(depsOf(), actor, {
      channelId: EN_CHANNEL, kind: 'bestaand', schoolName: 'Harbour College', youthOrgName: 'City Youth Work', startDate: '2026-02-02', startTime: '15:30',
      lang: 'en', randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [COORDINATOR],
      members: USERS.map((userId, i) => ({ userId, displayName: `Member ${i}`, side: i % 2 === 0 ? 'school' : 'jongerenwerk', level: i < 2 ? 'manager' : 'uitvoerder' })),
    });
    enRound = (await openRound(depsOf(), actor, started.leerlijn.id, 'week1')).roundId;
  });

  it('refuses agreeing while the round is open, and a non-coordinator after closing, in English', async () => {
    await env.h.click(COORDINATOR, 'agree', `${enRound}|P1|2`, { channel: EN_CHANNEL });
    await env.h.settle();
    expect(lastEphemeral(COORDINATOR)?.body.text).toBe(tError('en', 'round_still_open'));
    await closeRound(depsOf(), { workspaceId, userId: COORDINATOR }, enRound);
    await env.h.click(MEMBER, 'agree', `${enRound}|P1|2`, { channel: EN_CHANNEL });
    await env.h.settle();
    expect(lastEphemeral(MEMBER)?.body.text).toBe(tError('en', 'not_coordinator', { coordinators: 'Member 0' }));
    await env.h.click(MEMBER, 'agree_all', enRound, { channel: EN_CHANNEL });
    await env.h.settle();
    expect(lastEphemeral(MEMBER)?.body.text).toBe(tError('en', 'not_coordinator', { coordinators: 'Member 0' }));
  });
});
