// Score rounds as their readers see them: a round, a card, one's own vote, and the bot's own
// redraws. Only reads; opening, voting, closing and agreeing are in rounds.ts.
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../domain/instrument.js';
import { missingAgreed, resultOf, tallyVotes, type AgreedScores } from '../domain/tally.js';
import type { Queryable } from '../store/db.js';
import { leerlijnById, voterCount, type LeerlijnRow } from '../store/leerlijnen.js';
import { agreedOf, cardCounts, notesOf, roundById, roundsOf, userVote, voteCounts, votesOf, type RoundMoment, type RoundRow } from '../store/rounds.js';
import { requireActive, requireLeerlijn, requireReaderAudited, type Actor, type Deps } from './context.js';
import { AppError } from './errors.js';
import { Uuid } from './validate.js';
import type { RoundView, ScoreCardView, VoteReceipt } from './views.js';

/**
 * The round and its leerlijn, in the actor's workspace. A round goes only with its leerlijn (`verwijder`, its retention term),
 * so one not found is said to be that: gone, not "ask for a new round" of a leerlijn no longer there.
 */
export async function requireRound(db: Queryable, actor: Actor, roundId: string): Promise<{ round: RoundRow; leerlijn: LeerlijnRow }> {
  const round = Uuid.safeParse(roundId).success ? await roundById(db, roundId) : null;
  if (!round) throw new AppError('leerlijn_gone');
  const leerlijn = await leerlijnById(db, round.leerlijnId);
  if (!leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw new AppError('leerlijn_gone');
  return { round, leerlijn };
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
  // Read to note a score (Slack's note form): refused in the words of the vote beside it, as Teams' note sent on the card is.
  await requireReaderAudited(deps, actor, leerlijn, 'card', false, 'not_member');
  // Refused before its form opens (a card still on screen after the close or the stop), not once the note was typed.
  requireActive(leerlijn);
  if (round.status !== 'open') throw new AppError('note_closed', {}, { lang: leerlijn.lang });
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
export async function roundsForRedraw(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string): Promise<RoundView[]> {
  const leerlijn = await leerlijnById(deps.db, leerlijnId);
  if (!leerlijn || leerlijn.workspaceId !== workspaceId) return [];
  const views: RoundView[] = [];
  for (const round of await roundsOf(deps.db, leerlijn.id)) views.push(await buildRoundView(deps.db, leerlijn, round));
  return views;
}

export async function cardView(db: Queryable, leerlijn: LeerlijnRow, round: RoundRow, onderdeel: OnderdeelCode): Promise<ScoreCardView> {
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
    ...(closed ? { turnout: { voters: new Set(votes.map((v) => v.userId)).size, members: memberCount } } : {}),
  };
}

/** The acting member's own vote on one card while the round is open; nobody else's, ever. */
export async function getOwnVote(deps: Deps, actor: Actor, roundId: string, onderdeel: OnderdeelCode): Promise<Score | null> {
  const { round } = await requireRound(deps.db, actor, roundId);
  return round.status === 'open' ? userVote(deps.db, round.id, onderdeel, actor.userId) : null;
}

/** The leerlijn's open round (of `moment`, when given), for someone on its team; null when none is open. */
export function openRoundOf(deps: Deps, actor: Actor, leerlijnId: string, moment?: RoundMoment): Promise<RoundView | null> {
  return roundOf(deps, actor, leerlijnId, 'open', moment);
}

/** The leerlijn's closed round of `moment`, for someone on its team; null when it has none. */
export function closedRoundOf(deps: Deps, actor: Actor, leerlijnId: string, moment: RoundMoment): Promise<RoundView | null> {
  return roundOf(deps, actor, leerlijnId, 'closed', moment);
}

async function roundOf(deps: Deps, actor: Actor, leerlijnId: string, status: 'open' | 'closed', moment?: RoundMoment): Promise<RoundView | null> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'round');
  const row = (await roundsOf(deps.db, leerlijn.id)).find((r) => r.status === status && (moment === undefined || r.moment === moment));
  return row ? buildRoundView(deps.db, leerlijn, row) : null;
}
