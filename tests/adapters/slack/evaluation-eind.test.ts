// `/leerlijn evaluatie eind` and saving an Evaluatielijst item, as the team meets them in
// Slack: when the week-17 round may open, who sees the list, and a channel post that fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Deps } from '../../../src/app/context.js';
import { agreeAllProposed, castVote, closeRound, openRound } from '../../../src/app/rounds.js';
import { t, tError, tField } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM, input } from '../../fakes/slack-signing.js';
import { BOT, CHANNEL, COORDINATOR, NOW, startHarness, USERS, type Harness } from './harness.js';
import { cardsIn, CODES, lastView, startLeerlijnInSlack, voteAll, voteOf } from './flow.js';

const INVULLER = USERS[2]!;
const MEMBER = USERS[3]!;
const OWNER = USERS[1]!;
const MENU_HEADING = t('nl', 'evaluation.heading', { moment: t('nl', 'evaluation.moment.eind') });
const dmOf = (user: string): string => `D${user.slice(1)}`;
/** What a user was shown only to them, newest last. */
const ephemeralTexts = (h: Harness, user: string): string[] => h.fake.ephemeralsTo(user).map((e) => String(e.body.text));

function depsOf(h: Harness): Deps {
  return { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' };
}

async function ids(h: Harness): Promise<{ coordinator: Actor; leerlijnId: string }> {
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  const row = await activeLeerlijnIn(h.testDb.db, workspaceId, CHANNEL);
  if (!row) throw new Error('no leerlijn in the channel');
  return { coordinator: { workspaceId, userId: COORDINATOR }, leerlijnId: row.id };
}

/** Week 1 voted, closed and agreed through the use cases (the Slack path is in the first test). */
async function finishWeek1(h: Harness): Promise<void> {
  const deps = depsOf(h);
  const { coordinator, leerlijnId } = await ids(h);
  const round = await openRound(deps, coordinator, leerlijnId, 'week1');
  for (const [i, user] of USERS.entries()) {
    for (const [j, code] of CODES.entries()) await castVote(deps, { workspaceId: coordinator.workspaceId, userId: user }, { roundId: round.roundId, onderdeel: code, score: voteOf(i, j) });
  }
  await closeRound(deps, coordinator, round.roundId);
  await agreeAllProposed(deps, coordinator, round.roundId);
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await startLeerlijnInSlack(h, 'De Brug');
});
afterEach(async () => {
  await h?.close();
});

describe('Slack: `evaluatie eind`', () => {
  it('does not use up the week-17 round before week 1 is agreed: it says why, without the list', async () => {
    const before = h.fake.messagesIn(CHANNEL).length;
    const refusal = tError('nl', 'week1_incomplete', { missing: 10 });
    await h.command(COORDINATOR, 'evaluatie eind');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before); // no round header, no cards
    expect(ephemeralTexts(h, COORDINATOR).at(-1)).toBe(refusal);
    expect(ephemeralTexts(h, COORDINATOR)).not.toContain(MENU_HEADING);

    await h.command(COORDINATOR, 'scores week17');
    await h.settle();
    expect(ephemeralTexts(h, COORDINATOR).at(-1)).toBe(refusal);

    // Week 1 in Slack: open, everyone votes, close, agree; then `evaluatie eind` opens week 17.
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const week1 = cardsIn(h, before);
    await voteAll(h, week1.roundId, week1.cards, voteOf);
    await h.command(COORDINATOR, 'sluit');
    await h.settle();
    await h.click(COORDINATOR, 'agree_all', week1.roundId);
    await h.settle();
    const beforeWeek17 = h.fake.messagesIn(CHANNEL).length;
    // Months before the eindevaluatie (25 May): the list, and the round only when confirmed.
    await h.command(COORDINATOR, 'evaluatie eind');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(beforeWeek17);
    expect(ephemeralTexts(h, COORDINATOR).slice(-2)).toEqual([MENU_HEADING, tError('nl', 'round_early', { date: 'maandag 25 mei 2026' })]);
    await h.command(COORDINATOR, 'scores eind nu');
    await h.settle();
    const week17 = cardsIn(h, beforeWeek17);
    expect(week17.cards.size).toBe(10);
    expect(week17.roundId).not.toBe(week1.roundId);
  });

  it('shows the list to the eindevaluatie invuller without opening the round, and tells other members who fills it in', async () => {
    await h.click(COORDINATOR, 'meeting_roles', (await ids(h)).leerlijnId);
    await h.settle();
    const roles = lastView(h, COORDINATOR);
    const ok = await h.submit(COORDINATOR, 'meeting_roles', { invuller_eindevaluatie: { v: { type: 'users_select', selected_user: INVULLER } } }, roles.meta);
    expect(ok.text).toBe('');
    await finishWeek1(h); // so only the role, not week 1, can keep the round closed
    await h.settle();
    const before = h.fake.messagesIn(CHANNEL).length;

    await h.command(INVULLER, 'evaluatie eind');
    await h.settle();
    expect(ephemeralTexts(h, INVULLER)).toEqual([MENU_HEADING]);
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before);

    await h.command(MEMBER, 'evaluatie eind');
    await h.settle();
    expect(ephemeralTexts(h, MEMBER)).toEqual([tError('nl', 'not_invuller', { kind: 'eindevaluatie' })]);
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before);

    // The round is still there for the coordinator to open (confirmed, months before its meeting).
    await h.command(COORDINATOR, 'scores eind nu');
    await h.settle();
    expect(cardsIn(h, before).cards.size).toBe(10);
  });

  it('when the week-17 cards cannot be posted, says to run `scores eind`, which then posts them (no confirming again)', async () => {
    await finishWeek1(h);
    const before = h.fake.messagesIn(CHANNEL).length;
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await h.command(COORDINATOR, 'scores eind nu');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before);
    expect(ephemeralTexts(h, COORDINATOR).join('\n')).toContain(t('nl', 'round.postFailed.notInChannel', { bot: `<@${BOT}>`, command: 'scores eind' }));
    await h.command(COORDINATOR, 'scores eind');
    await h.settle();
    expect(cardsIn(h, before).cards.size).toBe(10);
  });

  it('when the channel refuses the saved item, still DMs the owners and tells the submitter to invite the bot', async () => {
    const { leerlijnId } = await ids(h);
    await h.click(COORDINATOR, 'eval_open', `${leerlijnId}|eind|P1`);
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const before = h.fake.messagesIn(CHANNEL).length;
    // Slack refuses both the channel post and the ephemeral when the bot is not in the channel.
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    h.fake.failNext('chat.postEphemeral', { error: 'not_in_channel' });
    const res = await h.submit(COORDINATOR, 'evaluation', {
      bereikt: { v: input.radio('2') },
      'newActions.0.description': { v: input.text('Spreekuur jongerenwerk plannen') },
      'newActions.0.ownerUserId': { v: { type: 'users_select', selected_user: OWNER } },
      'newActions.0.dueDate': { v: input.date('2026-03-01') },
    }, view.meta);
    expect(res.text).toBe('');
    await h.settle();
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(before);
    expect(JSON.stringify(h.fake.messagesIn(dmOf(OWNER)))).toContain('Spreekuur jongerenwerk plannen');
    expect(h.fake.messagesIn(dmOf(COORDINATOR)).map((m) => m.text)).toContain(t('nl', 'slack.savedNotPosted.notInChannel'));
  });

  it('still saves an item modal opened before its inputs were named by field (eval_item, a0_desc…), problems at its own inputs', async () => {
    const { leerlijnId } = await ids(h);
    // What the old modal carried: its leerlijn, moment and onderdeel, the channel and language.
    const meta = JSON.stringify({ leerlijnId, moment: 'eind', onderdeel: 'P2', channelId: CHANNEL, lang: 'nl' });
    const row = (description: string, due: string) => ({
      a0_desc: { v: input.text(description) }, a0_owner: { v: { type: 'users_select' as const, selected_user: OWNER } }, a0_due: { v: input.date(due) },
    });
    const bad = await h.submit(COORDINATOR, 'eval_item', { bereikt: { v: input.radio('3') }, ...row('Huisbezoeken samen doen', '2025-01-10') }, meta);
    expect(bad.json).toEqual({ response_action: 'errors', errors: { a0_due: tField('nl', { message: 'date_past' }) } });
    const ok = await h.submit(COORDINATOR, 'eval_item', { bereikt: { v: input.radio('3') }, toelichting: { v: input.text('Loopt goed') }, ...row('Huisbezoeken samen doen', '2026-03-01') }, meta);
    expect(ok.text).toBe('');
    await h.settle();
    const saved = await h.testDb.db.query<{ bereikt: number; toelichting: string }>(`select bereikt, toelichting from evaluation_entries where onderdeel = 'P2' and moment = 'eind'`);
    expect(saved.rows).toEqual([{ bereikt: 3, toelichting: 'Loopt goed' }]);
    expect(JSON.stringify(h.fake.messagesIn(dmOf(OWNER)))).toContain('Huisbezoeken samen doen');
  });
});
