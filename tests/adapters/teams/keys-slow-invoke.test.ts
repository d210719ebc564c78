// Teams gives an invoke (a card button: a vote, a form, a refresh) 5 s from the moment it sends
// it, and a check of the request's token can take seconds of that: botframework-connector fetches
// the Bot Framework's signing keys once a day, or for a key it does not know. The invoke's
// deadline counts from the request's arrival, the check included; a check that outlasts it is
// given up. Here the deadline is shortened, the fake key server answers late, and the database
// is held so that the turn cannot finish first.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { invokeActionExecute, messageActivity, postActivity, type InboundActivity, type PostResult, type TeamsUser } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { heldDb, type HeldDb } from '../../support/held-db.js';
import { capturedLog } from '../../support/log-lines.js';
import type { Logger } from '../../../src/logger.js';
import { CHANNEL, PEOPLE, TENANT, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: this bot has an id of its own.
const APP_ID = '77777777-2222-3333-4444-555555555555';
const DEADLINE_MS = 500;
/**
 * Timers on a busy machine fire late (656 ms was seen with 150 here, beside other test files); the
 * old behaviour answered a whole deadline after the keys, 300 + 500 ms, which this still tells apart.
 */
const SLACK_MS = 250;
/** Far above any answer here: a request that waits on is measured, not a hang. */
const BOUND_MS = 3_000;
let idp: FakeEntraId;
let db: HeldDb;
let h: Harness;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET });
  https.globalAgent.options.ca = [idp.ca];
  db = heldDb(await pgliteTestDb());
  // The leerlijn and its round are set up without auth; the secured bots below share their database.
  h = await startHarness({ db });
  await startHetBaken(h);
  await h.say(anna, 'scores');
});

afterAll(async () => {
  db.release();
  await h.close();
  await db.drop();
  await idp.close();
});

/**
 * A bot with auth on, on the shared database. `keys` names its own metadata url: botframework-
 * connector keeps fetched keys per url, so each bot fetches them once, on its first request.
 */
function securedBot(keys: string, log?: Logger): Promise<Harness> {
  return startHarness({
    replicaOf: h,
    ...(log ? { log } : {}),
    invokeDeadlineMs: DEADLINE_MS,
    env: {
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: `${idp.openIdMetadataUrl}?bot=${keys}`,
    },
  });
}

/** Sends as Teams does, with a channel token; the answer and how long after sending it came. */
async function send(bot: Harness, activity: InboundActivity): Promise<{ answer: PostResult | 'still waiting'; ms: number }> {
  const token = idp.channelToken({ audience: APP_ID, serviceUrl: bot.connector.serviceUrl });
  const sent = performance.now();
  const posted = postActivity(bot.url, activity, { authorization: `Bearer ${token}` });
  const bound = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), BOUND_MS).unref());
  const answer = await Promise.race([posted, bound]);
  return { answer, ms: performance.now() - sent };
}

async function one(sql: string): Promise<string> {
  const { rows } = await h.db.db.query<{ v: string }>(sql);
  return rows[0]!.v;
}

describe('an invoke that arrives while the signing keys are being fetched', () => {
  it('is answered within its deadline counted from its arrival, and the vote counts once its turn ends', async () => {
    const bot = await securedBot('vote');
    try {
      const roundId = await one(`select id as v from score_rounds`);
      const messageId = await one(`select message_id as v from posted_messages where key = 'card:${roundId}:P1'`);
      idp.signingKeysAfter(300);
      db.hold();
      const { answer, ms } = await send(bot, invokeActionExecute({ ...bot.inChannel(bram), verb: 'vote', data: { roundId, onderdeel: 'P1', score: 3 } }));
      // What Teams shows in time: "still working", not an error once its 5 s are gone.
      expect(answer).toMatchObject({ status: 200, body: { value: t('nl', 'card.stillWorking') } });
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      // The turn runs on after its answer: once it ends, the card everyone sees counts the vote.
      db.release();
      const shared = (): string => cardText(adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).find((m) => m.id === messageId)!.activity));
      await expect.poll(async () => (await bot.flush(), shared())).toContain('1 van 2 gestemd');
    } finally {
      db.release();
      await bot.close();
    }
  });

  it('is answered 503 by its deadline when the keys take longer than that, and says so in the log', async () => {
    const logged = capturedLog();
    const bot = await securedBot('late', logged.log);
    try {
      idp.withholdSigningKeys();
      const { answer, ms } = await send(bot, invokeActionExecute({ ...bot.inChannel(bram), verb: 'vote', data: { roundId: 'x', onderdeel: 'P1', score: 3 } }));
      expect(answer).toMatchObject({ status: 503, body: { error: 'auth_unavailable' } });
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      const late = logged.lines.find((l) => l.msg === 'teams request not authenticated in time (the Bot Framework signing keys did not come)');
      expect(late).toMatchObject({ activityType: 'invoke' });
      expect(typeof late?.limitMs).toBe('number');
    } finally {
      idp.answerSigningKeys();
      await bot.close();
    }
  });
});

describe('a message that arrives while the signing keys are being fetched', () => {
  it('waits for them past an invoke\'s deadline (its own limit is 10 s), and is answered', async () => {
    const bot = await securedBot('message');
    try {
      const before = h.connector.requests.length;
      idp.signingKeysAfter(DEADLINE_MS + 300);
      const { answer } = await send(bot, messageActivity({ ...bot.inChannel(anna), text: 'help' }));
      expect(answer).toMatchObject({ status: 200 });
      expect(cardText(h.connector.lastCardIn(CHANNEL.id))).toContain('@Leerlijn start');
      expect(h.connector.requests.length).toBeGreaterThan(before);
    } finally {
      await bot.close();
    }
  });
});
