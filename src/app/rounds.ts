// Score rounds: open, vote, note, close, agree. The bot proposes; the coordinator decides.
import { z } from 'zod';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../domain/instrument.js';
import { missingAgreed, resultOf, tallyVotes, type AgreedScores } from '../domain/tally.js';
import type { Queryable } from '../store/db.js';
import { audit } from '../store/audit.js';
import { leerlijnById, voterCount, type LeerlijnRow } from '../store/leerlijnen.js';
import { agreedOf, cardCounts, closeRoundRow, holdRoundOpen, insertNote, insertRound, notesOf, roundById, roundsOf, upsertAgreed, userVote, voteCounts, votesOf } from '../store/rounds.js';
import type { RoundMoment, RoundRow } from '../store/rounds.js';
import { writeVote } from '../store/vote-writer.js';
import { auditRefusal, requireActive, requireCoordinator, requireLeerlijn, requireReaderAudited, requireTeamMember, type Actor, type Deps, inTransaction } from './context.js';
import { AppError } from './errors.js';
import { parseInput, Uuid } from './validate.js';
import type { RoundView, ScoreCardView, VoteReceipt } from './views.js';

const onderdeelSchema = z.enum(ONDERDEEL_CODES, 'onderdeel');
const scoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], 'score');

async function requireRound(db: Queryable, actor: Actor, roundId: string): Promise<{ round: RoundRow; leerlijn: LeerlijnRow }> {
  const round = Uuid.safeParse(roundId).success ? await roundById(db, roundId) : null;
  if (!round) throw new AppError('round_missing');
  const leerlijn = await leerlijnById(db, round.leerlijnId);
  if (!leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw new AppError('round_missing');
  return { round, leerlijn };
}

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

/**
 * The eindevaluatie compares week 17 with week 1 (domain: "Eindevaluatie: comparison"), and
 * there is one week-17 round per leerlijn: opened early it is used up before there is anything
 * to compare with. So it opens only once week 1 is closed with all ten scores agreed.
 */
async function requireWeek1Agreed(db: Queryable, leerlijn: LeerlijnRow): Promise<void> {
  const week1 = (await roundsOf(db, leerlijn.id)).find((r) => r.moment === 'week1');
  const agreed = week1?.status === 'closed' ? await agreedOf(db, week1.id) : [];
  const missing = missingAgreed(Object.fromEntries(agreed.map((a) => [a.onderdeel, a.score]))).length;
  if (missing > 0) throw new AppError('week1_incomplete', { missing }, { lang: leerlijn.lang });
}

export async function openRound(deps: Deps, actor: Actor, leerlijnId: string, moment: 'week1' | 'week17'): Promise<RoundView> {
  return inTransaction(deps, actor, 'openRound', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    requireActive(leerlijn);
    await requireCoordinator(tx, leerlijn, actor.userId);
    if (moment === 'week17') await requireWeek1Agreed(tx, leerlijn);
    const round = await insertRound(tx, leerlijnId, moment, actor.userId);
    if (!round) throw new AppError('round_exists', { moment });
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
  if (!Uuid.safeParse(input.roundId).success) throw new AppError('round_missing');
  const w = await writeVote(deps.db, {
    roundId: input.roundId,
    workspaceId: actor.workspaceId,
    onderdeel: input.onderdeel,
    userId: actor.userId,
    score: input.score as Score,
    clickedAt: input.clickedAt ?? deps.now(),
    counted: opts.counted === true,
  });
  if (!w.round || !w.leerlijn) throw new AppError('round_missing');
  const lang = w.leerlijn.lang;
  if (w.outcome === 'round_not_open') throw new AppError('round_not_open', { onderdeel: input.onderdeel }, { lang });
  if (w.outcome === 'leerlijn_not_active') throw new AppError('leerlijn_not_active', {}, { lang });
  if (w.outcome === 'not_member') {
    const refusal = new AppError('not_member', {}, { lang, refusedOn: w.leerlijn.id });
    await auditRefusal(deps, actor, 'vote', refusal);
    throw refusal;
  }
  const card = { roundId: w.round.id, leerlijnId: w.leerlijn.id, moment: w.round.moment, kind: w.leerlijn.kind, lang, onderdeel: input.onderdeel };
  return { score: input.score as Score, card, counts: w.counts };
}

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
  return inTransaction(deps, actor, 'agreeAllProposed', async (tx) => {
    const { round, leerlijn } = await requireClosedRoundAsCoordinator(tx, actor, roundId);
    const view = await buildRoundView(tx, leerlijn, round);
    for (const card of view.cards) {
      const proposed = card.closed?.tally.proposed ?? null;
      if (card.closed?.agreed == null && proposed !== null) {
        await upsertAgreed(tx, { roundId, onderdeel: card.onderdeel, score: proposed, proposed, setBy: actor.userId });
      }
    }
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId: leerlijn.id, actor: actor.userId, action: 'round.agree_all' });
    return buildRoundView(tx, leerlijn, round);
  });
}

/** For someone on the round's team: a closed round shows its distribution and notes. */
export async function getRound(deps: Deps, actor: Actor, roundId: string): Promise<RoundView> {
  const { round, leerlijn } = await requireRound(deps.db, actor, roundId);
  await requireReaderAudited(deps, actor, leerlijn, 'round');
  return buildRoundView(deps.db, leerlijn, round);
}

/**
 * The card a vote just went to, with its live count, for the voter's own answer: the count the
 * vote came back with (castVote's `counted`), else read now. The vote already checked the round,
 * the workspace, the membership and that its leerlijn runs; this only counts.
 */
export async function votedCardView(deps: Deps, receipt: VoteReceipt): Promise<ScoreCardView> {
  const voted = receipt.card;
  const { votedCount, memberCount } = receipt.counts ?? (await cardCounts(deps.db, voted.roundId, voted.onderdeel, voted.leerlijnId));
  return { ...voted, status: 'open', stopped: false, votedCount, memberCount, closed: null };
}

/** One card as the whole team sees it now (its live count, or its result once closed), for someone on the team. */
export async function getCard(deps: Deps, actor: Actor, roundId: string, onderdeel: OnderdeelCode): Promise<ScoreCardView> {
  const { round, leerlijn } = await requireRound(deps.db, actor, roundId);
  await requireReaderAudited(deps, actor, leerlijn, 'card');
  return cardView(deps.db, leerlijn, round, onderdeel);
}

/**
 * The card as it now stands, for the bot's own redraw of a card it posted in the team's
 * channel (no person asks, so nobody's membership is checked; the workspace still is).
 */
export async function cardForRedraw(deps: Deps, workspaceId: string, roundId: string, onderdeel: OnderdeelCode): Promise<ScoreCardView> {
  const { round, leerlijn } = await requireRound(deps.db, { workspaceId, userId: '' }, roundId);
  return cardView(deps.db, leerlijn, round, onderdeel);
}

/** The round as it now stands, for the bot's own redraw of a message it posted (as cardForRedraw: the workspace is checked, nobody's membership). */
export async function roundForRedraw(deps: Deps, workspaceId: string, roundId: string): Promise<RoundView> {
  const { round, leerlijn } = await requireRound(deps.db, { workspaceId, userId: '' }, roundId);
  return buildRoundView(deps.db, leerlijn, round);
}

/** Every round of a leerlijn as it now stands, for the bot's own redraw of the cards it posted (as cardForRedraw: the workspace is checked, nobody's membership). */
export async function roundsForRedraw(deps: Deps, workspaceId: string, leerlijnId: string): Promise<RoundView[]> {
  const leerlijn = await leerlijnById(deps.db, leerlijnId);
  if (!leerlijn || leerlijn.workspaceId !== workspaceId) return [];
  const views: RoundView[] = [];
  for (const round of await roundsOf(deps.db, leerlijn.id)) views.push(await buildRoundView(deps.db, leerlijn, round));
  return views;
}

async function cardView(db: Queryable, leerlijn: LeerlijnRow, round: RoundRow, onderdeel: OnderdeelCode): Promise<ScoreCardView> {
  if (round.status === 'closed') {
    const view = await buildRoundView(db, leerlijn, round);
    return view.cards.find((c) => c.onderdeel === onderdeel)!;
  }
  const { votedCount, memberCount } = await cardCounts(db, round.id, onderdeel, leerlijn.id);
  return baseCard(leerlijn, round, onderdeel, votedCount, memberCount);
}

function baseCard(leerlijn: LeerlijnRow, round: RoundRow, onderdeel: OnderdeelCode, votedCount: number, memberCount: number): ScoreCardView {
  return {
    roundId: round.id,
    leerlijnId: leerlijn.id,
    moment: round.moment,
    kind: leerlijn.kind,
    lang: leerlijn.lang,
    onderdeel,
    status: round.status,
    stopped: leerlijn.status !== 'active',
    votedCount,
    memberCount,
    closed: null,
  };
}

export async function buildRoundView(db: Queryable, leerlijn: LeerlijnRow, round: RoundRow): Promise<RoundView> {
  const memberCount = await voterCount(db, leerlijn.id);
  const counts = await voteCounts(db, round.id);
  const closed = round.status === 'closed';
  const votes = closed ? await votesOf(db, round.id) : [];
  const notes = closed ? await notesOf(db, round.id) : [];
  const agreedRows = await agreedOf(db, round.id);
  const agreed: AgreedScores = Object.fromEntries(agreedRows.map((a) => [a.onderdeel, a.score]));
  const cards = ONDERDEEL_CODES.map((code) => {
    const card = baseCard(leerlijn, round, code, counts.get(code) ?? 0, memberCount);
    if (!closed) return card;
    const tally = tallyVotes(votes.filter((v) => v.onderdeel === code).map((v) => v.score));
    const agreedScore = agreed[code] ?? null;
    card.closed = {
      tally,
      agreed: agreedScore,
      agreedDiffers: agreedScore !== null && tally.proposed !== null && agreedScore !== tally.proposed,
      notes: notes.filter((n) => n.onderdeel === code).map((n) => n.body),
    };
    return card;
  });
  return {
    roundId: round.id,
    leerlijnId: leerlijn.id,
    channelId: leerlijn.channelId,
    moment: round.moment,
    status: round.status,
    stopped: leerlijn.status !== 'active',
    kind: leerlijn.kind,
    lang: leerlijn.lang,
    cards,
    result: resultOf(agreed),
    missing: missingAgreed(agreed),
  };
}

/** The acting member's own vote on one card while the round is open; nobody else's, ever. */
export async function getOwnVote(deps: Deps, actor: Actor, roundId: string, onderdeel: OnderdeelCode): Promise<Score | null> {
  const { round } = await requireRound(deps.db, actor, roundId);
  return round.status === 'open' ? userVote(deps.db, round.id, onderdeel, actor.userId) : null;
}

/** The leerlijn's open round (of `moment`, when given), for someone on its team; null when none is open. */
export async function openRoundOf(deps: Deps, actor: Actor, leerlijnId: string, moment?: RoundMoment): Promise<RoundView | null> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'round');
  const row = (await roundsOf(deps.db, leerlijn.id)).find((r) => r.status === 'open' && (moment === undefined || r.moment === moment));
  return row ? buildRoundView(deps.db, leerlijn, row) : null;
}
