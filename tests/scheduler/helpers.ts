// Shared bits for the scheduler tests: read the job table, add an action, build tick deps.
import type { DocumentsConfig } from '../../src/config-documents.js';
import type { Db, Queryable } from '../../src/store/db.js';
import { tick, type TickOptions } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { beforeEach, expect } from 'vitest';
import { previewPass } from '../../src/scheduler/preview.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { makeDeps, NOW, startFixture, useStartedLeerlijn, type LeerlijnEnv, type Started } from '../support/fixtures.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { TestDb } from '../support/db.js';

export interface JobRow {
  id: string;
  kind: string;
  subject: string;
  occurrence: string;
  runAt: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

export async function jobsOf(db: Queryable, leerlijnId: string, status?: string): Promise<JobRow[]> {
  const { rows } = await db.query<JobRow>(
    `select id::text as id, kind, subject, occurrence, to_char(run_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "runAt",
       status, attempts, last_error as "lastError"
     from scheduled_jobs where leerlijn_id = $1::uuid and ($2::text is null or status = $2::text)
     order by run_at, kind`,
    [leerlijnId, status ?? null],
  );
  return rows;
}

export function runAtOf(jobs: readonly JobRow[], kind: string, subjectEnd: string): string[] {
  return jobs.filter((j) => j.kind === kind && j.subject.endsWith(subjectEnd)).map((j) => j.runAt);
}

export async function addAction(
  db: Queryable,
  leerlijnId: string,
  a: { owner: string; due: string; status?: string; description?: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into actions (leerlijn_id, onderdeel, description, owner_user_id, due_date, status, source, created_by)
     values ($1::uuid, 'A1', $2::text, $3::text, $4::date, $5::text, 'actieplan', 'U000') returning id`,
    [leerlijnId, a.description ?? 'Wekelijks overleg plannen', a.owner, a.due, a.status ?? 'open'],
  );
  return rows[0]!.id;
}

/** A status change as the owner makes it: the action, and its update (by default the day after NOW), with the note they wrote. */
export async function setActionStatus(db: Queryable, actionId: string, status: string, at = '2026-01-16T10:00:00Z', note: string | null = null): Promise<void> {
  await db.query(`update actions set status = $2::text where id = $1::uuid`, [actionId, status]);
  await db.query(`insert into action_updates (action_id, status, note, by_user, at) values ($1::uuid, $2::text, $3::text, 'U001', $4::timestamptz)`, [actionId, status, note, at]);
}

/** A scheduler: one database handle and the messenger it sends with. */
/** `documents`: the deployment's document settings (links in invitations); none by default. */
export function scheduler(db: Db, opts: TickOptions = {}, documents?: DocumentsConfig) {
  const messenger = new RecordingMessenger('slack');
  return {
    messenger,
    tick: (now: Date | string, more: TickOptions = {}) =>
      tick({ db, messengers: { slack: messenger }, ...(documents ? { documents } : {}) }, new Date(now), { random: () => 0, ...opts, ...more }),
  };
}

/**
 * Leases and retry backoffs are judged by the database's clock, and tests never sleep: moving
 * every lease and backoff back by `seconds` is what that clock moving on by `seconds` would do.
 */
export async function databaseClockMovesOn(db: Queryable, seconds: number): Promise<void> {
  await db.query(
    `update scheduled_jobs set locked_until = locked_until - make_interval(secs => $1::int),
       retry_not_before = retry_not_before - make_interval(secs => $1::int)
     where locked_until is not null or retry_not_before is not null`,
    [seconds],
  );
}

/**
 * A stopped leerlijn is deleted at `at` and not a minute before, and the dry run says so at the
 * same moments; `run` is the pass (tick) for a moment, with the retention term `retentionDays`.
 */
export async function expectDeletedAt(db: Db, leerlijnId: string, at: Date, run: (now: Date) => Promise<unknown>, retentionDays: number): Promise<void> {
  const before = new Date(at.getTime() - 60_000);
  const dryRun = async (when: Date) => (await previewPass(db, when, 50, retentionDays)).map((l) => l.kind);
  expect(await dryRun(before)).toEqual([]);
  await run(before);
  expect(await leerlijnById(db, leerlijnId)).not.toBeNull();
  expect(await dryRun(at)).toEqual(['retention_delete']);
  await run(at);
  expect(await leerlijnById(db, leerlijnId)).toBeNull();
}

/** The fixture's leerlijn, started and then stopped by its coordinator at `at`: its retention term runs from then. */
export async function stoppedLeerlijn(db: Db, at: Date): Promise<Started> {
  const deps = makeDeps(db);
  const started = await startFixture(deps);
  deps.setNow(at);
  await stopLeerlijn(deps, started.coordinator, started.leerlijnId, 'stopped');
  return started;
}

/** Per test: a fresh database and a started leerlijn of four whose jobs are planned as at NOW. */
export function usePlannedLeerlijn(open: () => Promise<TestDb>): LeerlijnEnv {
  const env = useStartedLeerlijn(open);
  beforeEach(() => env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW)));
  return env;
}

/** A 429 asking 30 s, as a messenger reports it. */
export const RATE_LIMITED_30S = { ok: false as const, error: 'ratelimited', retryAfterSeconds: 30, throttled: true as const, permanent: false };

/** A leerlijn of four whose U000, U001 and U002 coordinate, so three get the Monday digest (U003 owns an action); its jobs planned. */
export async function threeCoordinatorsDigest(db: Db): Promise<void> {
  const s = await startFixture(makeDeps(db), { members: 4 });
  await db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id in ('U001', 'U002')`, [s.leerlijnId]);
  await addAction(db, s.leerlijnId, { owner: 'U003', due: '2026-03-06' });
  await db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
}
