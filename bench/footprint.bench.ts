// The bot's footprint as an operator sizes a machine for it: resident memory when idle, time
// from start to /readyz 200, and memory after 1,000 votes, on real Postgres and on the embedded
// default, each run as the compiled production start (node dist/main.js). Compared with a bare
// node:http server started and measured the same way in the same run, and with the same server
// after loading @slack/bolt and botbuilder (the floor for any bot on these SDKs).
// Run: npm run bench:footprint [-- --runs 3 --build]  (Postgres: TEST_DATABASE_URL or DATABASE_URL)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startLeerlijn } from '../src/app/leerlijn.js';
import { processEnv } from '../src/config.js';
import type { Db } from '../src/store/db.js';
import { ensureWorkspace } from '../src/store/leerlijnen.js';
import { migrate } from '../src/store/migrate.js';
import { createPgliteDb } from '../src/store/pglite-db.js';
import { FAKE_TEAM, postToSlackEndpoint, slashCommandBody } from '../tests/fakes/slack-signing.js';
import { postgresTestDb } from '../tests/support/db.js';
import { median, rssMiB, settledRss, startAndTime, stop } from './footprint-process.js';
import { fire, type Click } from './vote-load.js';

const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
const CHANNEL = 'C0FOOTPRINT';
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;
const VOTES = 1_000;
const USERS = Array.from({ length: VOTES / CODES.length }, (_, i) => `U${String(i).padStart(6, '0')}`);
const TARGETS = { postgresIdleMiB: 150, embeddedIdleMiB: 300, postgresStartMs: 2_000 };
// The same kind of process the bot is, doing nothing: node, one http server, one route.
const BASELINE = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;
// The floor any bot on these two SDKs pays: the same server after loading Bolt and botbuilder.
const SDK_FLOOR = `Promise.all([import('@slack/bolt'), import('botbuilder')]).then(() => { ${BASELINE} })`;

interface Fake { child: ChildProcess; url: string; control: string }

async function startFakeSlack(): Promise<Fake> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/fake-slack-process.ts', TOKEN, CHANNEL, USERS.join(',')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { child, ...(JSON.parse(line) as { url: string; control: string }) };
}

async function seed(db: Db): Promise<void> {
  await migrate(db);
  const workspaceId = await ensureWorkspace(db, 'slack', FAKE_TEAM.id);
  const deps = { db, now: () => new Date(), defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
  await startLeerlijn(deps, { workspaceId, userId: USERS[0]! }, {
    channelId: CHANNEL, kind: 'bestaand', schoolName: 'Bench', youthOrgName: 'Bench', startDate: '2099-01-05', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [USERS[0]!],
    members: USERS.map((u) => ({ userId: u, displayName: u })),
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a voting round with /leerlijn scores and waits for its ten cards in the fake Slack. */
async function openRound(endpoint: string, fake: Fake): Promise<{ roundId: string; tsOf: Map<string, string> }> {
  await postToSlackEndpoint(endpoint, SECRET, slashCommandBody({ command: '/leerlijn', text: 'scores', user_id: USERS[0]!, channel_id: CHANNEL }), 'application/x-www-form-urlencoded');
  for (let waited = 0; waited < 30_000; waited += 100) {
    const messages = (await (await fetch(`${fake.control}/messages?channel=${CHANNEL}`)).json()) as Array<{ ts: string; thread_ts?: string; blocks?: unknown }>;
    const cards = messages.filter((m) => m.thread_ts);
    const roundId = /"value":"([0-9a-f-]{36})\|/.exec(JSON.stringify(cards.at(-1)?.blocks))?.[1];
    if (cards.length >= CODES.length && roundId) {
      const tsOf = new Map(cards.map((m) => [/\|(P1|P2|A1|A2|A3|B1|B2|T1|T2|T3)\|1"/.exec(JSON.stringify(m.blocks))?.[1] ?? '', m.ts]));
      return { roundId, tsOf };
    }
    await pause(100);
  }
  throw new Error('the round\'s cards did not appear in the fake Slack within 30 s');
}

/** 1,000 signed vote clicks (every member on every onderdeel), 20 in flight. */
async function vote(endpoint: string, fake: Fake): Promise<{ failures: number; seconds: number }> {
  const { roundId, tsOf } = await openRound(endpoint, fake);
  const responseUrls = (await (await fetch(`${fake.control}/response-urls?n=${VOTES}`)).json()) as string[];
  const clicks: Click[] = USERS.flatMap((user, i) => CODES.map((code, j) => ({ user, code, score: ((i + j) % 3) + 1, ts: tsOf.get(code) ?? '', responseUrl: responseUrls[i * CODES.length + j] })));
  const run = await fire({ endpoint, secret: SECRET, roundId, channel: CHANNEL, clicks, concurrency: 20, fakePid: fake.child.pid ?? 0 });
  return { failures: run.failures, seconds: +run.seconds.toFixed(1) };
}

interface BotRun { startMs: number; idleRssMiB: number; rssAfterVotesMiB?: number; peakRssMiB?: number; voteFailures?: number; voteSeconds?: number }

/** Starts the compiled bot, measures start and idle memory, optionally 1,000 votes, stops it. */
async function measureBot(env: Record<string, string>, fake: Fake, withVotes: boolean): Promise<BotRun> {
  const bot = await startAndTime(['dist/main.js'], { ...env, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, LOG_LEVEL: 'warn' }, '/readyz');
  const pid = bot.child.pid!;
  try {
    const result: BotRun = { startMs: bot.startMs, idleRssMiB: await settledRss(pid) };
    if (!withVotes) return result;
    const voted = await vote(`http://127.0.0.1:${bot.port}/slack/events`, fake);
    await pause(1_500); // the trailing card updates and confirmations
    return { ...result, rssAfterVotesMiB: await settledRss(pid), peakRssMiB: rssMiB(pid, 'VmHWM'), voteFailures: voted.failures, voteSeconds: voted.seconds };
  } finally {
    const code = await stop(bot.child);
    if (code !== 0) console.error(`bot exited with ${code}: ${bot.stderr().slice(-2000)}`);
  }
}

async function onPostgres(url: string, fake: Fake): Promise<BotRun> {
  const testDb = await postgresTestDb(2, url);
  try {
    await seed(testDb.db);
    const schema = (await testDb.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return await measureBot({ DATABASE_URL: u.toString() }, fake, true);
  } finally {
    await testDb.drop();
  }
}

/** A first start on an empty data dir (creates the database), then a restart with data. */
async function onEmbedded(fake: Fake): Promise<{ firstStart: BotRun; restart: BotRun }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'leerlijn-footprint-'));
  try {
    const firstStart = await measureBot({ DATA_DIR: dataDir }, fake, false);
    const db = await createPgliteDb(dataDir);
    await seed(db);
    await db.close();
    return { firstStart, restart: await measureBot({ DATA_DIR: dataDir }, fake, true) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function baseline(script = BASELINE): Promise<BotRun> {
  const server = await startAndTime(['-e', script], {}, '/');
  try {
    return { startMs: server.startMs, idleRssMiB: await settledRss(server.child.pid!) };
  } finally {
    await stop(server.child);
  }
}

function ensureBuilt(force: boolean): void {
  if (!force && existsSync('dist/main.js')) return;
  console.error('building dist/ (npm run build)…');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
}

function summary(runs: BotRun[], base: BotRun[], floor: BotRun[]) {
  const pick = (k: keyof BotRun, rs: BotRun[]) => median(rs.map((r) => Number(r[k] ?? 0)));
  const out: Record<string, number> = { startMs: pick('startMs', runs), idleRssMiB: pick('idleRssMiB', runs) };
  if (runs[0]?.rssAfterVotesMiB !== undefined) {
    Object.assign(out, { rssAfter1000VotesMiB: pick('rssAfterVotesMiB', runs), peakRssMiB: pick('peakRssMiB', runs), voteFailures: Math.max(...runs.map((r) => r.voteFailures ?? 0)) });
  }
  out.startRatioToBaseline = +(out.startMs! / pick('startMs', base)).toFixed(1);
  out.idleRssRatioToBaseline = +(out.idleRssMiB! / pick('idleRssMiB', base)).toFixed(1);
  out.startRatioToSdkFloor = +(out.startMs! / pick('startMs', floor)).toFixed(1);
  out.idleRssRatioToSdkFloor = +(out.idleRssMiB! / pick('idleRssMiB', floor)).toFixed(1);
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, build: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  ensureBuilt(values.build ?? false);
  const env = processEnv();
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) console.error('no TEST_DATABASE_URL or DATABASE_URL: measuring the embedded database only');
  const fake = await startFakeSlack();
  const all = { baseline: [] as BotRun[], sdkFloor: [] as BotRun[], postgres: [] as BotRun[], embeddedFirstStart: [] as BotRun[], embedded: [] as BotRun[] };
  try {
    for (let i = 0; i < runs; i++) {
      all.baseline.push(await baseline());
      all.sdkFloor.push(await baseline(SDK_FLOOR));
      if (url) all.postgres.push(await onPostgres(url, fake));
      const embedded = await onEmbedded(fake);
      all.embeddedFirstStart.push(embedded.firstStart);
      all.embedded.push(embedded.restart);
      console.error(`run ${i + 1}/${runs}: ${JSON.stringify({ baseline: all.baseline.at(-1), sdkFloor: all.sdkFloor.at(-1), postgres: all.postgres.at(-1), embedded: embedded })}`);
    }
  } finally {
    fake.child.kill('SIGTERM');
  }
  console.log(JSON.stringify({
    runs, node: process.version, targets: TARGETS,
    baseline: { startMs: median(all.baseline.map((r) => r.startMs)), idleRssMiB: median(all.baseline.map((r) => r.idleRssMiB)) },
    sdkFloor: { startMs: median(all.sdkFloor.map((r) => r.startMs)), idleRssMiB: median(all.sdkFloor.map((r) => r.idleRssMiB)) },
    ...(url ? { postgres: summary(all.postgres, all.baseline, all.sdkFloor) } : {}),
    embeddedFirstStart: summary(all.embeddedFirstStart, all.baseline, all.sdkFloor),
    embedded: summary(all.embedded, all.baseline, all.sdkFloor),
  }, null, 2));
}

await main();
