// Many concurrent signed vote clicks against the running app on real Postgres, compared
// with a minimal Bolt app (same receiver and signature check) that only upserts and acks,
// and with that minimal app plus the one private confirmation per vote that ours must send,
// all measured in the same run. Slack's servers (the fake) run in a child process and the
// clicks come from a worker thread, so the app's event loop carries only the app.
// Run: npm run bench:votes  (needs TEST_DATABASE_URL or DATABASE_URL)
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { App, HTTPReceiver } from '@slack/bolt';
import { pino } from 'pino';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/app.js';
import { startLeerlijn } from '../src/app/leerlijn.js';
import { loadConfig, processEnv } from '../src/config.js';
import { postToResponseUrl } from '../src/adapters/slack/respond.js';
import { startBot } from '../src/server.js';
import type { Db } from '../src/store/db.js';
import { ensureWorkspace } from '../src/store/leerlijnen.js';
import { FAKE_TEAM, postToSlackEndpoint, slashCommandBody } from '../tests/fakes/slack-signing.js';
import { postgresTestDb } from '../tests/support/db.js';
import { cpuReadable, type CpuReading } from './cpu.js';
import type { Click, LoadJob, LoadRun } from './vote-load.js';

const VOTES = 2000;
const CONCURRENCY = 50;
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;
const USERS = Array.from({ length: VOTES / CODES.length }, (_, i) => `U${String(i).padStart(6, '0')}`);
const CHANNEL = 'C0BENCH';
// Two passes over every member × onderdeel (the second changes each vote), in 8 turns.
const PASSES = 2;
const ROUNDS = 8;
const WARM_UP = 200;
const BURSTS = 20;

let fakePid = 0;

function load(job: Omit<LoadJob, 'secret' | 'channel' | 'concurrency' | 'fakePid'>): Promise<LoadRun> {
  // Node 20 workers ignore --import in execArgv, so the worker registers tsx itself.
  const entry = new URL('./vote-load.ts', import.meta.url).href;
  const boot = `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { ...job, secret: SECRET, channel: CHANNEL, concurrency: CONCURRENCY, fakePid },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (run: LoadRun) => void worker.terminate().then(() => resolve(run)));
    worker.once('error', reject);
  });
}

async function startFakeProcess(): Promise<{ child: ChildProcess; url: string; control: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/fake-slack-process.ts', TOKEN, CHANNEL, USERS.join(',')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { child, ...(JSON.parse(line) as { url: string; control: string }) };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * The minimal Bolt app: verify, upsert, ack. With `confirmTo` it also sends each voter the
 * same kind of private confirmation ours sends (one POST per vote, after the ack), which
 * shows how much of the gap is that required Slack call rather than our own code.
 */
async function startBaseline(db: Db, table: string, confirmTo?: string): Promise<{ endpoint: string; close: () => void }> {
  await db.exec(`create table ${table} (round_id text, onderdeel text, user_id text, score int, primary key (round_id, onderdeel, user_id))`);
  const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events', processBeforeResponse: false });
  const app = new App({ receiver, token: TOKEN, botId: 'B0', botUserId: 'U0BOT' });
  app.action(/^vote_/, async ({ body, ack }) => {
    if (body.type !== 'block_actions') return ack();
    const action = body.actions[0];
    const [roundId, code, score] = (action && 'value' in action && typeof action.value === 'string' ? action.value : '').split('|');
    await db.query(
      `insert into ${table} values ($1::text, $2::text, $3::text, $4::int)
       on conflict (round_id, onderdeel, user_id) do update set score = excluded.score`,
      [roundId ?? '', code ?? '', body.user.id, Number(score)],
    );
    await ack();
    if (confirmTo) await postToResponseUrl(confirmTo, { response_type: 'ephemeral', replace_original: false, text: `${code}: ${score}` });
  });
  const server = http.createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return { endpoint, close: () => server.close() };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Contender { name: string; endpoint: string; roundId: (slice: number) => string }

/**
 * The contenders take turns over ROUNDS slices of the clicks, so a burst of noise from
 * elsewhere on the machine hits all of them; rates are compared by their medians.
 */
async function interleaved(contenders: Contender[], clicks: Click[]) {
  const size = Math.ceil(clicks.length / ROUNDS);
  const runs = new Map(contenders.map((c) => [c.name, { loads: [] as LoadRun[], busy: [] as number[], cpu: { app: 0, appHelpers: 0, postgres: 0, fakeSlack: 0, load: 0 } }]));
  for (const c of contenders) await load({ endpoint: c.endpoint, roundId: c.roundId(-1), clicks: clicks.slice(0, WARM_UP) }); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    const slice = clicks.slice(i * size, (i + 1) * size);
    for (const c of contenders) {
      // How busy the event loop was during this run: near 1 means the loop itself is the
      // bottleneck; lower means requests wait elsewhere (Postgres, the other core).
      const before = performance.eventLoopUtilization();
      const run = runs.get(c.name)!;
      const loaded = await load({ endpoint: c.endpoint, roundId: c.roundId(i), clicks: slice });
      run.busy.push(performance.eventLoopUtilization(before).utilization);
      run.loads.push(loaded);
      for (const k of Object.keys(run.cpu) as Array<keyof CpuReading>) run.cpu[k] += loaded.cpu[k];
    }
  }
  // Then bursts: CONCURRENCY clicks at once, BURSTS times, with a pause between; latency as a
  // team sees it at a busy moment rather than under saturation. Re-votes: no new rows.
  const bursts = new Map<string, number[]>();
  for (const c of contenders) {
    const run = await load({ endpoint: c.endpoint, roundId: c.roundId(0), clicks: clicks.slice(0, CONCURRENCY * BURSTS), burstGapMs: 200 });
    bursts.set(c.name, run.latencies);
  }
  return Object.fromEntries(contenders.map((c) => {
    const { loads, busy, cpu } = runs.get(c.name)!;
    const votes = loads.reduce((n, r) => n + r.latencies.length, 0);
    // CPU per vote in µs, per component: which part of the machine a vote costs.
    const perVote = (ms: number): number => Math.round((ms * 1000) / votes);
    const cpuPerVoteUs = { ...Object.fromEntries(Object.entries(cpu).map(([k, ms]) => [k, perVote(ms)])), total: perVote(Object.values(cpu).reduce((a, b) => a + b, 0)) };
    const latencies = loads.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return [c.name, {
      votesPerSecond: Math.round(median(loads.map((r) => size / r.seconds))),
      p50ms: +pct(latencies, 50).toFixed(1),
      p99ms: +pct(latencies, 99).toFixed(1),
      failures: loads.reduce((n, r) => n + r.failures, 0),
      eventLoopBusy: +median(busy).toFixed(2),
      burstP50ms: +pct(bursts.get(c.name)!, 50).toFixed(1),
      burstP99ms: +pct(bursts.get(c.name)!, 99).toFixed(1),
      cpuPerVoteUs,
    }];
  }));
}

/** Worst count of chat.update calls for one card within one wall-clock second. */
function maxUpdatesPerCardPerSecond(updates: Array<{ ts: string; at: number }>): number {
  const buckets = new Map<string, number>();
  for (const u of updates) {
    const key = `${u.ts}@${Math.floor(u.at / 1000)}`;
    buckets.set(key, (buckets.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...buckets.values());
}

async function main(): Promise<void> {
  const env = processEnv();
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) {
    console.error('bench:votes needs real Postgres: set TEST_DATABASE_URL or DATABASE_URL');
    process.exit(2);
  }
  const testDb = await postgresTestDb(CONCURRENCY, url);
  const fake = await startFakeProcess();
  fakePid = fake.child.pid ?? 0;
  const config = loadConfig({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' });
  let adapter: SlackAdapter | null = null;
  const bot = await startBot(config, pino({ level: 'silent' }), {
    db: testDb.db,
    adapters: [async (d, c, l) => (adapter = await createSlackAdapter(d, c, l, { botId: 'B0', botUserId: 'U0BOT' }))],
  });
  try {
    const workspaceId = await ensureWorkspace(testDb.db, 'slack', FAKE_TEAM.id);
    const members = USERS.map((u) => ({ userId: u, displayName: u }));
    await startLeerlijn(bot.deps, { workspaceId, userId: USERS[0]! }, {
      channelId: CHANNEL, kind: 'bestaand', schoolName: 'Bench', youthOrgName: 'Bench', startDate: '2099-01-05', startTime: '15:30',
      randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [USERS[0]!], members,
    });
    const endpoint = `http://127.0.0.1:${bot.port}/slack/events`;
    await postToSlackEndpoint(endpoint, SECRET, slashCommandBody({ command: '/leerlijn', text: 'scores', user_id: USERS[0]!, channel_id: CHANNEL }), 'application/x-www-form-urlencoded');
    await (adapter as SlackAdapter | null)?.idle();
    const messages = (await (await fetch(`${fake.control}/messages?channel=${CHANNEL}`)).json()) as Array<{ ts: string; thread_ts?: string; blocks?: unknown }>;
    const cards = messages.filter((m) => m.thread_ts);
    const roundId = /"value":"([0-9a-f-]{36})\|/.exec(JSON.stringify(cards[0]?.blocks))?.[1] ?? '';
    const tsOf = new Map(cards.map((m) => [/\|(P1|P2|A1|A2|A3|B1|B2|T1|T2|T3)\|1"/.exec(JSON.stringify(m.blocks))?.[1] ?? '', m.ts]));
    const responseUrls = (await (await fetch(`${fake.control}/response-urls?n=${VOTES * PASSES}`)).json()) as string[];
    const clicks: Click[] = Array.from({ length: PASSES }, (_, pass) =>
      USERS.flatMap((user, i) =>
        CODES.map((code, j) => ({ user, code, score: ((i + j + pass) % 3) + 1, ts: tsOf.get(code) ?? '', responseUrl: responseUrls[(pass * USERS.length + i) * CODES.length + j] })),
      ).sort(() => Math.random() - 0.5),
    ).flat();
    // What each member's vote must be at the end: the clicks in the order ours got them
    // (warm-up, the turns, then the bursts, which re-send the first clicks).
    const expected = new Map<string, number>();
    for (const c of [...clicks.slice(0, WARM_UP), ...clicks, ...clicks.slice(0, CONCURRENCY * BURSTS)]) expected.set(`${c.user}|${c.code}`, c.score);

    const baseline = await startBaseline(testDb.db, 'bench_votes');
    // Confirmations to a response_url nobody was handed, so they are not counted as ours.
    const confirming = await startBaseline(testDb.db, 'bench_votes_confirmed', new URL('/response_url/baseline', fake.url).href);
    const result = await interleaved([
      { name: 'baseline', endpoint: baseline.endpoint, roundId: (i) => `measured-${i}` },
      { name: 'baselineWithConfirmation', endpoint: confirming.endpoint, roundId: (i) => `measured-${i}` },
      { name: 'ours', endpoint, roundId: () => roundId },
    ], clicks);
    baseline.close();
    confirming.close();
    const { baseline: base, baselineWithConfirmation: confirmed, ours } = result as Record<string, { votesPerSecond: number }>;
    await new Promise((r) => setTimeout(r, 1200)); // let the trailing card updates go out
    await (adapter as SlackAdapter | null)?.idle();

    const { rows } = await testDb.db.query<{ n: number; last: number }>(
      `select count(*)::int as n, count(e.s)::int as last from votes v
         left join unnest($2::text[], $3::int[]) as e(k, s) on e.k = v.user_id || '|' || v.onderdeel and e.s = v.score
        where v.round_id = $1::uuid`,
      [roundId, [...expected.keys()], [...expected.values()]],
    );
    const seen = (await (await fetch(`${fake.control}/stats`)).json()) as { updates: Array<{ ts: string; at: number }>; ephemerals: number; responses: number };
    console.log(JSON.stringify({
      clicksPerContender: VOTES * PASSES, concurrency: CONCURRENCY, turns: ROUNDS,
      cpuPerVoteUs: cpuReadable ? 'per component, from /proc, during the measured turns' : 'not measured: no /proc on this machine',
      ...result,
      ratio: +(ours!.votesPerSecond / base!.votesPerSecond).toFixed(2),
      ratioToBaselineWithConfirmation: +(ours!.votesPerSecond / confirmed!.votesPerSecond).toFixed(2),
      rowsInDb: rows[0]?.n, membersTimesOnderdelen: VOTES, rowsHoldingTheLastClick: rows[0]?.last,
      noVoteLost: rows[0]?.n === VOTES && rows[0]?.last === VOTES,
      // Warm-up and burst clicks are re-votes: rows stay 2000, but each click is confirmed.
      clicksToOurs: VOTES * PASSES + WARM_UP + CONCURRENCY * BURSTS, confirmationsSent: seen.ephemerals + seen.responses,
      maxCardUpdatesPerCardPerSecond: maxUpdatesPerCardPerSecond(seen.updates), cardUpdates: seen.updates.length,
    }, null, 2));
  } finally {
    await bot.close();
    fake.child.kill('SIGTERM');
    await testDb.drop();
  }
}

await main();
