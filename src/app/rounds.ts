// Score rounds: open, vote, note, close, agree. The bot proposes; the coordinator decides.
import { z } from 'zod';
import { ONDERDEEL_CODES, type Score } from '../domain/instrument.js';
import { beforeMeetingWeek } from '../domain/progress.js';
import { missingAgreed, proposalsLeft, tallyVotes } from '../domain/tally.js';
import { localParts } from '../domain/timeline.js';
import { formatDate } from '../i18n/format.js';
import type { Queryable } from '../store/db.js';
import { audit } from '../store/audit.js';
import { leerlijnById, meetingsOf, type LeerlijnRow } from '../store/leerlijnen.js';
import { agreedOf, closeRoundRow, holdRoundOpen, insertNote, insertRound, roundsOf, upsertAgreed, votesOf, type AgreedRow, type RoundRow } from '../store/rounds.js';
import { writeVote } from '../store/vote-writer.js';
import { buildRoundView, cardView, requireRound } from './round-views.js';
import { auditRefusal, coordinatorsToAsk, notActive, requireActive, requireCoordinator, requireLeerlijn, requireTeamMember, type Actor, type Deps, inTransaction } from './context.js';
import { AppError } from './errors.js';
import { parseInput, Uuid } from './validate.js';
import { proposalToTake, type RoundView, type ScoreCardView, type VoteReceipt } from './views.js';

const onderdeelSchema = z.enum(ONDERDEEL_CODES, 'onderdeel');
const scoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], 'score');

/** The round, when the actor coordinates its leerlijn and it still runs; the first step of closing and agreeing. */
async function requireRoundAsCoordinator(db: Queryable, actor: Actor, roundId: string): Promise<{ round: RoundRow; leerlijn: LeerlijnRow }> {
  const found = await requireRound(db, actor, roundId);
  await requireCoordinator(db, found.leerlijn, actor.userId);
  requireActive(found.leerlijn);
  return found;
}

/** Agreed scores come after the discussion, so only once the round is closed. */
async function requireClosedRoundAsCoordinator(db: Queryable, actor: Actor, roundId: string): Promise<{ round: RoundRow; leerlijn: LeerlijnRow }> {
  const found = await requireRoundAsCoordinator(db, actor, roundId);
  if (found.round.status === 'open') throw new AppError('round_still_open');
  return found;
}

/** Week 1's agreed scores: none while its round is not closed. */
async function week1Agreed(db: Queryable, rounds: readonly RoundRow[]): Promise<AgreedRow[]> {
  const week1 = rounds.find((r) => r.moment === 'week1');
  return week1?.status === 'closed' ? agreedOf(db, week1.id) : [];
}

/** How many of week 1's ten scores are not agreed yet: all ten while its round is not closed. */
const missingOf = (agreed: readonly AgreedRow[]): number => missingAgreed(Object.fromEntries(agreed.map((a) => [a.onderdeel, a.score]))).length;

/**
 * The eindevaluatie compares week 17 with week 1 (domain: "Eindevaluatie: comparison"), and
 * there is one week-17 round per leerlijn: opened early it is used up before there is anything
 * to compare with. So it opens only once week 1 is closed with all ten scores agreed.
 */
async function requireWeek1Agreed(db: Queryable, leerlijn: LeerlijnRow): Promise<void> {
  const missing = missingOf(await week1Agreed(db, await roundsOf(db, leerlijn.id)));
  if (missing > 0) throw new AppError('week1_incomplete', { missing }, { lang: leerlijn.lang });
}

/** The planned eindevaluatie still to come: its date as the leerlijn writes dates, and whether its week has begun. */
async function comingEindevaluatie(deps: Deps, db: Queryable, leerlijn: LeerlijnRow): Promise<{ date: string; inItsWeek: boolean } | null> {
  const meeting = (await meetingsOf(db, leerlijn.id)).find((m) => m.kind === 'eindevaluatie' && m.status !== 'cancelled');
  if (!meeting || meeting.startsAt.getTime() <= deps.now().getTime()) return null;
  const date = formatDate(leerlijn.lang, localParts(meeting.startsAt, leerlijn.timezone).date);
  return { date, inItsWeek: !beforeMeetingWeek(meeting.startsAt, deps.now()) };
}

/**
 * The week-17 round belongs to the eindevaluatie, where the team scores again; the whole team sees
 * it open. Before that meeting's week it opens only when the coordinator confirms (`early`), so a
 * slip months ahead does not use up the one round.
 */
async function requireWeek17InTime(deps: Deps, db: Queryable, leerlijn: LeerlijnRow): Promise<void> {
  const meeting = await comingEindevaluatie(deps, db, leerlijn);
  if (meeting && !meeting.inItsWeek) throw new AppError('round_early', { date: meeting.date }, { lang: leerlijn.lang });
}

/**
 * With no round open, what opens the next one, by openRound's own rules: `scores` opens week 1 until it
 * exists; `scores eind` opens week 17 once week 1 is agreed and the eindevaluatie's week has come (or it
 * is not planned); until then week 17 waits, on its meeting's date when that is still to come. With week 1 closed
 * but `missing` of its scores not agreed, what holds week 17 back is agreeing them (requireWeek1Agreed).
 */
export type NextRound =
  | { opens: 'week1' | 'week17' }
  /** `proposals`: some of the missing can be taken over at once ("Alle voorstellen overnemen"); else each is chosen. */
  | { waits: 'week1Agreed'; missing: number; proposals: boolean }
  | { waits: 'week17'; date: string }
  | { done: true };

export async function nextRound(deps: Deps, actor: Actor, leerlijnId: string): Promise<NextRound> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  const rounds = await roundsOf(deps.db, leerlijnId);
  const week1 = rounds.find((r) => r.moment === 'week1');
  if (!week1) return { opens: 'week1' };
  if (rounds.some((r) => r.moment === 'week17')) return { done: true };
  const [agreed, meeting] = await Promise.all([week1Agreed(deps.db, rounds), comingEindevaluatie(deps, deps.db, leerlijn)]);
  const missing = missingOf(agreed);
  if (missing > 0) {
    // A proposal is left where someone voted on an onderdeel not agreed yet (tallyVotes: any vote makes one).
    const voted = (await votesOf(deps.db, week1.id)).map((v) => v.onderdeel);
    return { waits: 'week1Agreed', missing, proposals: proposalsLeft(voted, agreed.map((a) => a.onderdeel)) > 0 };
  }
  if (!meeting || meeting.inItsWeek) return { opens: 'week17' };
  return { waits: 'week17', date: meeting.date };
}

/** `early`: the coordinator confirmed opening week 17 before its meeting's week. */
export async function openRound(deps: Deps, actor: Actor, leerlijnId: string, moment: 'week1' | 'week17', opts: { early?: boolean } = {}): Promise<RoundView> {
  return inTransaction(deps, actor, 'openRound', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    if (moment === 'week17') await requireWeek1Agreed(tx, leerlijn);
    const round = await insertRound(tx, leerlijnId, moment, actor.userId);
    if (!round) throw new AppError('round_exists', { moment });
    // After the insert, so a round already open is reposted, not questioned; a refusal rolls it back.
    if (moment === 'week17' && !opts.early) await requireWeek17InTime(deps, tx, leerlijn);
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'round.open', detail: { moment } });
    return buildRoundView(tx, leerlijn, round);
  });
}

export const VoteInput = z.object({
  roundId: z.string().min(1),
  onderdeel: onderdeelSchema,
  score: z.coerce.number().pipe(scoreSchema),
  /** When the member clicked, from the platform; defaults to now. */
  clickedAt: z.coerce.date().optional(),
});
export type VoteInput = z.input<typeof VoteInput>;

/**
 * Team members only; refused (nothing stored) once the round has closed or its leerlijn was
 * stopped. One round trip; the card's count comes with it only when `counted` asks (Teams
 * answers the voter with the card), as counting costs Postgres a scan.
 */
export async function castVote(deps: Deps, actor: Actor, raw: unknown, opts: { counted?: boolean } = {}): Promise<VoteReceipt> {
  const input = parseInput(VoteInput, raw);
  if (!Uuid.safeParse(input.roundId).success) throw new AppError('leerlijn_gone');
  const w = await writeVote(deps.db, {
    roundId: input.roundId,
    workspaceId: actor.workspaceId,
    onderdeel: input.onderdeel,
    userId: actor.userId,
    score: input.score as Score,
    clickedAt: input.clickedAt ?? deps.now(),
    counted: opts.counted === true,
  });
  if (!w.round || !w.leerlijn) throw new AppError('leerlijn_gone');
  const lang = w.leerlijn.lang;
  // Read only for this refusal: whom to ask, by name, for someone on the team.
  if (w.outcome === 'round_not_open') throw new AppError('round_not_open', { onderdeel: input.onderdeel, ...(await coordinatorsToAsk(deps.db, w.leerlijn.id, actor.userId)) }, { lang });
  // Read only for this refusal, so a stored vote costs no extra query.
  // Gone by then (deleted after it stopped), its round went with it: never answered as a vote taken.
  if (w.outcome === 'leerlijn_not_active') throw notActiveOrGone(await leerlijnById(deps.db, w.leerlijn.id));
  if (w.outcome === 'not_member') {
    const refusal = new AppError('not_member', {}, { lang, refusedOn: w.leerlijn.id });
    await auditRefusal(deps, actor, 'vote', refusal);
    throw refusal;
  }
  const card = { roundId: w.round.id, leerlijnId: w.leerlijn.id, moment: w.round.moment, kind: w.leerlijn.kind, lang, onderdeel: input.onderdeel };
  return { score: input.score as Score, card, counts: w.counts };
}

const notActiveOrGone = (stopped: LeerlijnRow | null): AppError => (stopped ? notActive(stopped) : new AppError('leerlijn_gone'));

export const NoteInput = z.object({
  roundId: z.string().min(1),
  onderdeel: onderdeelSchema,
  body: z.string().trim().min(1, 'required').max(500, 'too_long'),
});
export type NoteInput = z.input<typeof NoteInput>;
const NoteTarget = NoteInput.pick({ roundId: true, onderdeel: true });
const NoteBody = NoteInput.pick({ body: true });

/** Someone not on the team is refused before their note is read: its problems are not theirs to fix. */
export async function addNote(deps: Deps, actor: Actor, raw: unknown): Promise<ScoreCardView> {
  const { roundId, onderdeel } = parseInput(NoteTarget, raw);
  return inTransaction(deps, actor, 'addNote', async (tx) => {
    const { round, leerlijn } = await requireRound(tx, actor, roundId);
    await requireTeamMember(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    const { body } = parseInput(NoteBody, raw);
    if (!(await holdRoundOpen(tx, round.id))) throw new AppError('round_not_open', { onderdeel }, { lang: leerlijn.lang });
    await insertNote(tx, round.id, onderdeel, actor.userId, body);
    return cardView(tx, leerlijn, round, onderdeel);
  });
}

/** Coordinator-only. Shows the distribution, proposal and bespreekpunt per onderdeel. */
export async function closeRound(deps: Deps, actor: Actor, roundId: string): Promise<RoundView> {
  return inTransaction(deps, actor, 'closeRound', async (tx) => {
    const { round, leerlijn } = await requireRoundAsCoordinator(tx, actor, roundId);
    if (!(await closeRoundRow(tx, round.id, actor.userId))) throw new AppError('round_not_open', {});
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId: leerlijn.id, actor: actor.userId, action: 'round.close', detail: { moment: round.moment } });
    return buildRoundView(tx, leerlijn, { ...round, status: 'closed' });
  });
}

export const AgreeInput = z.object({
  roundId: z.string().min(1),
  onderdeel: onderdeelSchema,
  score: z.coerce.number().pipe(scoreSchema),
});
export type AgreeInput = z.input<typeof AgreeInput>;

/** Coordinator-only, after closing: the group's score, with the bot's proposal kept beside it. */
export async function setAgreedScore(deps: Deps, actor: Actor, raw: unknown): Promise<RoundView> {
  const input = parseInput(AgreeInput, raw);
  return inTransaction(deps, actor, 'setAgreedScore', async (tx) => {
    const { round, leerlijn } = await requireClosedRoundAsCoordinator(tx, actor, input.roundId);
    const votes = (await votesOf(tx, round.id)).filter((v) => v.onderdeel === input.onderdeel).map((v) => v.score);
    const proposed = tallyVotes(votes).proposed;
    await upsertAgreed(tx, { roundId: round.id, onderdeel: input.onderdeel, score: input.score as Score, proposed, setBy: actor.userId });
    await audit(tx, {
      workspaceId: actor.workspaceId,
      leerlijnId: leerlijn.id,
      actor: actor.userId,
      action: 'round.agree',
      detail: { moment: round.moment, onderdeel: input.onderdeel, score: input.score, proposed },
    });
    return buildRoundView(tx, leerlijn, round);
  });
}

/** Coordinator-only: agree every onderdeel that has a proposal and no agreed score yet. */
export async function agreeAllProposed(deps: Deps, actor: Actor, roundId: string): Promise<RoundView> {
  return (await agreeAllTaking(deps, actor, roundId)).round;
}

/** agreeAllProposed, with how many proposals it took over: none from an older message once all was agreed (flows/score-cards.ts). */
export async function agreeAllTaking(deps: Deps, actor: Actor, roundId: string): Promise<{ round: RoundView; taken: number }> {
  return inTransaction(deps, actor, 'agreeAllProposed', async (tx) => {
    const { round, leerlijn } = await requireClosedRoundAsCoordinator(tx, actor, roundId);
    const view = await buildRoundView(tx, leerlijn, round);
    let taken = 0;
    for (const card of view.cards) {
      const proposed = proposalToTake(card);
      if (proposed !== null) {
        await upsertAgreed(tx, { roundId, onderdeel: card.onderdeel, score: proposed, proposed, setBy: actor.userId });
        taken += 1;
      }
    }
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId: leerlijn.id, actor: actor.userId, action: 'round.agree_all' });
    return { round: await buildRoundView(tx, leerlijn, round), taken };
  });
}
