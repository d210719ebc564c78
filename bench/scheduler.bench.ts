// How the claim query of one tick scales with the job table: 1k, 10k and 100k leerlijnen
// (about 10 jobs each), seeded in SQL in a fresh schema on real Postgres.
// Run: TEST_DATABASE_URL=postgres://… tsx bench/scheduler.bench.ts
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { processEnv } from '../src/config.js';
import { claimDueJobs, claimStatement } from '../src/scheduler/job-claims.js';
import { PLANNED_KINDS } from '../src/scheduler/jobs-store.js';
import { syncLeerlijnJobs } from '../src/app/jobs/plan-jobs.js';
import type { Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { createPgDb } from '../src/store/pg-db.js';

const SIZES = [1_000, 10_000, 100_000];
const JOBS_PER_LEERLIJN = 10;
const BATCH = 50;
const RUNS = 41;
const WARMUP = 5;
const NOW = new Date('2026-03-01T08:00:00Z');
// Seeding 100k leerlijnen (a million jobs) took 31 s on a busy 2-core machine in five statements;
// on a busier one its big insert alone could pass the bot's 30 s statement limit. The claims
// measured take milliseconds either way.
const SEED_LIMITS = { statementMs: 10 * 60_000, answerMs: 10 * 60_000 + 5_000 };

function schemaUrl(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Adds leerlijnen (from+1 … to) and their jobs: run times spread over ~4 months around NOW, a third already done. */
async function grow(db: Db, workspaceId: string, from: number, to: number): Promise<void> {
  await db.query(
    `insert into leerlijnen (workspace_id, channel_id, kind, school_name, youth_org_name, timezone, start_date, start_time, randvoorwaarden, created_by)
     select $1::uuid, 'C' || g, 'bestaand', 'School ' || g, 'Jongerenwerk', 'Europe/Amsterdam', date '2026-02-02', '15:30', '{}', 'U0'
     from generate_series($2::int + 1, $3::int) as g`,
    [workspaceId, from, to],
  );
  await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, status)
     select ($4::text[])[k], l.id::text || ':m', 'o' || k,
       l.id, $5::timestamptz + (random() * 120 - 3) * interval '1 day',
       case when random() < 0.33 then 'done' else 'pending' end
     from (select id from leerlijnen order by created_at, id offset $1::int limit $2::int - $1::int) l
     cross join generate_series(1, $3::int) as k`,
    [from, to, JOBS_PER_LEERLIJN, [...PLANNED_KINDS], NOW.toISOString()],
  );
  // A live table is kept vacuumed by autovacuum; measure that steady state, not the
  // first scan after a bulk load (which sets hint bits and races autovacuum).
  await db.exec('vacuum analyze scheduled_jobs');
  await db.exec('vacuum analyze leerlijnen');
  // The load's WAL otherwise triggers a checkpoint during the timing, and its I/O slows every commit.
  await db.exec('checkpoint').catch((error: unknown) => console.warn(`checkpoint skipped (${String(error)}): commit times may be noisy`));
}

/** One claim as the tick runs it, then the rows are put back so every run sees the same table. */
async function claimOnce(db: Db): Promise<number> {
  const t0 = performance.now();
  const { jobs, supersededIds } = await claimDueJobs(db, NOW, BATCH, 300);
  const ms = performance.now() - t0;
  if (jobs.length + supersededIds.length !== BATCH) throw new Error(`took ${jobs.length + supersededIds.length}, expected ${BATCH}`);
  await db.query(`update scheduled_jobs set locked_until = null, attempts = 0 where id = any($1::bigint[])`, [jobs.map((j) => j.id)]);
  // The seed's action follow-ups share a subject, so some are superseded: put them back too.
  await db.query(`update scheduled_jobs set status = 'pending', done_at = null, payload = payload - 'outcome' where id = any($1::bigint[])`, [supersededIds]);
  return ms;
}

const ROLLBACK = new Error('rollback');

/** The claim statement in a transaction that is rolled back: the query alone, without any commit. */
async function claimQueryOnce(db: Db): Promise<number> {
  let ms = 0;
  await db
    .transaction(async (tx) => {
      const t0 = performance.now();
      await claimStatement(tx, NOW, BATCH, 300);
      ms = performance.now() - t0;
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return ms;
}

async function syncOnce(db: Db): Promise<number> {
  const { rows } = await db.query<{ id: string }>(`select id from leerlijnen order by random() limit 1`);
  const t0 = performance.now();
  await db.transaction((tx) => syncLeerlijnJobs(tx, rows[0]!.id, NOW));
  return performance.now() - t0;
}

interface Sized {
  size: number;
  schema: string;
  db: Db;
  claim: number[];
  query: number[];
  sync: number[];
}

async function seed(url: string, admin: Db, size: number): Promise<Sized> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  await admin.exec(`create schema ${schema}`);
  const db = createPgDb(schemaUrl(url, schema), 1, SEED_LIMITS);
  await migrate(db);
  const ws = await db.query<{ id: string }>(`insert into workspaces (platform, tenant_id) values ('slack', 'T_BENCH') returning id`);
  const t0 = performance.now();
  await grow(db, ws.rows[0]!.id, 0, size);
  const rows = (await db.query<{ n: number }>('select count(*)::int as n from scheduled_jobs')).rows[0]!.n;
  console.log(`seeded ${size} leerlijnen (${rows} jobs) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { size, schema, db, claim: [], query: [], sync: [] };
}

function report(all: readonly Sized[]): number {
  const ms = (x: number) => `${x.toFixed(3)} ms`.padStart(9);
  console.log(`\nmedians of ${RUNS} interleaved runs`);
  console.log('leerlijnen  jobs       claim 50 (as tick)  claim 50 (query only)  sync one leerlijn');
  for (const r of all) {
    const row = `${String(r.size).padEnd(11)} ${String(r.size * JOBS_PER_LEERLIJN).padEnd(10)} ${ms(median(r.claim))}`;
    console.log(`${row}           ${ms(median(r.query))}              ${ms(median(r.sync))}`);
  }
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const ratio = median(last.claim) / median(first.claim);
  const queryRatio = median(last.query) / median(first.query);
  console.log(`\nclaim ratio ${last.size}/${first.size}: ${ratio.toFixed(2)} as tick, ${queryRatio.toFixed(2)} query only (target <= 2)`);
  console.log(`claim at ${last.size}: ${median(last.claim).toFixed(3)} ms as tick (target < 5 ms)`);
  return ratio <= 2 && median(last.claim) < 5 ? 0 : 1;
}

async function main(): Promise<number> {
  const env = processEnv();
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) {
    console.error('Set TEST_DATABASE_URL or DATABASE_URL to a Postgres server: this benchmark needs real Postgres.');
    return 2;
  }
  const admin = createPgDb(url, 1, SEED_LIMITS);
  const all: Sized[] = [];
  try {
    for (const size of SIZES) all.push(await seed(url, admin, size));
    // Sizes take turns, so a busy moment on a shared machine costs every size alike.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const r of all) {
        const claim = await claimOnce(r.db);
        const query = await claimQueryOnce(r.db);
        const sync = await syncOnce(r.db);
        if (i < WARMUP) continue;
        r.claim.push(claim);
        r.query.push(query);
        r.sync.push(sync);
      }
    }
    return report(all);
  } finally {
    for (const r of all) {
      await r.db.close();
      await admin.exec(`drop schema ${r.schema} cascade`);
    }
    await admin.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
