// Many concurrent Action.Execute vote invokes against the running app's Teams side on real
// Postgres, compared in the same run with a minimal botbuilder CloudAdapter app that only
// parses the invoke, upserts the vote and answers it (bench/teams-baseline.ts). The fake Bot
// Connector runs in a child process and the invokes come from a worker thread, so the app's
// event loop carries only the app. Auth is off for both (a loopback caller and serviceUrl).
// Run: npm run bench:votes:teams [-- --concurrency 50 --members 200 --passes 2 --turns 8 --bursts 20]
// (needs TEST_DATABASE_URL or DATABASE_URL; makes and drops its own schema)
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { createTeamsAdapter } from '../src/adapters/teams/index.js';
import { startLeerlijn } from '../src/app/leerlijn.js';
import { loadConfig, processEnv } from '../src/config.js';
import { startBot } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import { ensureWorkspace } from '../src/store/leerlijnen.js';
import { messageActivity, postActivity, type TeamsConversation, type TeamsUser } from '../tests/fakes/teams-activities.js';
import { postgresTestDb } from '../tests/support/db.js';
import { cpuReadable, type CpuReading } from './cpu.js';
import { startTeamsBaseline } from './teams-baseline.js';
import type { TeamsClick, TeamsLoadJob, TeamsLoadRun } from './teams-vote-load.js';

const { values: argv } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    members: { type: 'string', default: '200' }, // a team has at most 200
    passes: { type: 'string', default: '2' },
    turns: { type: 'string', default: '8' },
    bursts: { type: 'string', default: '20' },
  },
});
const CONCURRENCY = Number(argv.concurrency);
const MEMBERS = Math.min(200, Number(argv.members));
const PASSES = Number(argv.passes);
const TURNS = Number(argv.turns);
const BURSTS = Number(argv.bursts);
const TENANT = 'bench-tenant';
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;
const CHANNEL: TeamsConversation = { id: '19:bench@thread.tacv2', conversationType: 'channel', tenantId: TENANT };
const USERS: TeamsUser[] = Array.from({ length: MEMBERS }, (_, i) => ({ id: `29:u${i}`, name: `Lid ${i}`, aadObjectId: `aad-u${String(i).padStart(4, '0')}` }));

let fakePid = 0;
let serviceUrl = '';

function load(job: Omit<TeamsLoadJob, 'concurrency' | 'fakePid' | 'serviceUrl' | 'conversation'>): Promise<TeamsLoadRun> {
  // Node 20 workers ignore --import in execArgv, so the worker registers tsx itself.
  const entry = new URL('./teams-vote-load.ts', import.meta.url).href;
  const boot = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(boot, { eval: true, workerData: { ...job, concurrency: CONCURRENCY, fakePid, serviceUrl, conversation: CHANNEL } });
  return new Promise((resolve, reject) => {
    worker.once('message', (run: TeamsLoadRun) => void worker.terminate().then(() => resolve(run)));
    worker.once('error', reject);
  });
}

async function startFakeProcess(): Promise<{ child: ChildProcess; serviceUrl: string; control: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/fake-connector-process.ts', TENANT], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { child, ...(JSON.parse(line) as { serviceUrl: string; control: string }) };
}

/** The app's database handle, counting the statements it is sent (a transaction as begin + its statements + commit). */
function counted(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const wrap = <Q extends Pick<Db, 'query' | 'exec'>>(q: Q): Pick<Db, 'query' | 'exec'> => ({
    query: (sql, params, opts) => ((n += 1), q.query(sql, params, opts)),
    exec: (sql) => ((n += 1), q.exec(sql)),
  });
  return {
    db: { ...db, ...wrap(db), kind: db.kind, close: () => db.close(), transaction: (fn) => ((n += 2), db.transaction((tx) => fn(wrap(tx)))) },
    count: () => n,
  };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Contender { name: string; endpoint: string; roundId: string }
interface Measured { loads: TeamsLoadRun[]; windows: Array<[number, number]>; bursts: number[]; cpu: CpuReading }

/**
 * The contenders take turns over TURNS slices of the clicks, so noise from elsewhere on the
 * machine hits both; then bursts of CONCURRENCY invokes at once with a pause between (latency
 * as a team sees it at a busy moment rather than under saturation).
 */
async function measure(contenders: Contender[], warmUp: TeamsClick[], clicks: TeamsClick[], burstClicks: TeamsClick[]): Promise<Map<string, Measured>> {
  const out = new Map(contenders.map((c) => [c.name, { loads: [], windows: [], bursts: [], cpu: { app: 0, appHelpers: 0, postgres: 0, fakeSlack: 0, load: 0 } } as Measured]));
  for (const c of contenders) await load({ endpoint: c.endpoint, roundId: c.roundId, clicks: warmUp });
  const size = Math.ceil(clicks.length / TURNS);
  for (let i = 0; i < TURNS; i++) {
    for (const c of contenders) {
      const m = out.get(c.name)!;
      const from = Date.now();
      const run = await load({ endpoint: c.endpoint, roundId: c.roundId, clicks: clicks.slice(i * size, (i + 1) * size) });
      m.windows.push([from, Date.now()]);
      m.loads.push(run);
      for (const k of Object.keys(m.cpu) as Array<keyof CpuReading>) m.cpu[k] += run.cpu[k];
    }
  }
  for (const c of contenders) out.get(c.name)!.bursts = (await load({ endpoint: c.endpoint, roundId: c.roundId, clicks: burstClicks, burstGapMs: 200 })).latencies;
  return out;
}

function summary(m: Measured): Record<string, unknown> {
  const votes = m.loads.reduce((n, r) => n + r.latencies.length, 0);
  const latencies = m.loads.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const bursts = [...m.bursts].sort((a, b) => a - b);
  const perVote = (ms: number): number => Math.round((ms * 1000) / votes);
  const { fakeSlack: fakeConnector, ...cpu } = m.cpu;
  return {
    votesPerSecond: Math.round(median(m.loads.map((r) => r.latencies.length / r.seconds))),
    p50ms: +pct(latencies, 50).toFixed(1),
    p99ms: +pct(latencies, 99).toFixed(1),
    burstP50ms: +pct(bursts, 50).toFixed(1),
    burstP99ms: +pct(bursts, 99).toFixed(1),
    failures: m.loads.reduce((n, r) => n + r.failures, 0),
    cpuPerVoteUs: Object.fromEntries(Object.entries({ ...cpu, fakeConnector }).map(([k, ms]) => [k, perVote(ms)])),
  };
}

/** Rows of `table` for the round, and how many hold the score of the pair's last click. */
async function rowsOf(db: Db, table: string, roundId: string, expected: Map<string, number>): Promise<{ rows: number; holdingLastClick: number }> {
  const { rows } = await db.query<{ n: number; last: number }>(
    `select count(*)::int as n, count(e.s)::int as last from ${table} v
       left join unnest($2::text[], $3::int[]) as e(k, s) on e.k = v.user_id || '|' || v.onderdeel and e.s = v.score
      where v.round_id::text = $1::text`,
    [roundId, [...expected.keys()], [...expected.values()]],
  );
  return { rows: rows[0]?.n ?? 0, holdingLastClick: rows[0]?.last ?? 0 };
}

/** Card updates the fake received for the round's cards: the worst second of one card, and the mean rate per card during the app's turns. */
async function cardUpdates(control: string, cardIds: Set<string>, windows: Array<[number, number]>): Promise<Record<string, number>> {
  const seen = (await (await fetch(control)).json()) as { updates: Array<{ id: string; at: number }>; failed: number };
  const ours = seen.updates.filter((u) => cardIds.has(u.id));
  const buckets = new Map<string, number>();
  for (const u of ours) buckets.set(`${u.id}@${Math.floor(u.at / 1000)}`, (buckets.get(`${u.id}@${Math.floor(u.at / 1000)}`) ?? 0) + 1);
  const inTurns = ours.filter((u) => windows.some(([a, b]) => u.at >= a && u.at <= b)).length;
  const seconds = windows.reduce((s, [a, b]) => s + (b - a) / 1000, 0);
  return {
    cardUpdates: ours.length,
    maxCardUpdatesPerCardPerSecond: Math.max(0, ...buckets.values()),
    meanCardUpdatesPerCardPerSecondDuringTurns: +(inTurns / cardIds.size / seconds).toFixed(2),
    connectorRequestsFailed: seen.failed,
  };
}

/** Every member × onderdeel once per pass (each pass changes every vote), shuffled within a pass. */
function plan(): { warmUp: TeamsClick[]; clicks: TeamsClick[]; burstClicks: TeamsClick[]; expected: Map<string, number> } {
  const clicks = Array.from({ length: PASSES }, (_, pass) =>
    USERS.flatMap((user, i) => CODES.map((code, j) => ({ user, code, score: ((i + j + pass) % 3) + 1 }))).sort(() => Math.random() - 0.5),
  ).flat();
  // Warm-up: each member's first click of the first pass, sent again there (same score).
  const warmUp = USERS.map((u) => clicks.find((c) => c.user === u)!);
  const burstClicks = clicks.slice(0, CONCURRENCY * BURSTS);
  const expected = new Map<string, number>();
  for (const c of [...warmUp, ...clicks, ...burstClicks]) expected.set(`${c.user.aadObjectId}|${c.code}`, c.score);
  return { warmUp, clicks, burstClicks, expected };
}

async function openRound(db: Db, deps: Parameters<typeof startLeerlijn>[0], endpoint: string): Promise<{ roundId: string; cardIds: Set<string> }> {
  const workspaceId = await ensureWorkspace(db, 'teams', TENANT);
  const coordinator = USERS[0]!;
  await startLeerlijn(deps, { workspaceId, userId: coordinator.aadObjectId }, {
    channelId: CHANNEL.id, kind: 'bestaand', schoolName: 'Bench', youthOrgName: 'Bench', startDate: '2099-01-05', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [coordinator.aadObjectId],
    members: USERS.map((u) => ({ userId: u.aadObjectId, displayName: u.name })),
  });
  const channelData = { tenant: { id: TENANT }, team: { id: CHANNEL.id }, channel: { id: CHANNEL.id } };
  const opened = await postActivity(endpoint, messageActivity({ from: coordinator, conversation: CHANNEL, serviceUrl, channelData, text: 'scores' }));
  if (opened.status !== 200) throw new Error(`scores answered ${opened.status}`);
  const roundId = (await db.query<{ id: string }>(`select id from score_rounds`)).rows[0]?.id ?? '';
  const cards = await db.query<{ id: string }>(`select message_id as id from posted_messages where key like 'card:%'`);
  if (!roundId || cards.rows.length !== CODES.length) throw new Error('the round was not opened with its ten cards');
  return { roundId, cardIds: new Set(cards.rows.map((r) => r.id)) };
}

async function main(): Promise<void> {
  const env = processEnv();
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) {
    console.error('bench:votes:teams needs real Postgres: set TEST_DATABASE_URL or DATABASE_URL');
    process.exit(2);
  }
  const testDb = await postgresTestDb(CONCURRENCY, url);
  const fake = await startFakeProcess();
  fakePid = fake.child.pid ?? 0;
  serviceUrl = fake.serviceUrl;
  const app = counted(testDb.db);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' });
  const bot = await startBot(config, pino({ level: 'silent' }), { db: app.db, adapters: [async (deps, c, log) => createTeamsAdapter(deps, c, log)] });
  const baseline = await startTeamsBaseline(testDb.db, 'bench_teams_votes');
  try {
    const endpoint = `http://127.0.0.1:${bot.port}/api/messages`;
    const { roundId, cardIds } = await openRound(app.db, bot.deps, endpoint);
    const { warmUp, clicks, burstClicks, expected } = plan();
    const statementsBefore = app.count();
    const runs = await measure([{ name: 'baseline', endpoint: baseline.endpoint, roundId: 'baseline' }, { name: 'app', endpoint, roundId }], warmUp, clicks, burstClicks);
    const statements = app.count() - statementsBefore;
    await new Promise((r) => setTimeout(r, 1200)); // let the trailing card updates go out
    const base = summary(runs.get('baseline')!);
    const ours = summary(runs.get('app')!);
    const sent = warmUp.length + clicks.length + burstClicks.length;
    console.log(JSON.stringify({
      concurrency: CONCURRENCY, members: MEMBERS, invokesPerContender: sent, measuredTurns: TURNS,
      cpuPerVoteUs: cpuReadable ? 'per component, from /proc, during the measured turns' : 'not measured: no /proc on this machine',
      baseline: { ...base, ...(await rowsOf(testDb.db, 'bench_teams_votes', 'baseline', expected)), cardUpdates: 0 },
      app: {
        ...ours, ...(await rowsOf(testDb.db, 'votes', roundId, expected)),
        statementsPerInvoke: +(statements / sent).toFixed(2),
        ...(await cardUpdates(fake.control, cardIds, runs.get('app')!.windows)),
      },
      distinctVotes: expected.size,
      ratio: +((ours.votesPerSecond as number) / (base.votesPerSecond as number)).toFixed(2),
    }, null, 2));
  } finally {
    baseline.close();
    await bot.close();
    fake.child.kill('SIGTERM');
    await testDb.drop();
  }
}

await main();
