// Looking at a leerlijn as a whole: where it stands, a person's own home, and the
// week-17 instrument compared with week 1.
import { compareInstruments, type FullScores } from '../domain/compare.js';
import { ONDERDEEL_CODES, type Lang } from '../domain/instrument.js';
import { missingAgreed, resultOf, type AgreedScores } from '../domain/tally.js';
import { actionsOf } from '../store/actions.js';
import { audit } from '../store/audit.js';
import type { Queryable } from '../store/db.js';
import { onEndedTeam, overviewLeerlijnenOf, pastTeamLangsOf } from '../store/overview-leerlijnen.js';
import { meetingsOf, membersOf, type LeerlijnRow } from '../store/leerlijnen.js';
import { roundsOf, votesOf, type RoundMoment, type RoundRow } from '../store/rounds.js';
import { localToday, myActions, requireOnTeam, toActionView } from './actions.js';
import { requireActiveIn, requireLeerlijn, type Actor, type Deps } from './context.js';
import type { EndedLeerlijnRow } from './ended.js';
import { AppError } from './errors.js';
import { leerlijnView, nextMeeting } from './present.js';
import type { ComparisonView, HomeView, StatusView } from './views.js';
import { isCoordinatorOf } from './leerlijn.js';
import { agreedScores, comparisonDone, comparisonKey } from './compared.js';
import { deletionMomentOfEnded } from './retention.js';
import { localParts } from '../domain/timeline.js';

function fullScores(agreed: AgreedScores, moment: RoundMoment): FullScores {
  const missing = missingAgreed(agreed);
  if (missing.length > 0) throw new AppError('comparison_incomplete', { moment, missing: missing.length });
  // Every code is present: missingAgreed just said so.
  return Object.fromEntries(ONDERDEEL_CODES.map((code) => [code, agreed[code]!])) as FullScores;
}

/** Needs all ten agreed scores in both rounds; otherwise says which round lacks how many. Reads only. */
export async function compareRounds(deps: Deps, actor: Actor, leerlijnId: string): Promise<ComparisonView> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireOnTeam(deps, actor, leerlijn, 'vergelijk');
  const rounds = await roundsOf(deps.db, leerlijnId);
  const week1 = rounds.find((r) => r.moment === 'week1');
  const week17 = rounds.find((r) => r.moment === 'week17');
  const before = fullScores(await agreedScores(deps.db, week1), 'week1');
  const after = fullScores(await agreedScores(deps.db, week17), 'week17');
  return {
    leerlijnId,
    channelId: leerlijn.channelId,
    lang: leerlijn.lang,
    comparison: compareInstruments(leerlijn.kind, before, after),
    // Both rounds exist: fullScores found their agreed scores.
    voters: await votersOf(deps.db, week1!, week17!),
  };
}

/** Counts only, never who: how many voted in each round and in both. */
async function votersOf(db: Queryable, week1: RoundRow, week17: RoundRow): Promise<{ week1: number; week17: number; both: number }> {
  const before = new Set((await votesOf(db, week1.id)).map((v) => v.userId));
  const after = new Set((await votesOf(db, week17.id)).map((v) => v.userId));
  return { week1: before.size, week17: after.size, both: [...after].filter((id) => before.has(id)).length };
}

/** The comparison goes to the channel the first time and after an agreed score changed, and again whenever the coordinator asks. */
export async function mayPostComparison(deps: Deps, actor: Actor, made: ComparisonView): Promise<boolean> {
  if (isCoordinatorOf(await membersOf(deps.db, made.leerlijnId), actor.userId)) return true;
  return !(await comparisonDone(deps.db, made.leerlijnId, comparisonKey(made.comparison)));
}

/**
 * The comparison reached the team's channel: the leerlijn's last step is done (progress.ts).
 * Only then, so an export or an opened PDF link, which also make it, posts nothing and counts not.
 */
export async function comparisonPosted(deps: Deps, actor: Actor, posted: ComparisonView): Promise<void> {
  // The scores it says, so a later change of an agreed score makes it not the current one (compared.ts).
  const detail = { scores: comparisonKey(posted.comparison) };
  await audit(deps.db, { workspaceId: actor.workspaceId, leerlijnId: posted.leerlijnId, actor: actor.userId, action: 'leerlijn.compare', detail });
}

/** The day an ended leerlijn's data goes, where a retention term says it does. */
async function deleteOn(deps: Deps, leerlijn: LeerlijnRow): Promise<{ deleteOn?: string }> {
  const at = await deletionMomentOfEnded(deps, leerlijn.id);
  return at ? { deleteOn: localParts(at, leerlijn.timezone).date } : {};
}

async function buildStatus(deps: Deps, leerlijn: LeerlijnRow, endedAt?: Date): Promise<StatusView> {
  const db = deps.db;
  const rounds = await Promise.all(
    (await roundsOf(db, leerlijn.id)).map(async (r) => ({
      moment: r.moment,
      status: r.status,
      result: resultOf(await agreedScores(db, r)),
    })),
  );
  const today = localToday(deps, leerlijn);
  const actions = (await actionsOf(db, leerlijn.id)).map((r) => toActionView(r, today));
  const count = (status: string): number => actions.filter((a) => a.status === status).length;
  return {
    leerlijn: leerlijnView(leerlijn, await membersOf(db, leerlijn.id)),
    ...(endedAt ? { endedAt: endedAt.toISOString(), ...(await deleteOn(deps, leerlijn)) } : {}),
    ...(endedAt ? { nextMeeting: null, meetingUnderway: false } : nextMeeting(await meetingsOf(db, leerlijn.id), deps.now(), leerlijn.timezone)),
    rounds,
    actions: {
      open: count('open'),
      bezig: count('bezig'),
      klaar: count('klaar'),
      looptVast: count('loopt_vast'),
      overdue: actions.filter((a) => a.overdue).length,
    },
  };
}

export async function getStatus(deps: Deps, actor: Actor, leerlijnId: string): Promise<StatusView> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireOnTeam(deps, actor, leerlijn, 'status');
  return buildStatus(deps, leerlijn);
}

/** The active leerlijn of a channel, for whoever asks there (the channel is the team's own). */
export async function getStatusInChannel(deps: Deps, workspaceId: string, channelId: string): Promise<StatusView> {
  return buildStatus(deps, await requireActiveIn(deps.db, workspaceId, channelId));
}

/** A channel's stopped leerlijn (app/ended.ts), as the active one's: for whoever asks there. */
export function getEndedStatus(deps: Deps, ended: EndedLeerlijnRow): Promise<StatusView> {
  return buildStatus(deps, ended, ended.endedAt);
}

/**
 * The language of what a person reads outside any leerlijn's channel (their overview, a personal
 * chat): that of the leerlijnen their overview shows (running ones they are on, ended ones they
 * coordinate: overviewLangsOf) when those share one, otherwise the server's. One rule, so a view
 * redrawn after a click is said as it was first shown (flows/reader-lang.ts).
 */
export function readerLangOf(langs: readonly Lang[], fallback: Lang): Lang {
  const shown = new Set(langs);
  const [only] = shown;
  return shown.size === 1 && only ? only : fallback;
}

/**
 * readerLangOf for one person, `shown` their overview's languages. Showing none (taken off their only team, or its leerlijn
 * stopped), those of the teams they no longer work in: their last notice spoke that one, and the next answer should not switch
 * to the server's.
 */
export async function personLangOf(db: Queryable, workspaceId: string, userId: string, shown: readonly Lang[], fallback: Lang): Promise<Lang> {
  return readerLangOf(shown.length > 0 ? shown : await pastTeamLangsOf(db, workspaceId, userId), fallback);
}

/**
 * A person's own overview: each active leerlijn they are on, its next meeting and their open actions; the ended ones they
 * coordinate; their open actions kept from teams they were taken off.
 */
export async function getHome(deps: Deps, workspaceId: string, userId: string): Promise<HomeView> {
  const listed = await overviewLeerlijnenOf(deps.db, workspaceId, userId);
  const mine = await myActions(deps, workspaceId, userId);
  const items = await Promise.all(
    listed.running.map(async (l) => ({
      leerlijn: leerlijnView(l, await membersOf(deps.db, l.id)),
      ...nextMeeting(await meetingsOf(deps.db, l.id), deps.now(), l.timezone),
      myActions: mine.filter((a) => a.leerlijnId === l.id),
    })),
  );
  const ended = await Promise.all(listed.ended.map(async (l) => ({
    leerlijn: leerlijnView(l, await membersOf(deps.db, l.id)),
    endedAt: l.endedAt.toISOString(),
    ...(await deleteOn(deps, l)),
  })));
  const lang = await personLangOf(deps.db, workspaceId, userId, [...listed.running, ...listed.ended].map((l) => l.lang), deps.defaultLang);
  // Asked only when nothing is listed: then whether they are told they are on no team at all.
  const onEnded = items.length === 0 && ended.length === 0 && (await onEndedTeam(deps.db, workspaceId, userId));
  // Taken off a team, they keep its actions: the same list as my-actions, so both show what they may update.
  const running = new Set(listed.running.map((l) => l.id));
  const kept = mine.filter((a) => !running.has(a.leerlijnId));
  return {
    userId, lang, leerlijnen: items,
    ...(ended.length > 0 ? { ended } : {}), ...(onEnded ? { onEndedTeam: true as const } : {}), ...(kept.length > 0 ? { keptActions: kept } : {}),
  };
}

