// Many concurrent signed vote clicks against the running app on real Postgres, compared
// with a minimal Bolt app (same receiver and signature check) that only upserts and acks.
// Run: tsx bench/votes.bench.ts  (needs TEST_DATABASE_URL or DATABASE_URL)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { pino } from 'pino';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/app.js';
import { startLeerlijn } from '../src/app/leerlijn.js';
import { loadConfig, processEnv } from '../src/config.js';
import { startBot } from '../src/server.js';
import { ensureWorkspace } from '../src/store/leerlijnen.js';
import type { Db } from '../src/store/db.js';
import { startFakeSlack } from '../tests/fakes/slack-api.js';
import { blockActionPayload, FAKE_TEAM, interactionBody, postToSlackEndpoint, slashCommandBody } from '../tests/fakes/slack-signing.js';
import { postgresTestDb } from '../tests/support/db.js';

const VOTES = 2000;
const CONCURRENCY = 50;
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;
const USERS = Array.from({ length: VOTES / CODES.length }, (_, i) => `U${String(i).padStart(6, '0')}`);
const CHANNEL = 'C0BENCH';

interface Click { user: string; code: string; score: number; ts: string }
interface Run { seconds: number; latencies: number[]; failures: number }

async function fire(endpoint: string, roundId: string, clicks: readonly Click[]): Promise<Run> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < clicks.length) {
      const c = clicks[next++]!;
      const payload = blockActionPayload({ user: c.user, actionId: `vote_${c.score}`, value: `${roundId}|${c.code}|${c.score}`, channel: CHANNEL, messageTs: c.ts });
      const t0 = performance.now();
      const res = await postToSlackEndpoint(endpoint, SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
      latencies.push(performance.now() - t0);
      if (res.status !== 200) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), failures };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function baseline(db: Db, clicks: readonly Click[]): Promise<Run> {
  await db.exec(`create table bench_votes (round_id text, onderdeel text, user_id text, score int, primary key (round_id, onderdeel, user_id))`);
  const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events', processBeforeResponse: false });
  const app = new App({ receiver, token: TOKEN, botId: 'B0', botUserId: 'U0BOT' });
  app.action(/^vote_/, async ({ body, ack }) => {
    if (body.type !== 'block_actions') return ack();
    const action = body.actions[0];
    const [roundId, code, score] = (action && 'value' in action && typeof action.value === 'string' ? action.value : '').split('|');
    await db.query(
      `insert into bench_votes values ($1::text, $2::text, $3::text, $4::int)
       on conflict (round_id, onderdeel, user_id) do update set score = excluded.score`,
      [roundId ?? '', code ?? '', body.user.id, Number(score)],
    );
    await ack();
  });
  const server = http.createServer((req, res) => receiver.requestListener(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  await fire(url, '00000000-0000-4000-8000-000000000000', clicks.slice(0, 200)); // warm-up
  const run = await fire(url, '00000000-0000-4000-8000-000000000001', clicks);
  server.close();
  return run;
}

async function main(): Promise<void> {
  const env = processEnv();
  const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) {
    console.error('bench:votes needs real Postgres: set TEST_DATABASE_URL or DATABASE_URL');
    process.exit(2);
  }
  const testDb = await postgresTestDb(CONCURRENCY, url);
  const fake = await startFakeSlack({ tokens: [TOKEN], members: { [CHANNEL]: USERS } });
  const config = loadConfig({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url });
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
    const cards = fake.messagesIn(CHANNEL).filter((m) => m.thread_ts);
    const roundId = /"value":"([0-9a-f-]{36})\|/.exec(JSON.stringify(cards[0]?.blocks))?.[1] ?? '';
    const tsOf = new Map(cards.map((m) => [/\|(P1|P2|A1|A2|A3|B1|B2|T1|T2|T3)\|1"/.exec(JSON.stringify(m.blocks))?.[1] ?? '', m.ts]));
    const clicks: Click[] = USERS.flatMap((user, i) => CODES.map((code, j) => ({ user, code, score: ((i + j) % 3) + 1, ts: tsOf.get(code) ?? '' })));
    clicks.sort(() => Math.random() - 0.5);

    const base = await baseline(testDb.db, clicks);
    const ours = await fire(endpoint, roundId, clicks);
    await new Promise((r) => setTimeout(r, 1200)); // let trailing card updates go out
    await (adapter as SlackAdapter | null)?.idle();

    const { rows } = await testDb.db.query<{ n: number }>(`select count(*)::int as n from votes where round_id = $1::uuid`, [roundId]);
    const buckets = new Map<string, number>();
    for (const c of fake.callsTo('chat.update')) {
      const key = `${String(c.body.ts)}@${Math.floor(c.at / 1000)}`;
      buckets.set(key, (buckets.get(key) ?? 0) + 1);
    }
    const oursRate = VOTES / ours.seconds;
    const baseRate = VOTES / base.seconds;
    console.log(JSON.stringify({
      votes: VOTES, concurrency: CONCURRENCY,
      ours: { votesPerSecond: Math.round(oursRate), p50ms: +pct(ours.latencies, 50).toFixed(1), p99ms: +pct(ours.latencies, 99).toFixed(1), failures: ours.failures },
      baseline: { votesPerSecond: Math.round(baseRate), p50ms: +pct(base.latencies, 50).toFixed(1), p99ms: +pct(base.latencies, 99).toFixed(1), failures: base.failures },
      ratio: +(oursRate / baseRate).toFixed(2),
      rowsInDb: rows[0]?.n, votesSent: VOTES, noVoteLost: rows[0]?.n === VOTES,
      maxCardUpdatesPerCardPerSecond: Math.max(0, ...buckets.values()), cardUpdates: fake.callsTo('chat.update').length,
    }, null, 2));
  } finally {
    await bot.close();
    await fake.close();
    await testDb.drop();
  }
}

await main();
