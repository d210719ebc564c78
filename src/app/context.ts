// What every use case gets: the database, the clock, and who is acting where.
import type { Db, Queryable } from '../store/db.js';
import { activeLeerlijnIn, leerlijnById, memberOf, membersOf, type LeerlijnRow, type MemberRow } from '../store/leerlijnen.js';
import { audit } from '../store/audit.js';
import { AppError } from './errors.js';
import type { Lang } from '../domain/instrument.js';

// Adapters keep the row of the channel's leerlijn they were handed; they never read it themselves.
export type { LeerlijnRow };

export interface Deps {
  db: Db;
  /** Time is a parameter: tests pass a fixed clock. */
  now: () => Date;
  defaultTimezone: string;
  defaultLang: 'nl' | 'en';
  /** Days an ended leerlijn is kept before the tick deletes it (app/retention.ts); unset or null: until its coordinator does. */
  retentionDays?: number | null;
}

/** A person acting on a platform: the workspace id is ours, the user id the platform's. */
export interface Actor {
  workspaceId: string;
  userId: string;
}

export async function requireActiveIn(db: Queryable, workspaceId: string, channelId: string): Promise<LeerlijnRow> {
  const leerlijn = await activeLeerlijnIn(db, workspaceId, channelId);
  if (!leerlijn) throw new AppError('no_leerlijn');
  return leerlijn;
}

export async function requireLeerlijn(db: Queryable, actor: Actor, leerlijnId: string, forUpdate = false): Promise<LeerlijnRow> {
  const leerlijn = await leerlijnById(db, leerlijnId, forUpdate);
  // Named by a button or form, it is gone (deleted): not "none runs here yet, start one". One of another workspace is
  // reported as missing the same way: ids never leak across tenants.
  if (!leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw new AppError('leerlijn_gone');
  return leerlijn;
}

/**
 * A form or button of a leerlijn used in a channel that is not its own (ids are forgeable): that channel would hear of
 * another team's leerlijn, and its own team nothing. `usedIn` undefined: not in a channel (a personal chat).
 */
export function requireOwnChannel(leerlijn: Pick<LeerlijnRow, 'channelId'>, usedIn: string | undefined): void {
  if (usedIn !== undefined && leerlijn.channelId !== usedIn) throw new AppError('leerlijn_elsewhere');
}

/**
 * A leerlijn of this workspace, for what the bot says about it (its language, its school name)
 * where the place gives none, as in a 1:1 chat; it checks no one's permission, so it decides nothing.
 */
export async function leerlijnInWorkspace(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string): Promise<LeerlijnRow | null> {
  const leerlijn = await leerlijnById(deps.db, leerlijnId);
  return leerlijn?.workspaceId === workspaceId ? leerlijn : null;
}

/** What a reply about `leerlijnId` speaks where the place says nothing (a 1:1 chat): its language, else `fallback`. */
export async function leerlijnLang(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string | null, fallback: Lang): Promise<Lang> {
  const leerlijn = leerlijnId ? await leerlijnInWorkspace(deps, workspaceId, leerlijnId) : null;
  return leerlijn?.lang ?? fallback;
}

/** A leerlijn as DMs and private answers name it ("De Horizon · JoU"): someone may be on two teams. */
export const leerlijnName = (leerlijn: Pick<LeerlijnRow, 'schoolName' | 'youthOrgName'>): string => `${leerlijn.schoolName} · ${leerlijn.youthOrgName}`;

/**
 * That the leerlijn no longer runs, named as DMs name it (an older DM's button may be of either
 * of one's teams), in its language: from a card in a personal chat, the place has none.
 */
export function notActive(leerlijn: Pick<LeerlijnRow, 'lang' | 'schoolName' | 'youthOrgName'>): AppError {
  return new AppError('leerlijn_not_active', { leerlijn: leerlijnName(leerlijn) }, { lang: leerlijn.lang });
}

/** After the permission check: its refusal names the leerlijn, which only those who may act on it hear (ids in buttons are forgeable). */
export function requireActive(leerlijn: LeerlijnRow): void {
  if (leerlijn.status !== 'active') throw notActive(leerlijn);
}

/** A refusal that names the leerlijn it was about, so it can be audited once the transaction is gone. */
function refused(code: 'not_coordinator' | 'not_member' | 'not_on_team', leerlijn: LeerlijnRow): AppError {
  return new AppError(code, {}, { lang: leerlijn.lang, refusedOn: leerlijn.id });
}

/**
 * Someone on the team (a coordinator until a handover, say) hears whom to ask, by the names the
 * team list shows them anyway, one a line; anyone else only that it takes the coordinator.
 */
export async function notCoordinator(db: Queryable, leerlijn: LeerlijnRow, member: MemberRow | null): Promise<AppError> {
  if (!member) return refused('not_coordinator', leerlijn);
  const names = await coordinatorNames(db, leerlijn.id);
  if (!names) return refused('not_coordinator', leerlijn);
  return new AppError('not_coordinator', { coordinators: names }, { lang: leerlijn.lang, refusedOn: leerlijn.id });
}

/** The coordinators' names as the team list has them now, one a line (tError says them); null where none has one. */
async function coordinatorNames(db: Queryable, leerlijnId: string): Promise<string | null> {
  const names = (await membersOf(db, leerlijnId)).filter((m) => m.isCoordinator && m.displayName).map((m) => m.displayName);
  return names.length > 0 ? names.join('\n') : null;
}

/**
 * A refusal's `coordinators` param for one that tells `userId` to ask the coordinator (a vote after the close):
 * their names, only to someone on the team (ids in buttons are forgeable); nothing for anyone else.
 */
export async function coordinatorsToAsk(db: Queryable, leerlijnId: string, userId: string): Promise<{ coordinators?: string }> {
  if (!(await memberOf(db, leerlijnId, userId))) return {};
  const names = await coordinatorNames(db, leerlijnId);
  return names ? { coordinators: names } : {};
}

export async function requireCoordinator(db: Queryable, leerlijn: LeerlijnRow, userId: string): Promise<MemberRow> {
  const member = await memberOf(db, leerlijn.id, userId);
  if (!member?.isCoordinator) throw await notCoordinator(db, leerlijn, member);
  return member;
}

export async function requireTeamMember(db: Queryable, leerlijn: LeerlijnRow, userId: string): Promise<MemberRow> {
  const member = await memberOf(db, leerlijn.id, userId);
  if (!member?.isMember) throw refused('not_member', leerlijn);
  return member;
}

/** How someone off the team is refused: with a vote's words where one votes (a score card), else that it takes being on the team. */
export type OffTeam = 'not_member' | 'not_on_team';

/** Anyone on the team (a voting member or a coordinator), or only a coordinator, may read it. */
export async function requireReader(db: Queryable, leerlijn: LeerlijnRow, userId: string, coordinatorOnly = false, offTeam: OffTeam = 'not_on_team'): Promise<MemberRow> {
  const member = await memberOf(db, leerlijn.id, userId);
  // What only the coordinator may do is refused as such to everyone else, on the team or not (as
  // the use cases' requireCoordinator does): joining the team would not let them do it.
  if (coordinatorOnly && !member?.isCoordinator) throw await notCoordinator(db, leerlijn, member);
  return readerOf(member, leerlijn, offTeam);
}

/** requireReader's judgement of `member` (their row, null off the team) where anyone on the team may read, for a caller that read the whole team already. */
export function readerOf(member: MemberRow | null, leerlijn: LeerlijnRow, offTeam: OffTeam = 'not_on_team'): MemberRow {
  if (!member) throw refused(offTeam, leerlijn);
  return member;
}

/** For reads outside a transaction: someone not allowed to see it is refused, and the attempt audited. */
export async function requireReaderAudited(deps: Deps, actor: Actor, leerlijn: LeerlijnRow, what: string, coordinatorOnly = false, offTeam: OffTeam = 'not_on_team'): Promise<MemberRow> {
  return audited(deps, actor, what, () => requireReader(deps.db, leerlijn, actor.userId, coordinatorOnly, offTeam));
}

/**
 * Writes who was refused what, where (no user text): ids in buttons and cards are forgeable,
 * so an attempt on another team's leerlijn should leave a trace. Outside any transaction,
 * which the refusal has rolled back.
 */
export async function auditRefusal(deps: Deps, actor: Actor, what: string, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || !error.refusedOn) return;
  await audit(deps.db, { workspaceId: actor.workspaceId, leerlijnId: error.refusedOn, actor: actor.userId, action: 'refused', detail: { what, code: error.code } });
}

/** A use case's transaction; a permission refusal is audited after its rollback. */
export function inTransaction<T>(deps: Deps, actor: Actor, what: string, run: (tx: Queryable) => Promise<T>): Promise<T> {
  return audited(deps, actor, what, () => deps.db.transaction(run));
}

/** Runs a use case; a refusal is audited before it reaches the person. */
export async function audited<T>(deps: Deps, actor: Actor, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await auditRefusal(deps, actor, what, error);
    throw error;
  }
}
