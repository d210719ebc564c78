// What every use case gets: the database, the clock, and who is acting where.
import type { Db, Queryable } from '../store/db.js';
import { activeLeerlijnIn, leerlijnById, memberOf, type LeerlijnRow, type MemberRow } from '../store/leerlijnen.js';
import { AppError } from './errors.js';

export interface Deps {
  db: Db;
  /** Time is a parameter: tests pass a fixed clock. */
  now: () => Date;
  defaultTimezone: string;
  defaultLang: 'nl' | 'en';
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
  // A leerlijn of another workspace is reported as missing: ids never leak across tenants.
  if (!leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw new AppError('no_leerlijn');
  return leerlijn;
}

export function requireActive(leerlijn: LeerlijnRow): void {
  if (leerlijn.status !== 'active') throw new AppError('leerlijn_not_active');
}

export async function requireCoordinator(db: Queryable, leerlijn: LeerlijnRow, userId: string): Promise<MemberRow> {
  const member = await memberOf(db, leerlijn.id, userId);
  if (!member?.isCoordinator) throw new AppError('not_coordinator');
  return member;
}

export async function requireTeamMember(db: Queryable, leerlijn: LeerlijnRow, userId: string): Promise<MemberRow> {
  const member = await memberOf(db, leerlijn.id, userId);
  if (!member?.isMember) throw new AppError('not_member');
  return member;
}
