// The retention term's reads and writes (app/retention.ts decides): which ended leerlijnen are to
// be warned, when each will be deleted, and which are due. A leerlijn ends once (nothing sets it
// active again), so one warning job per leerlijn: kind 'retention_warning', subject its id,
// occurrence 'ended'; and one more, occurrence 'channel', for its channel when that one reached
// no coordinator.
import type { Queryable } from './db.js';

const WARNING = 'retention_warning';

/**
 * Plans the warning of every ended leerlijn whose deletion is `warnDays` or less away at `now`,
 * once. The date it announces is the term's end, or `warnDays` after `now` when the warning
 * comes late (the bot was down, the term was shortened, an upgrade found old ones): nobody's data
 * goes without that much notice. Returns how many were planned.
 */
export async function planRetentionWarnings(db: Queryable, now: Date, termDays: number, warnDays: number): Promise<number> {
  const { rowCount } = await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     select $4::text, l.id::text, 'ended', l.id, $1::timestamptz,
       jsonb_build_object('deleteAt', greatest(l.ended_at + make_interval(days => $2::int), $1::timestamptz + make_interval(days => $3::int)))
     from leerlijnen l
     where ${WARNING_DUE}
     on conflict (kind, subject, occurrence) do nothing`,
    [now.toISOString(), termDays, warnDays, WARNING],
  );
  return rowCount;
}

/**
 * Of warning `w` of leerlijn `l` under a term of $2 days: it no longer holds (replanOutdatedWarnings).
 * False, not null, for one without an outcome (failed: only its channel copy was said), so its day still comes.
 */
const OUTDATED = `((w.payload->>'deleteAt')::timestamptz < l.ended_at + make_interval(days => $2::int) or coalesce(w.payload->>'outcome', '') = 'skipped:retention_off')`;
/** Of leerlijn `l` at $1 under a term of $2 days and a warning $3 days ahead: ended, and its warning due. */
const WARNING_DUE = `l.status <> 'active' and l.ended_at is not null and l.ended_at + make_interval(days => $2::int - $3::int) <= $1::timestamptz`;

/**
 * A warning that no longer holds is planned once more, so the day the data goes is announced
 * `warnDays` ahead whatever the term is by then: one that named an earlier day than the term's
 * end (the term was lengthened since), or one never said because the term was off when it came
 * due. Due when a new warning would be (the term's end `warnDays` away); its new day as for a
 * first one. A channel copy of the old one goes too: the new one may reach the coordinators.
 * Returns how many were planned again.
 */
export async function replanOutdatedWarnings(db: Queryable, now: Date, termDays: number, warnDays: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `with outdated as (
       update scheduled_jobs w
          set status = 'pending', attempts = 0, run_at = $1::timestamptz, locked_until = null, retry_not_before = null,
              last_error = null, done_at = null,
              payload = jsonb_build_object('deleteAt', greatest(l.ended_at + make_interval(days => $2::int), $1::timestamptz + make_interval(days => $3::int)))
         from leerlijnen l
        where w.kind = $4::text and w.subject = l.id::text and w.occurrence = 'ended' and w.status <> 'pending'
          and ${WARNING_DUE} and ${OUTDATED}
       returning w.subject
     ), channel_copy as (
       delete from scheduled_jobs c using outdated o where c.kind = $4::text and c.subject = o.subject and c.occurrence = 'channel'
     )
     select count(*)::int as n from outdated`,
    [now.toISOString(), termDays, warnDays, WARNING],
  );
  return rows[0]?.n ?? 0;
}

/** The leerlijnen whose warning a pass at `now` would plan, first or again (for `tick --dry-run`); nothing written. */
export async function warningsDue(db: Queryable, now: Date, termDays: number, warnDays: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select l.id from leerlijnen l
       left join scheduled_jobs w on w.kind = $4::text and w.subject = l.id::text and w.occurrence = 'ended'
     where ${WARNING_DUE} and (w.id is null or (w.status <> 'pending' and ${OUTDATED}))
     order by l.ended_at`,
    [now.toISOString(), termDays, warnDays, WARNING],
  );
  return rows.map((r) => r.id);
}

/**
 * A warning that failed without reaching any coordinator (they all left the workspace, the
 * platform refuses them) is said once more, in the leerlijn's channel, with the same date.
 */
export async function planChannelWarnings(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     select w.kind, w.subject, 'channel', w.leerlijn_id, $1::timestamptz, jsonb_build_object('deleteAt', w.payload->'deleteAt')
     from scheduled_jobs w
     where w.kind = $2::text and w.occurrence = 'ended' and w.status = 'failed'
       and coalesce(jsonb_array_length(w.payload->'sentTo'), 0) = 0
     on conflict (kind, subject, occurrence) do nothing`,
    [now.toISOString(), WARNING],
  );
  return rowCount;
}

/** The moment its data goes: the term's end, or the later date its warning announced. */
const DELETE_AT = `greatest(l.ended_at + make_interval(days => $2::int), (w.payload->>'deleteAt')::timestamptz)`;
const WARNED = `join scheduled_jobs w on w.kind = '${WARNING}' and w.subject = l.id::text and w.occurrence = 'ended'`;

/**
 * Ended leerlijnen that were warned and whose deletion moment has come at `now`; not over a warning
 * that no longer holds, which the pass plans again first (so a dry run names what a pass deletes).
 */
export async function leerlijnenDueForDeletion(db: Queryable, now: Date, termDays: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select l.id from leerlijnen l ${WARNED}
     where l.status <> 'active' and l.ended_at is not null and ${DELETE_AT} <= $1::timestamptz and not ${OUTDATED}
     order by l.ended_at`,
    [now.toISOString(), termDays],
  );
  return rows.map((r) => r.id);
}

/** Locks the leerlijn and says whether it is still due at `now` (the transaction's own check). */
export async function lockIfDueForDeletion(tx: Queryable, leerlijnId: string, now: Date, termDays: number): Promise<{ workspaceId: string } | null> {
  const { rows } = await tx.query<{ workspaceId: string }>(
    `select l.workspace_id as "workspaceId" from leerlijnen l ${WARNED}
     where l.id = $3::uuid and l.status <> 'active' and l.ended_at is not null and ${DELETE_AT} <= $1::timestamptz and not ${OUTDATED}
     for update of l`,
    [now.toISOString(), termDays, leerlijnId],
  );
  return rows[0] ?? null;
}

/** When an ended leerlijn's data goes: the term's end, or the later date its warning announced (greatest skips a null). */
export async function deletionMomentOf(db: Queryable, leerlijnId: string, termDays: number): Promise<Date | null> {
  const { rows } = await db.query<{ at: Date | string }>(
    `select greatest(l.ended_at + make_interval(days => $2::int),
       (select (w.payload->>'deleteAt')::timestamptz from scheduled_jobs w
         where w.kind = 'retention_warning' and w.subject = l.id::text and w.occurrence = 'ended')) as at
     from leerlijnen l where l.id = $1::uuid and l.ended_at is not null`,
    [leerlijnId, termDays],
  );
  const at = rows[0]?.at;
  return at ? new Date(at) : null;
}
