// Workspaces, leerlijnen, their members and meetings.
import type { Region } from '../domain/school-holidays.js';
import type { CollaborationKind, Lang } from '../domain/instrument.js';
import type { MeetingKind } from '../domain/meetings.js';
import type { Level, Randvoorwaarde, Side } from '../domain/team.js';
import type { Queryable } from './db.js';

export type Platform = 'slack' | 'teams';
export type LeerlijnStatus = 'active' | 'finished' | 'stopped';

export interface LeerlijnRow {
  id: string;
  workspaceId: string;
  channelId: string;
  status: LeerlijnStatus;
  kind: CollaborationKind;
  schoolName: string;
  youthOrgName: string;
  timezone: string;
  lang: Lang;
  startDate: string;
  startTime: string;
  randvoorwaarden: Record<Randvoorwaarde, boolean>;
  createdBy: string;
  /** For the school holidays; null when not given (then only public holidays count). */
  region: Region | null;
}

export interface MemberRow {
  userId: string;
  displayName: string;
  side: Side | null;
  level: Level | null;
  isCoordinator: boolean;
  isMember: boolean;
}

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  startsAt: Date;
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled';
  notulistUserId: string | null;
  invullerUserId: string | null;
  /** Where it takes place, as the coordinator wrote it; null when not given. */
  location: string | null;
}

export function leerlijnColumns(t = 'leerlijnen'): string {
  return `${t}.id, ${t}.workspace_id as "workspaceId", ${t}.channel_id as "channelId", ${t}.status, ${t}.kind,
  ${t}.school_name as "schoolName", ${t}.youth_org_name as "youthOrgName", ${t}.timezone, ${t}.lang,
  to_char(${t}.start_date, 'YYYY-MM-DD') as "startDate", ${t}.start_time as "startTime", ${t}.randvoorwaarden,
  ${t}.created_by as "createdBy", ${t}.region`;
}
const LEERLIJN_COLUMNS = leerlijnColumns();

export async function ensureWorkspace(db: Queryable, platform: Platform, tenantId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into workspaces (platform, tenant_id) values ($1::text, $2::text)
     on conflict (platform, tenant_id) do update set platform = excluded.platform
     returning id`,
    [platform, tenantId],
  );
  return rows[0]!.id;
}

export type NewLeerlijn = Omit<LeerlijnRow, 'id' | 'status'>;

export async function insertLeerlijn(db: Queryable, l: NewLeerlijn): Promise<LeerlijnRow> {
  const { rows } = await db.query<LeerlijnRow>(
    `insert into leerlijnen (workspace_id, channel_id, kind, school_name, youth_org_name, timezone, lang,
       start_date, start_time, randvoorwaarden, created_by, region)
     values ($1::uuid, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::date, $9::text, $10::jsonb, $11::text, $12::text)
     returning ${LEERLIJN_COLUMNS}`,
    [l.workspaceId, l.channelId, l.kind, l.schoolName, l.youthOrgName, l.timezone, l.lang, l.startDate, l.startTime,
      JSON.stringify(l.randvoorwaarden), l.createdBy, l.region],
  );
  return rows[0]!;
}

export async function activeLeerlijnIn(db: Queryable, workspaceId: string, channelId: string): Promise<LeerlijnRow | null> {
  const { rows } = await db.query<LeerlijnRow>(
    `select ${LEERLIJN_COLUMNS} from leerlijnen
     where workspace_id = $1::uuid and channel_id = $2::text and status = 'active'`,
    [workspaceId, channelId],
  );
  return rows[0] ?? null;
}

/** The leerlijn; `forUpdate` serialises coordinators changing the same one. */
export async function leerlijnById(db: Queryable, id: string, forUpdate = false): Promise<LeerlijnRow | null> {
  const { rows } = await db.query<LeerlijnRow>(
    `select ${LEERLIJN_COLUMNS} from leerlijnen where id = $1::uuid ${forUpdate ? 'for update' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** `at`: when it ended (the use case's clock), kept for what is said about it afterwards. */
export async function setLeerlijnStatus(db: Queryable, id: string, status: LeerlijnStatus, at: Date): Promise<void> {
  await db.query(
    `update leerlijnen set status = $2::text, ended_at = case when $2::text = 'active' then null else $3::timestamptz end
     where id = $1::uuid`,
    [id, status, at.toISOString()],
  );
}

/** A leerlijn that no longer runs, and when it ended. */
export type EndedLeerlijnRow = LeerlijnRow & { endedAt: Date };

/** The channel's leerlijn that ended last (stopped or finished), its data still kept; null when none. */
export async function lastEndedLeerlijnIn(db: Queryable, workspaceId: string, channelId: string): Promise<EndedLeerlijnRow | null> {
  const { rows } = await db.query<EndedLeerlijnRow>(
    `select ${LEERLIJN_COLUMNS}, ended_at as "endedAt" from leerlijnen
     where workspace_id = $1::uuid and channel_id = $2::text and status <> 'active'
     order by ended_at desc nulls last, created_at desc limit 1`,
    [workspaceId, channelId],
  );
  const row = rows[0];
  return row ? { ...row, endedAt: new Date(row.endedAt) } : null;
}

/** Whether a user coordinates a leerlijn of the workspace, running or ended with its data kept. */
export async function coordinatesAnyIn(db: Queryable, workspaceId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from leerlijnen l join members m on m.leerlijn_id = l.id
     where l.workspace_id = $1::uuid and m.user_id = $2::text and m.is_coordinator limit 1`,
    [workspaceId, userId],
  );
  return rows.length > 0;
}

const MEMBER_COLUMNS = `user_id as "userId", display_name as "displayName", side, level,
  is_coordinator as "isCoordinator", is_member as "isMember"`;

export async function membersOf(db: Queryable, leerlijnId: string): Promise<MemberRow[]> {
  const { rows } = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from members where leerlijn_id = $1::uuid order by added_at, display_name`,
    [leerlijnId],
  );
  return rows;
}

export async function memberOf(db: Queryable, leerlijnId: string, userId: string): Promise<MemberRow | null> {
  const { rows } = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from members where leerlijn_id = $1::uuid and user_id = $2::text`,
    [leerlijnId, userId],
  );
  return rows[0] ?? null;
}

export async function upsertMembers(db: Queryable, leerlijnId: string, members: readonly MemberRow[]): Promise<void> {
  if (members.length === 0) return;
  await db.query(
    `insert into members (leerlijn_id, user_id, display_name, side, level, is_coordinator, is_member)
     select $1::uuid, u.user_id, u.display_name, u.side, u.level, u.is_coordinator, u.is_member
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[])
       as u(user_id, display_name, side, level, is_coordinator, is_member)
     on conflict (leerlijn_id, user_id) do update set
       display_name = excluded.display_name, side = excluded.side, level = excluded.level,
       is_coordinator = excluded.is_coordinator, is_member = excluded.is_member`,
    [
      leerlijnId,
      members.map((m) => m.userId),
      members.map((m) => m.displayName),
      members.map((m) => m.side),
      members.map((m) => m.level),
      members.map((m) => m.isCoordinator),
      members.map((m) => m.isMember),
    ],
  );
}

/** Fills in names only where a member still goes by their id, so an edit made meanwhile stays. */
export async function fillDisplayNames(db: Queryable, leerlijnId: string, names: ReadonlyArray<{ userId: string; displayName: string }>): Promise<void> {
  if (names.length === 0) return;
  await db.query(
    `update members m set display_name = u.display_name
       from unnest($2::text[], $3::text[]) as u(user_id, display_name)
      where m.leerlijn_id = $1::uuid and m.user_id = u.user_id and m.display_name = m.user_id`,
    [leerlijnId, names.map((n) => n.userId), names.map((n) => n.displayName)],
  );
}

/** A meeting role someone held until they left the team. */
export interface ClearedRole {
  userId: string;
  kind: MeetingKind;
  role: 'notulist' | 'invuller';
}

/**
 * Empties the roles these people hold on meetings still to come, so someone else is asked to
 * take them. A meeting held, cancelled or already over keeps who had the role: that is history.
 * Nothing in the bot marks a meeting 'held' yet, hence the end time as well as the status.
 */
export async function clearRolesOf(db: Queryable, leerlijnId: string, userIds: readonly string[], now: Date): Promise<ClearedRole[]> {
  if (userIds.length === 0) return [];
  const { rows } = await db.query<{ kind: MeetingKind; startsAt: Date; notulist: string | null; invuller: string | null }>(
    `with held_by as (
       select id, notulist_user_id, invuller_user_id from meetings
        where leerlijn_id = $1::uuid and status = 'planned'
          and starts_at + duration_minutes * interval '1 minute' > $3::timestamptz
          and (notulist_user_id = any($2::text[]) or invuller_user_id = any($2::text[]))
     )
     update meetings m set
       notulist_user_id = case when b.notulist_user_id = any($2::text[]) then null else m.notulist_user_id end,
       invuller_user_id = case when b.invuller_user_id = any($2::text[]) then null else m.invuller_user_id end,
       updated_at = now()
     from held_by b
     where m.id = b.id
     returning m.kind, m.starts_at as "startsAt",
       case when b.notulist_user_id = any($2::text[]) then b.notulist_user_id end as notulist,
       case when b.invuller_user_id = any($2::text[]) then b.invuller_user_id end as invuller`,
    [leerlijnId, userIds, now.toISOString()],
  );
  return rows
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
    .flatMap((r) => [
      ...(r.notulist ? [{ userId: r.notulist, kind: r.kind, role: 'notulist' as const }] : []),
      ...(r.invuller ? [{ userId: r.invuller, kind: r.kind, role: 'invuller' as const }] : []),
    ]);
}

const MEETING_COLUMNS = `id, kind, starts_at as "startsAt", duration_minutes as "durationMinutes", status,
  notulist_user_id as "notulistUserId", invuller_user_id as "invullerUserId", location`;

export async function meetingsOf(db: Queryable, leerlijnId: string): Promise<MeetingRow[]> {
  const { rows } = await db.query<MeetingRow>(
    `select ${MEETING_COLUMNS} from meetings where leerlijn_id = $1::uuid order by starts_at`,
    [leerlijnId],
  );
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt) }));
}

export async function insertMeetings(
  db: Queryable,
  leerlijnId: string,
  meetings: ReadonlyArray<{ kind: MeetingKind; startsAt: Date; durationMinutes: number }>,
): Promise<void> {
  await db.query(
    `insert into meetings (leerlijn_id, kind, starts_at, duration_minutes)
     select $1::uuid, m.kind, m.starts_at, m.duration from unnest($2::text[], $3::timestamptz[], $4::int[]) as m(kind, starts_at, duration)`,
    [leerlijnId, meetings.map((m) => m.kind), meetings.map((m) => m.startsAt.toISOString()), meetings.map((m) => m.durationMinutes)],
  );
}

export async function updateMeeting(
  db: Queryable,
  leerlijnId: string,
  kind: MeetingKind,
  change: { startsAt?: Date; notulistUserId?: string | null; invullerUserId?: string | null; status?: MeetingRow['status']; location?: string | null },
): Promise<void> {
  await db.query(
    `update meetings set
       starts_at = coalesce($3::timestamptz, starts_at),
       notulist_user_id = case when $4::boolean then $5::text else notulist_user_id end,
       invuller_user_id = case when $6::boolean then $7::text else invuller_user_id end,
       status = coalesce($8::text, status),
       location = case when $9::boolean then $10::text else location end,
       updated_at = now()
     where leerlijn_id = $1::uuid and kind = $2::text`,
    [
      leerlijnId,
      kind,
      change.startsAt?.toISOString() ?? null,
      change.notulistUserId !== undefined,
      change.notulistUserId ?? null,
      change.invullerUserId !== undefined,
      change.invullerUserId ?? null,
      change.status ?? null,
      change.location !== undefined,
      change.location ?? null,
    ],
  );
}

export async function voterCount(db: Queryable, leerlijnId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from members where leerlijn_id = $1::uuid and is_member`,
    [leerlijnId],
  );
  return rows[0]?.n ?? 0;
}
