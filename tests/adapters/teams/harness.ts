// A running bot with the Teams adapter against the fake Bot Connector: real CloudAdapter,
// real HTTP, PGlite, a manual clock for card updates and a retry that never sleeps.
import { ManualClock as SharedManualClock } from '../../support/manual-clock.js';
import { createTeamsAdapter, TEAMS_PATH, type TeamsAdapter } from '../../../src/adapters/teams/index.js';
import type { RetryOptions } from '../../../src/adapters/teams/retry.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { startBot, type RunningBot } from '../../../src/server.js';
import { adaptiveCardOf, startFakeConnector, type FakeConnector, type JsonObject, type RosterMember } from '../../fakes/bot-connector.js';
import {
  invokeActionExecute,
  messageActivity,
  postActivity,
  submitActivity,
  type ActivityBase,
  type PostResult,
  type TeamsConversation,
  type TeamsUser,
} from '../../fakes/teams-activities.js';
import { OWN_VIEW_VERB } from '../../../src/adapters/teams/reply.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { adaptiveCardProblems } from '../../support/adaptive-cards.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { eindevaluatieHeld, makeDeps, NOW } from '../../support/fixtures.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';

export const TENANT = 'tenant-1';
export const TEAM_ID = '19:team-noord@thread.tacv2';
export const CHANNEL: TeamsConversation = { id: TEAM_ID, conversationType: 'channel', tenantId: TENANT };

export const PEOPLE: TeamsUser[] = ['Anna', 'Bram', 'Chen', 'Dewi', 'Eva', 'Fatima', 'Gijs', 'Hamza'].map((name) => ({
  id: `29:${name.toLowerCase()}`,
  name: `${name} Test`,
  aadObjectId: `aad-${name.toLowerCase()}`,
}));
export const OUTSIDER: TeamsUser = { id: '29:otto', name: 'Otto Buiten', aadObjectId: 'aad-otto' };

/** Teams tests start their clock at NOW, the date the fixtures use. */
export class ManualClock extends SharedManualClock {
  constructor() {
    super(NOW.getTime());
  }
}

export interface Harness {
  connector: FakeConnector;
  bot: RunningBot;
  teams: TeamsAdapter;
  db: TestDb;
  clock: ManualClock;
  sleeps: number[];
  url: string;
  /** Every card seen: posted, updated, and answered to invokes. */
  cards: JsonObject[];
  inChannel(user: TeamsUser): ActivityBase;
  inPersonal(user: TeamsUser): ActivityBase;
  say(user: TeamsUser, text: string, where?: ActivityBase): Promise<PostResult>;
  submit(user: TeamsUser, value: Record<string, unknown>, where?: ActivityBase): Promise<PostResult>;
  invoke(user: TeamsUser, verb: string, data: Record<string, unknown>, where?: ActivityBase): Promise<JsonObject>;
  /**
   * A card as this person sees it: where the card lists them for a refresh of their own view
   * (a channel reply's controls, see src/app/flows/own-view.ts), Teams fetches it and shows that.
   * Score cards are taken as posted: their own views differ only by the reader's vote, which
   * their own tests check, and their buttons are the shared card's.
   */
  seenBy(user: TeamsUser, card: JsonObject, where?: ActivityBase): Promise<JsonObject>;
  /** Lets queued card updates run: advances the clock and waits for them. */
  flush(ms?: number): Promise<void>;
  /** Cards posted or updated since `from` (an index into connector.activities). */
  cardsSince(from: number): JsonObject[];
  close(): Promise<void>;
}

/** `replicaOf`: a second bot on the first one's database, connector and clock. */
/** `now`: the bot's clock, NOW unless given (a story moves it from meeting to meeting). */
/** `perUserViews: false`: as the Agents Playground runs it (scripts/playground.ts). */
/** `attempts`: how often the deployment tries a connector call (4 unless given). */
/** `held`: a wait that ends only when the promise it gives does (none: every wait is recorded and over at once). */
export async function startHarness(opts: { env?: Record<string, string>; roster?: RosterMember[]; replicaOf?: Harness; invokeDeadlineMs?: number; messageDeadlineMs?: number; connectorTimeoutMs?: number; authLimitMs?: number; log?: Logger; db?: TestDb; now?: () => Date; perUserViews?: false; attempts?: number; held?: (ms: number) => Promise<void> | undefined } = {}): Promise<Harness> {
  const roster = opts.roster ?? PEOPLE.map((p) => ({ ...p }));
  const first = opts.replicaOf;
  const connector = first?.connector ?? (await startFakeConnector({ roster: { [TEAM_ID]: roster }, teams: { [TEAM_ID]: { name: 'Team Noord' } }, tenantId: TENANT }));
  const db = first?.db ?? opts.db ?? (await pgliteTestDb());
  const clock = first?.clock ?? new ManualClock();
  const sleeps: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    sleeps.push(ms);
    await opts.held?.(ms);
  };
  const retry: RetryOptions = { attempts: opts.attempts ?? 4, baseMs: 500, maxMs: 8000, random: () => 0.5, sleep, now: () => clock.now() };
  let teams: TeamsAdapter | undefined;
  const deps = makeDeps(db.db);
  // No ticker: a test's own passes (tick, a story's timePasses) are the only ones, at the moment it names.
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', ...opts.env });
  const config = opts.perUserViews === false ? { ...loaded, teams: { ...loaded.teams, perUserViews: false } } : loaded;
  const bot = await startBot(config, opts.log ?? createLogger('silent'), {
    db: db.db,
    now: opts.now ?? deps.now,
    adapters: [async (d, c, log) => (teams = createTeamsAdapter(d, c, log, { clock, retry, invokeDeadlineMs: opts.invokeDeadlineMs, messageDeadlineMs: opts.messageDeadlineMs, connectorTimeoutMs: opts.connectorTimeoutMs, authLimitMs: opts.authLimitMs }))],
  });
  const url = `http://127.0.0.1:${bot.port}${TEAMS_PATH}`;
  const cards: JsonObject[] = [];
  const inChannel = (user: TeamsUser): ActivityBase => ({
    from: user,
    conversation: CHANNEL,
    serviceUrl: connector.serviceUrl,
    channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID, name: 'Team Noord' }, channel: { id: TEAM_ID } },
  });
  const inPersonal = (user: TeamsUser): ActivityBase => ({
    from: user,
    conversation: { id: `a:1${user.id}`, conversationType: 'personal', tenantId: TENANT },
    serviceUrl: connector.serviceUrl,
  });
  const h: Harness = {
    connector, bot, teams: teams!, db, clock, sleeps, url, cards, inChannel, inPersonal,
    say: (user, text, where) => postActivity(url, messageActivity({ ...(where ?? inChannel(user)), text })),
    submit: (user, value, where) => postActivity(url, submitActivity({ ...(where ?? inChannel(user)), value })),
    async invoke(user, verb, data, where) {
      const result = await postActivity(url, invokeActionExecute({ ...(where ?? inChannel(user)), verb, data }));
      const body = result.body as { value?: JsonObject } | undefined;
      if (result.status !== 200 || !body?.value) throw new Error(`invoke ${verb} answered ${result.status}: ${JSON.stringify(result.body)}`);
      // A message (a string) is shown beside the card, which stays as it was: no card to check.
      if (typeof body.value === 'object') cards.push(body.value);
      return body.value;
    },
    async seenBy(user, card, where) {
      const refresh = card.refresh as { action?: { verb?: string; data?: JsonObject }; userIds?: string[] } | undefined;
      if (refresh?.action?.verb !== OWN_VIEW_VERB || !refresh.userIds?.includes(user.id)) return card;
      return h.invoke(user, OWN_VIEW_VERB, refresh.action.data ?? {}, where);
    },
    async flush(ms = 1_000) {
      await teams!.idle();
      clock.advance(ms);
      await teams!.idle();
    },
    cardsSince: (from) => connector.activities.slice(from).map((a) => adaptiveCardOf(a.activity)).filter((c): c is JsonObject => c !== undefined),
    async close() {
      await bot.close();
      if (first) return;
      await connector.close();
      if (!opts.db) await db.drop();
    },
  };
  return h;
}

/** Closes the harness once every card the bot posted, updated or answered with is checked against Adaptive Cards 1.5. */
export async function closeCheckingCards(h: Harness): Promise<void> {
  const problems = [...h.cardsSince(0), ...h.cards].flatMap((c) => adaptiveCardProblems(c));
  await h.close();
  expect(problems).toEqual([]);
}

/**
 * Anna starts the leerlijn of Het Baken and JoU in the team channel, with Bram from the youth
 * work; the start form reads the roster, so the team gets its Teams names.
 */
/** `more`: start form fields to add, such as `{ lang: 'en' }`. */
export async function startHetBaken(h: Pick<Harness, 'say' | 'submit'>, more: Readonly<Record<string, string>> = {}): Promise<void> {
  const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
    ...more,
  });
}

/**
 * The bot in Teams with Het Baken started, shared by a file's tests; closed after the last, its
 * cards checked. `opts` go to startHarness (a log to read, say).
 */
export function useHetBaken(opts: Parameters<typeof startHarness>[0] = {}): { h: Harness } {
  const env = {} as { h: Harness }; // filled before the first test, read only inside tests
  beforeAll(async () => {
    env.h = await startHarness(opts);
    await startHetBaken(env.h);
  });
  afterAll(() => closeCheckingCards(env.h));
  return env;
}

/** Anna opens week 1, votes 2 on every card and closes it with `sluit`; the round's id. */
export async function votedAndClosedRound(h: Harness): Promise<string> {
  const [anna] = PEOPLE as [TeamsUser];
  await h.say(anna, 'scores');
  const { rows } = await h.db.db.query<{ id: string }>(`select id from score_rounds where status = 'open'`);
  const roundId = rows[0]!.id;
  for (const onderdeel of ONDERDEEL_CODES) await h.invoke(anna, 'vote', { roundId, onderdeel, score: 2 });
  await h.say(anna, 'sluit');
  await h.flush();
  return roundId;
}

/** The "what next?" hint the bot adds after a step (its text carries the id `next_step`). */
export function isNextStepHint(card: unknown): boolean {
  return elements(card).some((e) => e.id === 'next_step');
}

/** The latest card in a conversation other than the "what next?" hint: what the step itself said. */
export function lastAnswerIn(connector: FakeConnector, conversationId: string): JsonObject | undefined {
  return connector.messagesIn(conversationId).map((m) => adaptiveCardOf(m.activity)).filter((c): c is JsonObject => c !== undefined && !isNextStepHint(c)).at(-1);
}

/** A card's texts, one a line, Markdown kept: the same reading the stories use. */
export { cardText } from '../../story/drivers/text.js';

/** The elements of a card in document order, nested ones included. */
export function elements(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string') out.push(o);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** The text shown right after an input: where the forms put that input's error. */
export function textAfter(card: unknown, id: string): string | undefined {
  const all = elements(card);
  const next = all[all.findIndex((e) => e.id === id) + 1];
  return next?.type === 'TextBlock' ? String(next.text) : undefined;
}

/**
 * An English leerlijn in which Anna plans one action for Bram: the data of a status button on the
 * message with his actions that then comes to his personal chat.
 */
export async function bramsStatusButton(h: Harness): Promise<Record<string, unknown>> {
  const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
  await startHetBaken(h, { lang: 'en' });
  await h.submit(anna, {
    form: 'plan', onderdeel: 'P1', watKanBeter: 'Talk more often', gewensteEindsituatie: 'A monthly meeting',
    'actions.0.description': 'Plan a meeting', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
  });
  const chat = h.connector.createdConversations.find((c) => JSON.stringify(c.request).includes(bram.id))!.id;
  const button = elements(h.connector.lastCardIn(chat)).find((e) => e.type === 'Action.Execute' && e.verb === 'status') as { data: Record<string, unknown> };
  return button.data;
}

/** The channel's leerlijn (Het Baken) with its eindevaluatie marked held (fixtures eindevaluatieHeld): `planning nieuw` opens its form. */
export async function hetBakenEindevaluatieHeld(h: Pick<Harness, 'db'>): Promise<void> {
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
  if (rows.length !== 1) throw new Error(`expected one leerlijn in the channel, found ${rows.length}`);
  await eindevaluatieHeld(h.db.db, rows[0]!.id);
}

/** Someone in the team deletes a message in the channel (as Teams lets them), through the connector as the client does. */
export async function deletedInChannel(h: Pick<Harness, 'connector'>, messageId: string): Promise<void> {
  const base = h.connector.serviceUrl.replace(/\/$/, '');
  const answer = await fetch(`${base}/v3/conversations/${encodeURIComponent(CHANNEL.id)}/activities/${encodeURIComponent(messageId)}`, { method: 'DELETE' });
  if (answer.status !== 200) throw new Error(`delete answered ${answer.status}`);
}
