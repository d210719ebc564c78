// The retention term's reads and writes (app/retention.ts decides): which ended leerlijnen are to
// be warned, when each will be deleted, and which are due. A leerlijn ends once (nothing sets it
// active again), so one warning job per leerlijn: kind 'retention_warning', subject its id,
// occurrence 'ended'; and one more, occurrence 'channel', for its channel when that one reached
// no coordinator.
import type { Queryable } from './db.js';

const WARNING = 'retention_warning';

// A term's days are 24 hours each here, as app/retention.ts counts them: the session's time zone
// moves no term's end by an hour across a DST change (a warning's day would then look outdated).
/** Of warning `w` of leerlijn `l` under a term of $2 days: it no longer holds (planWarning). False, not null, for one without an outcome (failed, pending). */
const OUTDATED = `((w.payload->>'deleteAt')::timestamptz < l.ended_at + make_interval(hours => 24 * $2::int) or coalesce(w.payload->>'outcome', '') = 'skipped:retention_off')`;

/**
 * Of warning `w`, at the moment in parameter `now`: planned but still not said a day after its time
 * (the bot was down), so it can no longer give the 14 days' notice it was planned with (13: less
 * that day, so a warning retried for some hours keeps its date). Planned anew, as a late one is,
 * at the next 09:00; a lease still running is a pass sending it now.
 */
const stale = (now: string, job = 'w') =>
  `(${job}.status = 'pending' and (${job}.payload->>'deleteAt')::timestamptz < ${now}::timestamptz + make_interval(days => 13)
    and (${job}.locked_until is null or ${job}.locked_until < ${now}::timestamptz))`;
/** A warning still to be said: nothing is deleted over it (the pass plans a stale one anew first). */
const SAID = `w.status <> 'pending'`;

export interface WarningCandidate {
  id: string;
  endedAt: Date;
  timezone: string;
}

/**
 * The ended leerlijnen whose warning is to be planned at `now`, first or again: the term's end
 * `leadDays` or less away, and no warning yet, or one that no longer holds (it named an earlier
 * day than the term's end: the term was lengthened since; or it was never said because the term
 * was off when it came due). When it goes out and which day it names app/retention.ts decides.
 */
export async function warningCandidates(db: Queryable, now: Date, termDays: number, leadDays: number): Promise<WarningCandidate[]> {
  const { rows } = await db.query<{ id: string; endedAt: Date | string; timezone: string }>(
    `select l.id, l.ended_at as "endedAt", l.timezone from leerlijnen l
       left join scheduled_jobs w on w.kind = $4::text and w.subject = l.id::text and w.occurrence = 'ended'
     where l.status <> 'active' and l.ended_at is not null and l.ended_at + make_interval(hours => 24 * ($2::int - $3::int)) <= $1::timestamptz
       and (w.id is null or (w.status <> 'pending' and ${OUTDATED}) or ${stale('$1')})
     order by l.ended_at`,
    [now.toISOString(), termDays, leadDays, WARNING],
  );
  return rows.map((r) => ({ id: r.id, endedAt: new Date(r.endedAt), timezone: r.timezone }));
}

/**
 * Plans this leerlijn's warning to go out at `runAt`, naming `deleteAt`: a first one, or one that
 * no longer holds planned once more (its channel copy goes too: the new one may reach the
 * coordinators). Nothing when another pass planned it meanwhile. Returns whether it planned.
 */
export async function planWarning(db: Queryable, leerlijnId: string, runAt: Date, deleteAt: Date, termDays: number, now: Date): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `with outdated as (
       update scheduled_jobs w
          set status = 'pending', attempts = 0, run_at = $1::timestamptz, locked_until = null, claim_token = null, retry_not_before = null,
              last_error = null, done_at = null, payload = jsonb_build_object('deleteAt', $3::timestamptz)
         from leerlijnen l
        where w.kind = $4::text and w.subject = $5::text and w.occurrence = 'ended' and l.id = $5::uuid
          and ((w.status <> 'pending' and ${OUTDATED}) or ${stale('$6')})
       returning w.subject
     ), channel_copy as (
       delete from scheduled_jobs c using outdated o where c.kind = $4::text and c.subject = o.subject and c.occurrence = 'channel'
     )
     select count(*)::int as n from outdated`,
    [runAt.toISOString(), termDays, deleteAt.toISOString(), WARNING, leerlijnId, now.toISOString()],
  );
  if ((rows[0]?.n ?? 0) > 0) return true;
  const { rowCount } = await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     values ($3::text, $4::text, 'ended', $4::uuid, $1::timestamptz, jsonb_build_object('deleteAt', $2::timestamptz))
     on conflict (kind, subject, occurrence) do nothing`,
    [runAt.toISOString(), deleteAt.toISOString(), WARNING, leerlijnId],
  );
  return rowCount > 0;
}

/** Of warning `w`: it reached nobody (no coordinator, nor the channel it went to), so it is said once more in the channel. */
const REACHED_NOBODY = `(w.status = 'failed' and coalesce(jsonb_array_length(w.payload->'sentTo'), 0) = 0)`;
/** The channel copy `c` of warning `w`, where there is one. */
const CHANNEL_COPY = `left join scheduled_jobs c on c.kind = w.kind and c.subject = w.subject and c.occurrence = 'channel'`;
/** On how many working days a channel copy the platform did not answer is tried: an outage does not delete unread, nor keeps for ever. */
const CHANNEL_COPY_DAYS = 3;
/** Of channel copy `c`: given up unanswered (an outage, not a refusal), and to be tried again on another working day. */
const TRIED_AGAIN = `(c.status = 'failed' and c.payload->>'outcome' = 'unanswered' and coalesce((c.payload->>'days')::int, 1) < ${CHANNEL_COPY_DAYS})`;

/** An ended leerlijn as the retention term reads it under a term of `termDays`, with the day its warning (or, later, its channel copy) named while that holds. */
export async function endedForRetention(db: Queryable, leerlijnId: string, termDays: number): Promise<{ endedAt: Date; timezone: string; warnedDeleteAt: Date | null } | null> {
  const { rows } = await db.query<{ endedAt: Date | string; timezone: string; warnedDeleteAt: Date | string | null }>(
    `select l.ended_at as "endedAt", l.timezone,
       (select greatest((w.payload->>'deleteAt')::timestamptz, (c.payload->>'deleteAt')::timestamptz) from scheduled_jobs w ${CHANNEL_COPY}
         where w.kind = '${WARNING}' and w.subject = l.id::text and w.occurrence = 'ended' and not ${OUTDATED}) as "warnedDeleteAt"
     from leerlijnen l where l.id = $1::uuid and l.ended_at is not null`,
    [leerlijnId, termDays],
  );
  const row = rows[0];
  if (!row) return null;
  return { endedAt: new Date(row.endedAt), timezone: row.timezone, warnedDeleteAt: row.warnedDeleteAt ? new Date(row.warnedDeleteAt) : null };
}

export interface ChannelCopyCandidate {
  leerlijnId: string;
  timezone: string;
  /** The moment the warning named. */
  warnedDeleteAt: Date;
  /** A copy given up unanswered at this moment, to be tried again (TRIED_AGAIN); null for a first or stale one. */
  unansweredAt: Date | null;
}

/**
 * The warnings that failed without reaching any coordinator (they all left the workspace, the
 * platform refuses them) and whose channel copy is to be planned at `now`: none yet, or one
 * planned but still not said a day after its time (stale, as a warning is). When it goes and
 * which day it names app/retention.ts decides.
 */
export async function channelCopyCandidates(db: Queryable, now: Date): Promise<ChannelCopyCandidate[]> {
  const { rows } = await db.query<{ leerlijnId: string; timezone: string; warnedDeleteAt: Date | string; unansweredAt: Date | string | null }>(
    `select l.id as "leerlijnId", l.timezone, (w.payload->>'deleteAt')::timestamptz as "warnedDeleteAt",
       case when ${TRIED_AGAIN} then (c.payload->>'failedAt')::timestamptz end as "unansweredAt"
     from scheduled_jobs w join leerlijnen l on l.id = w.leerlijn_id ${CHANNEL_COPY}
     where w.kind = $2::text and w.occurrence = 'ended' and ${REACHED_NOBODY} and (c.id is null or ${stale('$1', 'c')} or ${TRIED_AGAIN})`,
    [now.toISOString(), WARNING],
  );
  return rows.map((r) => ({
    leerlijnId: r.leerlijnId, timezone: r.timezone, warnedDeleteAt: new Date(r.warnedDeleteAt), unansweredAt: r.unansweredAt ? new Date(r.unansweredAt) : null,
  }));
}

/**
 * Plans the channel copy of this leerlijn's warning at `runAt`, naming `deleteAt`: a first one, a
 * stale one anew, or one given up unanswered once more (counting the working days it was tried on). Returns whether it planned.
 */
export async function planChannelCopy(db: Queryable, leerlijnId: string, runAt: Date, deleteAt: Date, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into scheduled_jobs as c (kind, subject, occurrence, leerlijn_id, run_at, payload)
     values ($3::text, $4::text, 'channel', $4::uuid, $1::timestamptz, jsonb_build_object('deleteAt', $2::timestamptz))
     on conflict (kind, subject, occurrence) do update
       set status = 'pending', attempts = 0, run_at = excluded.run_at, locked_until = null, claim_token = null, retry_not_before = null,
           last_error = null, done_at = null,
           payload = excluded.payload || jsonb_build_object('days', coalesce((c.payload->>'days')::int, 1) + (case when c.status = 'failed' then 1 else 0 end))
       where ${stale('$5', 'c')} or ${TRIED_AGAIN}`,
    [runAt.toISOString(), deleteAt.toISOString(), WARNING, leerlijnId, now.toISOString()],
  );
  return rowCount > 0;
}

/** The moment its data goes: the one its warning, or later its channel copy, announced (never before the term's end while it holds). */
const DELETE_AT = `greatest(l.ended_at + make_interval(hours => 24 * $2::int), (w.payload->>'deleteAt')::timestamptz, (c.payload->>'deleteAt')::timestamptz)`;
const WARNED = `join scheduled_jobs w on w.kind = '${WARNING}' and w.subject = l.id::text and w.occurrence = 'ended' ${CHANNEL_COPY}`;
/**
 * A warning that reached nobody waits for its channel copy to be said: nothing goes before the team
 * could read of it, nor while a copy not answered is still to be tried again.
 */
const READ = `(not ${REACHED_NOBODY} or (c.status <> 'pending' and not ${TRIED_AGAIN}))`;
/** Ended leerlijn `l`, its warning `w` said and still holding, and its moment come at $1 under a term of $2 days. */
const DUE = `l.status <> 'active' and l.ended_at is not null and ${DELETE_AT} <= $1::timestamptz and ${SAID} and not ${OUTDATED} and ${READ}`;

/**
 * Ended leerlijnen that were warned and whose deletion moment has come at `now`; not over a warning
 * that no longer holds, which the pass plans again first (so a dry run names what a pass deletes).
 */
export async function leerlijnenDueForDeletion(db: Queryable, now: Date, termDays: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select l.id from leerlijnen l ${WARNED}
     where ${DUE}
     order by l.ended_at`,
    [now.toISOString(), termDays],
  );
  return rows.map((r) => r.id);
}

/** Locks the leerlijn and says whether it is still due at `now` (the transaction's own check). */
export async function lockIfDueForDeletion(tx: Queryable, leerlijnId: string, now: Date, termDays: number): Promise<{ workspaceId: string } | null> {
  const { rows } = await tx.query<{ workspaceId: string }>(
    `select l.workspace_id as "workspaceId" from leerlijnen l ${WARNED}
     where l.id = $3::uuid and ${DUE}
     for update of l`,
    [now.toISOString(), termDays, leerlijnId],
  );
  return rows[0] ?? null;
}
