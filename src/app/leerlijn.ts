// Starting, stopping and looking at a leerlijn, and changing its team.
import { z } from 'zod';
import { planTimeline } from '../domain/timeline.js';
import { pgErrorCode, PG_UNIQUE_VIOLATION, type Queryable } from '../store/db.js';
import { syncLeerlijnJobs } from './jobs/plan-jobs.js';
import { audit } from '../store/audit.js';
import { openActionCounts } from '../store/actions.js';
import { adoptChannelMessages } from '../store/posted-messages.js';
import { rejoined, removeMembers } from '../store/former-members.js';
import { dropVotesOfNonVoters } from '../store/rounds.js';
import {
  clearRolesOf,
  fillDisplayNames,
  insertLeerlijn,
  insertMeetings,
  meetingsOf,
  membersOf,
  setLeerlijnStatus,
  upsertMembers,
  type ClearedRole,
  type MemberRow,
} from '../store/leerlijnen.js';
import { requireActive, requireCoordinator, requireLeerlijn, requireOwnChannel, requireReaderAudited, type Actor, type Deps, inTransaction } from './context.js';
import { requireNothingKeptIn } from './ended.js';
import { AppError, ValidationError, type FieldError } from './errors.js';
import { forgetLeerlijnen } from './places.js';
import { leerlijnView, timelineView } from './present.js';
import { teamNews, type TeamNews } from './team-news.js';
import { parseInput } from './validate.js';
import { checkedStart, MemberInput, platformName, userId } from './start-input.js';
import type { LeerlijnView, StartView } from './views.js';


export async function startLeerlijn(deps: Deps, actor: Actor, raw: unknown): Promise<StartView> {
  const input = checkedStart(deps, raw);
  const timezone = input.timezone ?? deps.defaultTimezone;
  const coordinators = new Set(input.coordinators);
  const members: MemberRow[] = dedupe(input.members).map((m) => ({
    ...m,
    isCoordinator: coordinators.has(m.userId),
    isMember: true,
  }));
  try {
    return await inTransaction(deps, actor, 'startLeerlijn', async (tx) => {
      const leerlijn = await insertLeerlijn(tx, {
        workspaceId: actor.workspaceId,
        channelId: input.channelId,
        kind: input.kind,
        schoolName: input.schoolName,
        youthOrgName: input.youthOrgName,
        timezone,
        lang: input.lang ?? deps.defaultLang,
        startDate: input.startDate,
        startTime: input.startTime,
        randvoorwaarden: input.randvoorwaarden,
        createdBy: actor.userId,
        region: input.region ?? null,
      });
      // After the insert, not before: a stop still committing holds the channel's running row, the
      // insert waits for it, and only a statement after that wait sees the leerlijn stopped.
      await requireNothingKeptIn(tx, actor.workspaceId, input.channelId);
      await upsertMembers(tx, leerlijn.id, members);
      await adoptChannelMessages(tx, actor.workspaceId, input.channelId, leerlijn.id);
      await insertMeetings(tx, leerlijn.id, planTimeline({ startDate: input.startDate, startTime: input.startTime, timezone }));
      await audit(tx, { workspaceId: actor.workspaceId, leerlijnId: leerlijn.id, actor: actor.userId, action: 'leerlijn.start' });
      await syncLeerlijnJobs(tx, leerlijn.id, deps.now());
      const view = leerlijnView(leerlijn, await membersOf(tx, leerlijn.id));
      return { leerlijn: view, timeline: timelineView(leerlijn, await meetingsOf(tx, leerlijn.id), deps.now()) };
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new AppError('leerlijn_exists', {}, { cause: error });
    throw error;
  } finally {
    // Also after a refusal: 'exists' means another replica started one this process missed.
    forgetLeerlijnen(deps.db);
  }
}

function dedupe<T extends { userId: string }>(list: readonly T[]): T[] {
  return [...new Map(list.map((m) => [m.userId, m])).values()];
}

/** `sentIn`: the channel the stop was sent from; a leerlijn of another channel is refused there, as its team would not hear of it. */
export async function stopLeerlijn(deps: Deps, actor: Actor, leerlijnId: string, outcome: 'finished' | 'stopped', sentIn?: string): Promise<LeerlijnView> {
  try {
    return await stopInTransaction(deps, actor, leerlijnId, outcome, sentIn);
  } finally {
    forgetLeerlijnen(deps.db);
  }
}

function stopInTransaction(deps: Deps, actor: Actor, leerlijnId: string, outcome: 'finished' | 'stopped', sentIn: string | undefined): Promise<LeerlijnView> {
  return inTransaction(deps, actor, 'stopLeerlijn', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    requireOwnChannel(leerlijn, sentIn);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    await setLeerlijnStatus(tx, leerlijn.id, outcome, deps.now());
    await tx.query(`update scheduled_jobs set status = 'cancelled' where leerlijn_id = $1::uuid and status = 'pending'`, [leerlijn.id]);
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: `leerlijn.${outcome}` });
    return leerlijnView({ ...leerlijn, status: outcome }, await membersOf(tx, leerlijn.id));
  });
}

export const TeamChange = z.object({
  upsert: z.array(MemberInput.extend({ isCoordinator: z.boolean().optional(), isMember: z.boolean().optional() })).max(200).default([]),
  remove: z.array(userId).max(200).default([]),
});
export type TeamChange = z.input<typeof TeamChange>;

/** The team after a change, and the meeting roles the people taken out held (now nobody's). */
export interface TeamChanged {
  team: LeerlijnView;
  clearedRoles: ClearedRole[];
  /** People taken off the team who still own open actions, and how many: nobody is reminded of those now. */
  actionsLeft: Array<{ userId: string; count: number }>;
  /** Whom the change is about, to be told personally (team-news.ts). */
  news: TeamNews[];
  /** The voting rounds open at the change: their cards count the team as it is now. */
  openRounds: string[];
}

/** Someone off the team can be no meeting's notulist or invuller: the same transaction frees their roles. */
async function takeOut(tx: Queryable, leerlijnId: string, userIds: readonly string[], now: Date): Promise<ClearedRole[]> {
  await removeMembers(tx, leerlijnId, userIds, now);
  return clearRolesOf(tx, leerlijnId, userIds, now);
}

/**
 * Coordinator-only: add people, set side/level/role, or remove people. `found`: problems the
 * caller found in the same form (a bot picked to add), refused with this one's, nothing saved.
 */
export async function changeTeam(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown, found: readonly FieldError[] = []): Promise<TeamChanged> {
  const change = parseInput(TeamChange, raw);
  return inTransaction(deps, actor, 'changeTeam', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    const current = new Map((await membersOf(tx, leerlijnId)).map((m) => [m.userId, m]));
    const rows = dedupe(change.upsert).map((m) => {
      const before = current.get(m.userId);
      return {
        ...m,
        isCoordinator: m.isCoordinator ?? before?.isCoordinator ?? false,
        isMember: m.isMember ?? before?.isMember ?? true,
      };
    });
    await upsertMembers(tx, leerlijnId, rows);
    await rejoined(tx, leerlijnId, rows.map((r) => r.userId));
    const clearedRoles = await takeOut(tx, leerlijnId, change.remove, deps.now());
    // Whoever no longer votes is told so (team-news.ts): their votes in an open round stop counting too.
    const openRounds = await dropVotesOfNonVoters(tx, leerlijnId);
    const after = await membersOf(tx, leerlijnId);
    // A leerlijn without a coordinator could never be closed or deleted again.
    const problems = [...found, ...(after.some((m) => m.isCoordinator) ? [] : [{ field: 'coordinators', message: 'coordinator_required' }])];
    if (problems.length > 0) throw new ValidationError(problems);
    await audit(tx, {
      workspaceId: actor.workspaceId,
      leerlijnId,
      actor: actor.userId,
      action: 'team.change',
      detail: { upserted: rows.map((r) => r.userId), removed: change.remove, rolesCleared: clearedRoles },
    });
    await syncLeerlijnJobs(tx, leerlijnId, deps.now());
    const actionsLeft = change.remove.length > 0 ? await openActionCounts(tx, leerlijnId, change.remove) : [];
    // Someone taken off earlier and added again may still own open actions: they hear their reminders come again.
    const added = rows.map((r) => r.userId).filter((id) => !current.has(id));
    const actionsBack = added.length > 0 ? await openActionCounts(tx, leerlijnId, added) : [];
    const news = teamNews([...current.values()], after, [...actionsLeft, ...actionsBack], actor.userId, openRounds.length > 0);
    return { team: leerlijnView(leerlijn, after), clearedRoles, actionsLeft, news, openRounds };
  });
}

const PlatformNames = z.array(z.object({ userId: z.string().min(1).max(64), displayName: platformName })).max(200);

/**
 * The platform's names for members who were stored under their ids (Slack's start form is
 * answered before anyone's name is looked up). Not a team change by anyone: no permission
 * check and no audit entry, and a name a coordinator set meanwhile is kept.
 */
export async function fillMemberNames(deps: Deps, leerlijnId: string, raw: unknown): Promise<void> {
  await fillDisplayNames(deps.db, leerlijnId, parseInput(PlatformNames, raw));
}

/**
 * Bots and apps picked in the start form: they cannot vote, so "x of N
 * voted" would never reach N. Taken out as part of the starter's own start (audited under
 * them), keeping a bot that is the only coordinator left, as a leerlijn needs one. Returns
 * who was taken out.
 */
export async function leaveOutBots(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<string[]> {
  const bots = new Set(parseInput(z.array(userId).max(200), raw));
  return inTransaction(deps, actor, 'leaveOutBots', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    if (leerlijn.createdBy !== actor.userId) throw new AppError('not_coordinator');
    const members = await membersOf(tx, leerlijnId);
    const personCoordinates = members.some((m) => m.isCoordinator && !bots.has(m.userId));
    const out = members.filter((m) => bots.has(m.userId) && (personCoordinates || !m.isCoordinator)).map((m) => m.userId);
    if (out.length === 0) return [];
    // Left out just after the start, a bot holds no role yet; should it, the role is freed all the same.
    await takeOut(tx, leerlijnId, out, deps.now());
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'team.bots_left_out', detail: { removed: out } });
    await syncLeerlijnJobs(tx, leerlijnId, deps.now());
    return out;
  });
}

/**
 * The leerlijn with its team, for its coordinator's team form (opening it, saving it, showing it
 * again): one read of each, not the whole status. Anyone else is refused, and the refusal audited.
 */
export async function teamForCoordinator(deps: Deps, actor: Actor, leerlijnId: string): Promise<LeerlijnView> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'team_form', true);
  return leerlijnView(leerlijn, await membersOf(deps.db, leerlijn.id));
}

/** The team as stored, for someone on it (a voting member or a coordinator). */
export async function teamMembers(deps: Deps, actor: Actor, leerlijnId: string): Promise<MemberRow[]> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'team');
  return membersOf(deps.db, leerlijn.id);
}

export function isCoordinatorOf(members: ReadonlyArray<Pick<MemberRow, 'userId' | 'isCoordinator'>>, userId: string): boolean {
  return members.some((m) => m.userId === userId && m.isCoordinator);
}
