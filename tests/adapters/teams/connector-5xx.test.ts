// A Bot Connector that answers 502 is tried again by the bot's own retry alone: the deployment's
// attempts and waits (here the harness's, which records them instead of sleeping), not
// botbuilder's built-in waits of real time (half a second or more each) first. So a vote's shared card
// is still redrawn, a form sent from a card is answered within Teams' deadline, and a message to
// someone that keeps failing is tried exactly as often as the deployment says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStatus } from '../../../src/app/overview.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { conversationUpdate, messageActivity, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { makeDeps } from '../../support/fixtures.js';
import { capturedLog } from '../../support/log-lines.js';
import { CHANNEL, hetBakenEindevaluatieHeld, PEOPLE, TENANT, cardText, closeCheckingCards, elements, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
/** Two 502s cost at least 1.5 s of botbuilder's own waiting; the bot itself answers in far less. */
const DEADLINE_MS = 1_000;
const ATTEMPTS = 3;
let h: Harness;
const logged = capturedLog();

beforeAll(async () => {
  h = await startHarness({ invokeDeadlineMs: DEADLINE_MS, attempts: ATTEMPTS, log: logged.log });
  await startHetBaken(h);
});

afterAll(() => closeCheckingCards(h));

/** The statuses the fake answered since request `from`, for requests of `method` whose path matches. */
const answered = (from: number, method: string, path = /./): number[] =>
  h.connector.requests.slice(from).filter((r) => r.method === method && path.test(r.path)).map((r) => r.status);

const cardIn = (messageId: string): JsonObject | undefined => adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).find((m) => m.id === messageId)!.activity);

async function one(sql: string): Promise<string> {
  const { rows } = await h.db.db.query<{ v: string }>(sql);
  return rows[0]!.v;
}

describe('a vote whose shared card Teams answers 502 once', () => {
  it('shows the voter their vote, and the card everyone sees counts it after the deployment’s wait', async () => {
    await h.say(anna, 'scores');
    const roundId = await one(`select id as v from score_rounds`);
    const messageId = await one(`select message_id as v from posted_messages where key = 'card:${roundId}:P1'`);
    const from = h.connector.requests.length;
    const sleeps = h.sleeps.length;
    h.connector.failNext('PUT', { status: 502 });
    const own = await h.invoke(bram, 'vote', { roundId, onderdeel: 'P1', score: 3 });
    expect(cardText(own)).toContain('Je stem: 3');
    await h.teams.idle();
    expect(answered(from, 'PUT')).toEqual([502, 200]);
    expect(h.sleeps.slice(sleeps)).toEqual([250]);
    expect(cardText(cardIn(messageId))).toContain('1 van 2 gestemd');
  });
});

describe('a form sent from a card whose message Teams answers 502 twice', () => {
  it('is answered within Teams’ deadline, and its message says it is filled in', async () => {
    await hetBakenEindevaluatieHeld(h);
    await h.say(anna, 'planning nieuw');
    const opened = h.connector.messagesIn(CHANNEL.id).at(-1)!;
    const form = await h.seenBy(anna, adaptiveCardOf(opened.activity)!);
    const send = elements(form).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === 'move')!;
    const shown = Object.fromEntries(elements(form).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
    const from = h.connector.requests.length;
    const sleeps = h.sleeps.length;
    h.connector.failNext('PUT', { status: 502, times: 2 });
    const answer = await h.invoke(anna, FORM_VERB, { ...(send.data as JsonObject), ...shown, date: '2026-09-14', time: '15:00' }, { ...h.inChannel(anna), replyToId: opened.id });
    // Answered with the card itself, not Teams' "still working".
    expect(cardText(answer)).toContain('Anna Test heeft dit formulier ingevuld');
    expect(answered(from, 'PUT')).toEqual([502, 502, 200]);
    expect(h.sleeps.slice(sleeps)).toEqual([250, 500]);
    expect(cardText(cardIn(opened.id))).toContain('Anna Test heeft dit formulier ingevuld');
  });
});

describe('a person named in a command whom Teams looks up through a 502', () => {
  it('is still added to the team', async () => {
    const chen = PEOPLE[2]!;
    const sleeps = h.sleeps.length;
    h.connector.failNext(/\/members\/29:chen$/, { status: 502 });
    const named = `<at>${chen.name}</at>`;
    // As Teams sends a mention: its Teams id only, so the bot asks Teams who it is.
    await postActivity(h.url, messageActivity({ ...h.inChannel(anna), text: `team toevoegen ${named}`, entities: [{ type: 'mention', text: named, mentioned: { id: chen.id, name: chen.name } }] }));
    const { rows } = await h.db.db.query(`select 1 from members where user_id = $1::text`, [chen.aadObjectId]);
    expect(rows).toHaveLength(1);
    expect(h.sleeps.slice(sleeps)).toEqual([250]);
  });
});

describe('a message to someone that Teams answers 502', () => {
  const activities = /^\/v3\/conversations\/[^/]+\/activities/;

  async function toBram() {
    const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
    const leerlijnId = await one(`select id as v from leerlijnen`);
    const { leerlijn } = await getStatus(makeDeps(h.db.db), { workspaceId, userId: anna.aadObjectId }, leerlijnId);
    const notice = { type: 'coordinator_prompt' as const, prompt: 'plan_going' as const, leerlijn, meeting: null, openRound: false, unagreed: 0 };
    return h.teams.messenger.toUser({ workspaceId, userId: bram.aadObjectId }, notice);
  }

  it('arrives after one wait of the deployment’s when the 502 passes, and no error is logged for it', async () => {
    await toBram(); // the chat exists from here on, so every send below is one request
    logged.clear();
    const from = h.connector.requests.length;
    const sleeps = h.sleeps.length;
    h.connector.failNext(activities, { status: 502 });
    expect(await toBram()).toMatchObject({ ok: true });
    expect(answered(from, 'POST', activities)).toEqual([502, 201]);
    expect(h.sleeps.slice(sleeps)).toEqual([250]);
    // An operator is not alarmed by an attempt that was retried: a warning, not an error.
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toContain('teams connector call failed (the messenger retries or reports it)');
  });

  it('is tried as often as the deployment says and no more, then reported as worth trying later', async () => {
    const from = h.connector.requests.length;
    const sleeps = h.sleeps.length;
    h.connector.failNext(activities, { status: 502, times: 10 });
    expect(await toBram()).toMatchObject({ ok: false, error: 'http_502', permanent: false });
    expect(answered(from, 'POST', activities)).toEqual(Array(ATTEMPTS).fill(502));
    expect(h.sleeps.slice(sleeps)).toEqual([250, 500]);
    h.connector.reset();
  });
});

describe('a welcome in a channel that Teams keeps answering 502', () => {
  it('is answered 503 with a warning once every attempt failed, so Teams sends it again (welcome-again.test.ts)', async () => {
    logged.clear();
    h.connector.failNext('POST', { status: 502, times: 10 });
    const answer = await postActivity(h.url, conversationUpdate({ ...h.inChannel(anna), channelData: { tenant: { id: TENANT }, team: { id: 'team-1' } } }));
    h.connector.reset();
    expect(answer.status).toBe(503);
    expect(logged.warnings()).toContainEqual('welcome not delivered; to be delivered again');
  });
});
