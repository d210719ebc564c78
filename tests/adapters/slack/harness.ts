// The real Bolt app (through startBot) against the fake Slack Web API, with signed requests,
// or (transport: 'socket') in Socket Mode with the same payloads sent as envelopes over the
// fake's WebSocket: the same steps run over either.
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startBot, type RunningBot } from '../../../src/server.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/app.js';
import type { SlackTimeLimits } from '../../../src/adapters/slack/time-limits.js';
import { ManualClock } from '../../support/manual-clock.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import {
  blockActionPayload, interactionBody, postToSlackEndpoint, slashCommandBody, viewSubmissionPayload,
  type BlockActionInput, type PostOptions, type SlackPostResult, type StateValue,
} from '../../fakes/slack-signing.js';
import { blockKitViolations } from '../../support/blockkit-limits.js';
import { socketDelivery } from './socket-delivery.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';

export const TOKEN = 'xoxb-test-token';
export const SECRET = 'test-signing-secret';
export const APP_TOKEN = 'xapp-1-A0FAKEAPP-1-test';
export const CHANNEL = 'C0TEAM';
export const BOT = 'U0FAKEBOT';
export const USERS = Array.from({ length: 8 }, (_, i) => `U00000${i + 1}`);
export const COORDINATOR = USERS[0]!;
export const NOW = new Date('2026-01-15T09:00:00Z');

export { ManualClock };

export interface Harness {
  fake: FakeSlack;
  bot: RunningBot;
  adapter: SlackAdapter;
  clock: ManualClock;
  testDb: TestDb;
  endpoint: string;
  /** `channel`: where it is typed (default the team's channel; a `D…` id is the user's DM with the bot). */
  command(user: string, text: string, opts?: PostOptions, channel?: string): Promise<SlackPostResult>;
  click(user: string, actionId: string, value: string, where?: { channel?: string; ts?: string; selected?: boolean }): Promise<SlackPostResult>;
  /** A button in a modal, with the modal as Slack sends it back. */
  clickInView(user: string, actionId: string, value: string, view: NonNullable<BlockActionInput['view']>): Promise<SlackPostResult>;
  /** `viewId`: the modal it is sent from (a second send of one modal names it again); unset, a modal of its own. */
  submit(user: string, callbackId: string, values: Record<string, Record<string, StateValue>>, meta: string, viewId?: string): Promise<SlackPostResult>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Shared parts let two harnesses act as two replicas of one deployment. */
export interface HarnessParts {
  testDb?: TestDb;
  fake?: FakeSlack;
  clock?: ManualClock;
  /** false: the adapter is not told the bot's ids and asks Slack (auth.test), as in production. Default true. */
  botIds?: boolean;
  /** DEFAULT_LANG of the deployment; Dutch unless given. */
  defaultLang?: 'nl' | 'en';
  /** 'socket': Socket Mode (SLACK_APP_TOKEN) instead of signed requests to /slack/events. Default 'http'. */
  transport?: 'http' | 'socket';
  /** Where the bot logs; silent unless given (the fuzz counts logged errors). */
  log?: Logger;
  /** The bot's clock; NOW unless given (a story moves it from meeting to meeting). */
  now?: () => Date;
  /** How long a Web API call and an upload may take; the bot's own unless given. */
  timeLimits?: SlackTimeLimits;
}

/** A fake Slack that knows TOKEN and APP_TOKEN, and a database: shared by a file's tests, each starting its own adapter. */
export interface SharedSlackParts {
  fake: FakeSlack;
  testDb: TestDb;
}

/** Starts the parts before the file's first test and ends them after its last; read them only inside tests. */
export function useFakeSlackAndDb(): SharedSlackParts {
  const parts = {} as SharedSlackParts; // filled before the first test
  beforeAll(async () => {
    parts.fake = await startFakeSlack({ tokens: [TOKEN], appTokens: [APP_TOKEN] });
    parts.testDb = await pgliteTestDb();
  });
  afterAll(async () => {
    await parts.fake?.close();
    await parts.testDb?.drop();
  });
  return parts;
}

/** How a payload reaches the app: a signed POST, or an envelope on the socket. */
export interface Delivery {
  command(formFields: string, opts?: PostOptions): Promise<SlackPostResult>;
  interaction(payload: Record<string, unknown>): Promise<SlackPostResult>;
}

function httpDelivery(endpoint: string): Delivery {
  const form = 'application/x-www-form-urlencoded' as const;
  return {
    command: (body, opts) => postToSlackEndpoint(endpoint, SECRET, body, form, opts),
    interaction: (payload) => postToSlackEndpoint(endpoint, SECRET, interactionBody(payload), form),
  };
}

export async function startHarness(parts: HarnessParts = {}): Promise<Harness> {
  const { testDb } = parts;
  const socket = parts.transport === 'socket';
  const fake = parts.fake ?? (await startFakeSlack({ tokens: [TOKEN], appTokens: [APP_TOKEN], members: { [CHANNEL]: [...USERS, BOT] }, users: USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })) }));
  const db = testDb ?? (await pgliteTestDb());
  const clock = parts.clock ?? new ManualClock();
  const config = loadConfig({
    // No ticker: a test's own passes (tick, a story's timePasses) are the only ones, at the moment it names.
    SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.url, PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false',
    ...(socket ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SECRET }),
    ...(parts.defaultLang ? { DEFAULT_LANG: parts.defaultLang } : {}),
  });
  const greeted = socket ? fake.socket.connected() : undefined;
  let adapter: SlackAdapter | null = null;
  const log = parts.log ?? pino({ level: 'silent' });
  const bot = await startBot(config, log, {
    db: db.db,
    now: parts.now ?? (() => NOW),
    adapters: [
      async (deps, cfg, l) => {
        const ids = parts.botIds === false ? {} : { botId: 'B0FAKEBOT', botUserId: BOT };
        // A short reconnect wait keeps reconnect tests quick.
        const socketOptions = { reconnectMinDelayMs: 50, openRetry: { retries: 2, minTimeout: 0, maxTimeout: 0 } };
        adapter = await createSlackAdapter(deps, cfg, l, { clock, ...ids, retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 0 }, socket: socketOptions, timeLimits: parts.timeLimits });
        return adapter;
      },
    ],
  });
  if (!adapter) throw new Error('slack adapter did not start');
  const a: SlackAdapter = adapter;
  const endpoint = socket ? 'socket' : `http://127.0.0.1:${bot.port}/slack/events`;
  if (socket) await greeted;
  const deliver = socket ? socketDelivery(fake.socket) : httpDelivery(endpoint);
  let submits = 0;
  return {
    fake, bot, adapter: a, clock, testDb: db, endpoint,
    command: (user, text, opts, channel = CHANNEL) =>
      deliver.command(slashCommandBody({
        command: '/leerlijn', text, user_id: user, channel_id: channel, trigger_id: fake.triggerId(user), response_url: fake.responseUrl({ user, channel }),
      }), opts),
    click: (user, actionId, value, where = {}) => {
      const payload = blockActionPayload({
        user, actionId, value: where.selected ? undefined : value, channel: where.channel ?? CHANNEL, messageTs: where.ts ?? '1.000001', triggerId: fake.triggerId(user),
        responseUrl: fake.responseUrl({ user, channel: where.channel ?? CHANNEL }),
        ...(where.selected ? { actionType: 'static_select', selectedOption: { text: value, value } } : {}),
      });
      return deliver.interaction(payload);
    },
    clickInView: (user, actionId, value, view) =>
      deliver.interaction(blockActionPayload({ user, actionId, value, view, triggerId: fake.triggerId(user) })),
    submit: (user, callbackId, values, privateMetadata, viewId) =>
      deliver.interaction(viewSubmissionPayload({ user, callbackId, values, privateMetadata, viewId: viewId ?? `V0FAKEVIEW${++submits}` })),
    settle: () => a.idle(),
    async close() {
      await bot.close();
      if (!parts.fake) await fake.close();
      if (!testDb) await db.drop();
    },
  };
}

const KIND: Record<string, 'message' | 'modal' | 'home'> = {
  'chat.postMessage': 'message', 'chat.update': 'message', 'chat.postEphemeral': 'message', 'views.open': 'modal', 'views.update': 'modal', 'views.push': 'modal', 'views.publish': 'home',
};

/** Every Block Kit payload the bot sent to the fake, checked against Slack's limits. */
export function allViolations(fake: FakeSlack): string[] {
  return fake.calls.flatMap((c) => {
    const kind = KIND[c.method];
    if (!kind) return [];
    const payload = kind === 'message' ? c.body : c.body.view;
    return blockKitViolations(payload, kind).map((v) => `${c.method}: ${v}`);
  });
}

/**
 * The latest private answer to this user other than the "what next?" hint the bot adds after a
 * step: what the step itself said.
 */
export function lastToldTo(fake: FakeSlack, user: string): string {
  const isHint = (body: { blocks?: unknown }): boolean => JSON.stringify(body.blocks ?? []).includes('"block_id":"next_step"');
  return JSON.stringify(fake.ephemeralsTo(user).filter((e) => !isHint(e.body)).at(-1)?.body ?? null);
}

/** Everything this user was told privately, as one text. */
export function allToldTo(fake: FakeSlack, user: string): string {
  return fake.ephemeralsTo(user).map((e) => JSON.stringify(e.body)).join('\n');
}

export function textOf(value: unknown): string {
  return JSON.stringify(value ?? '');
}

/** The user ids on the database's teams (every leerlijn's members), sorted: who the bot counts votes of. */
export async function teamIdsIn(h: Pick<Harness, 'testDb'>): Promise<string[]> {
  const { rows } = await h.testDb.db.query<{ user_id: string }>('select user_id from members order by user_id');
  return rows.map((r) => r.user_id);
}
