// Everything one leerlijn holds, for export and for deletion. Timestamps come back as
// ISO strings so the export is plain JSON on both backends.
import type { Queryable } from './db.js';

type Row = Record<string, unknown>;

/** timestamptz → 'YYYY-MM-DDTHH:MM:SS.mmmZ' (null stays null). */
function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

async function rows(db: Queryable, sql: string, leerlijnId: string): Promise<Row[]> {
  return (await db.query<Row>(sql, [leerlijnId])).rows;
}

export async function exportLeerlijnRow(db: Queryable, leerlijnId: string): Promise<Row | null> {
  const found = await rows(
    db,
    `select id, channel_id as "channelId", status, kind, school_name as "schoolName", youth_org_name as "youthOrgName",
       timezone, lang, to_char(start_date, 'YYYY-MM-DD') as "startDate", start_time as "startTime", randvoorwaarden,
       reminder_offsets as "reminderOffsets", created_by as "createdBy", ${iso('created_at')} as "createdAt",
       ${iso('ended_at')} as "endedAt"
     from leerlijnen where id = $1::uuid`,
    leerlijnId,
  );
  return found[0] ?? null;
}

export function exportMembers(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select user_id as "userId", display_name as "displayName", side, level, is_coordinator as "isCoordinator",
       is_member as "isMember", ${iso('added_at')} as "addedAt"
     from members where leerlijn_id = $1::uuid order by added_at, user_id`,
    leerlijnId,
  );
}

/** Those taken off the team, by the name they went by: actions and agreed scores may still name them. */
export function exportFormerMembers(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select user_id as "userId", display_name as "displayName", ${iso('left_at')} as "leftAt"
     from former_members where leerlijn_id = $1::uuid order by left_at, user_id`,
    leerlijnId,
  );
}

export function exportMeetings(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select kind, ${iso('starts_at')} as "startsAt", duration_minutes as "durationMinutes", status,
       notulist_user_id as "notulistUserId", invuller_user_id as "invullerUserId"
     from meetings where leerlijn_id = $1::uuid order by starts_at`,
    leerlijnId,
  );
}

export interface ExportedRound {
  id: string;
  moment: 'week1' | 'week17';
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  /** How many votes each score got per onderdeel: counted here, so no voter leaves the database. */
  voteCounts: Array<{ onderdeel: string; score: number; count: number }>;
  agreed: Array<{ onderdeel: string; score: number; proposed: number | null; setBy: string; setAt: string }>;
  /** The team's notes without their authors, as the closed cards show them. */
  notes: Array<{ onderdeel: string; body: string; createdAt: string }>;
}

/** Rounds with vote counts per score, agreed scores and notes nested; never a vote with its voter. */
export async function exportRounds(db: Queryable, leerlijnId: string): Promise<ExportedRound[]> {
  const { rows: found } = await db.query<ExportedRound>(
    `select r.id, r.moment, r.status, r.opened_by as "openedBy", ${iso('r.opened_at')} as "openedAt",
       r.closed_by as "closedBy", ${iso('r.closed_at')} as "closedAt",
       coalesce((select json_agg(json_build_object('onderdeel', c.onderdeel, 'score', c.score, 'count', c.n) order by c.onderdeel, c.score)
         from (select v.onderdeel, v.score, count(*)::int as n from votes v where v.round_id = r.id group by v.onderdeel, v.score) c), '[]') as "voteCounts",
       coalesce((select json_agg(json_build_object('onderdeel', a.onderdeel, 'score', a.score, 'proposed', a.proposed,
         'setBy', a.set_by, 'setAt', ${iso('a.set_at')}) order by a.onderdeel) from agreed_scores a where a.round_id = r.id), '[]') as agreed,
       coalesce((select json_agg(json_build_object('onderdeel', n.onderdeel, 'body', n.body,
         'createdAt', ${iso('n.created_at')}) order by n.created_at, n.id) from notes n where n.round_id = r.id), '[]') as notes
     from score_rounds r where r.leerlijn_id = $1::uuid order by r.opened_at`,
    [leerlijnId],
  );
  return found;
}

export function exportPlanItems(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select onderdeel, wat_kan_beter as "watKanBeter", gewenste_eindsituatie as "gewensteEindsituatie",
       updated_by as "updatedBy", ${iso('updated_at')} as "updatedAt"
     from plan_items where leerlijn_id = $1::uuid order by onderdeel`,
    leerlijnId,
  );
}

/** Actions with their whole status history. */
export function exportActions(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select a.id, a.onderdeel, a.description, a.owner_user_id as "ownerUserId", to_char(a.due_date, 'YYYY-MM-DD') as "dueDate",
       a.status, a.source, a.created_by as "createdBy", ${iso('a.created_at')} as "createdAt", ${iso('a.updated_at')} as "updatedAt",
       coalesce((select json_agg(json_build_object('status', u.status, 'note', u.note, 'byUser', u.by_user,
         'at', ${iso('u.at')}) order by u.at, u.id) from action_updates u where u.action_id = a.id), '[]') as history
     from actions a where a.leerlijn_id = $1::uuid order by a.due_date, a.created_at, a.id`,
    leerlijnId,
  );
}

export function exportEvaluationEntries(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select moment, onderdeel, bereikt, toelichting, ondernomen, updated_by as "updatedBy", ${iso('updated_at')} as "updatedAt"
     from evaluation_entries where leerlijn_id = $1::uuid order by moment desc, onderdeel`,
    leerlijnId,
  );
}

export function exportAudit(db: Queryable, leerlijnId: string): Promise<Row[]> {
  return rows(
    db,
    `select actor, action, detail, ${iso('at')} as at from audit_log where leerlijn_id = $1::uuid order by at, id`,
    leerlijnId,
  );
}

export interface LeerlijnRowCounts {
  members: number;
  formerMembers: number;
  meetings: number;
  scoreRounds: number;
  votes: number;
  agreedScores: number;
  notes: number;
  planItems: number;
  actions: number;
  actionUpdates: number;
  evaluationEntries: number;
  scheduledJobs: number;
  auditLog: number;
}

export async function leerlijnRowCounts(db: Queryable, leerlijnId: string): Promise<LeerlijnRowCounts> {
  const { rows: found } = await db.query<LeerlijnRowCounts>(
    `select
       (select count(*)::int from members where leerlijn_id = $1::uuid) as members,
       (select count(*)::int from former_members where leerlijn_id = $1::uuid) as "formerMembers",
       (select count(*)::int from meetings where leerlijn_id = $1::uuid) as meetings,
       (select count(*)::int from score_rounds where leerlijn_id = $1::uuid) as "scoreRounds",
       (select count(*)::int from votes v join score_rounds r on r.id = v.round_id where r.leerlijn_id = $1::uuid) as votes,
       (select count(*)::int from agreed_scores a join score_rounds r on r.id = a.round_id where r.leerlijn_id = $1::uuid) as "agreedScores",
       (select count(*)::int from notes n join score_rounds r on r.id = n.round_id where r.leerlijn_id = $1::uuid) as notes,
       (select count(*)::int from plan_items where leerlijn_id = $1::uuid) as "planItems",
       (select count(*)::int from actions where leerlijn_id = $1::uuid) as actions,
       (select count(*)::int from action_updates u join actions a on a.id = u.action_id where a.leerlijn_id = $1::uuid) as "actionUpdates",
       (select count(*)::int from evaluation_entries where leerlijn_id = $1::uuid) as "evaluationEntries",
       (select count(*)::int from scheduled_jobs where leerlijn_id = $1::uuid) as "scheduledJobs",
       (select count(*)::int from audit_log where leerlijn_id = $1::uuid) as "auditLog"`,
    [leerlijnId],
  );
  return found[0]!;
}

/**
 * Deletes the leerlijn; its children go by `on delete cascade`. The audit log has no
 * foreign key, so its earlier entries are removed here: only the deletion record stays.
 * How to reach its people in Teams (conversation_refs `member:` / `user:`, which hold their
 * display name) goes too, for those in no other leerlijn of the workspace: those taken off its
 * team included.
 */
export async function deleteLeerlijnData(db: Queryable, leerlijnId: string): Promise<void> {
  await db.query(
    `delete from conversation_refs c
      using leerlijnen l, (select leerlijn_id, user_id from members union select leerlijn_id, user_id from former_members) m
      where l.id = $1::uuid and m.leerlijn_id = l.id and c.workspace_id = l.workspace_id
        and c.ref_key in ('member:' || m.user_id, 'user:' || m.user_id)
        and not exists (
          select 1 from members o join leerlijnen ol on ol.id = o.leerlijn_id
           where o.user_id = m.user_id and ol.workspace_id = l.workspace_id and ol.id <> l.id)`,
    [leerlijnId],
  );
  // Votes in flight finish first and later ones find no round (as when a round closes): a
  // vote batch would otherwise meet the cascade row by row and deadlock with it.
  await db.query(
    `select pg_advisory_xact_lock(hashtextextended(r.id::text, 0)) from (select id from score_rounds where leerlijn_id = $1::uuid order by id) r`,
    [leerlijnId],
  );
  await db.query(`delete from leerlijnen where id = $1::uuid`, [leerlijnId]);
  await db.query(`delete from audit_log where leerlijn_id = $1::uuid`, [leerlijnId]);
}
