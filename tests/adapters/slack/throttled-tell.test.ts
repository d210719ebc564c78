// Slack answers a burst of ephemerals with 429 and a long Retry-After. What the bot has to say to
// the one person who typed or clicked then goes through that command's or click's response_url,
// a webhook outside the Web API's limits: a status click on an action that is gone, "agree all"
// by someone who may not, a command or click while the database does not answer. Before, each
// posted its ephemeral directly, and nothing was heard. A click whose own response_url Slack
// refuses (used up, expired) is told by ephemeral instead, where before nothing was heard either.
// When the response_url carried what the ephemeral could not, the log says so in one warning (no
// url: it answers in that person's name), so an operator sees Slack was throttling.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { NEXT_STEP } from '../../../src/views/reply.js';
import { databaseDown } from '../../support/outage.js';
import { closedRound, useLoggedSlackLeerlijn } from './flow.js';
import { COORDINATOR, USERS } from './harness.js';

const OWNER_DM = 'D0OWNERDM';
const env = useLoggedSlackLeerlijn();

/** Everything said to `user` from now on, ephemerals and response_url answers alike. */
function heardBy(user: string): () => string {
  const before = env.h.fake.ephemeralsTo(user).length;
  return () => env.h.fake.ephemeralsTo(user).slice(before).map((e) => JSON.stringify(e.body)).join('\n');
}

const ephemeralsRateLimited = (): void => env.h.fake.failNext('chat.postEphemeral', { status: 429, retryAfter: 30, times: 10 });

/** Runs `act` with the database failing every statement. */
async function whileDatabaseDown(act: () => Promise<unknown>): Promise<void> {
  const restore = databaseDown(env.h.testDb.db);
  try {
    await act();
    await env.h.settle();
  } finally {
    restore();
  }
}

describe('Slack refuses the ephemeral with a long 429: the person is told through the response_url', () => {
  it('a status click on an action that is gone: "not found"', async () => {
    const heard = heardBy(USERS[1]!);
    ephemeralsRateLimited();
    await env.h.click(USERS[1]!, 'action_status_klaar', `${randomUUID()}|klaar`, { channel: OWNER_DM, ts: '5.000001' });
    await env.h.settle();
    expect(heard()).toContain(tError('nl', 'not_found'));
  });

  it('"agree all" clicked by a member who is no coordinator: why not', async () => {
    const { closed } = await closedRound(env.h);
    const heard = heardBy(USERS[1]!);
    ephemeralsRateLimited();
    await env.h.click(USERS[1]!, 'agree_all', closed.roundId);
    await env.h.settle();
    expect(heard()).toContain(tError('nl', 'not_coordinator'));
  });

  it('a command typed while the database does not answer: "try again"', async () => {
    const heard = heardBy(COORDINATOR);
    ephemeralsRateLimited();
    await whileDatabaseDown(() => env.h.command(COORDINATOR, 'status'));
    expect(heard()).toContain(tError('nl', 'internal'));
  });

  it('logs one warning that the response_url carried it, without the url, the words or a token', async () => {
    const heard = heardBy(USERS[1]!);
    ephemeralsRateLimited();
    await env.h.click(USERS[1]!, 'action_status_klaar', `${randomUUID()}|klaar`, { channel: OWNER_DM, ts: '5.000001' });
    await env.h.settle();
    expect(heard()).toContain(tError('nl', 'not_found'));
    const carried = env.logged.lines.filter((l) => l.msg === 'slack: ephemeral rate limited; told through the response_url instead');
    expect(carried).toHaveLength(1);
    const all = JSON.stringify(env.logged.lines);
    expect(all).not.toContain('/response_url/');
    expect(all).not.toContain(tError('nl', 'not_found'));
    expect(all).not.toContain('xoxb-');
  });
});

describe('a click answered where Slack allows it', () => {
  // A click's own answer costs no Web API call (none of the 429s above) while its response_url lasts.
  it('a next-step click while the database does not answer: "try again" through the click\'s response_url, no ephemeral tried', async () => {
    const heard = heardBy(COORDINATOR);
    const ephemerals = env.h.fake.callsTo('chat.postEphemeral').length;
    await whileDatabaseDown(() => env.h.click(COORDINATOR, NEXT_STEP, 'scores'));
    expect(heard()).toContain(tError('nl', 'internal'));
    expect(env.h.fake.callsTo('chat.postEphemeral')).toHaveLength(ephemerals);
  });
});

describe('a click whose response_url Slack refuses (used up, expired)', () => {
  it('a next-step click while the database does not answer: "try again" by ephemeral', async () => {
    const heard = heardBy(COORDINATOR);
    env.h.fake.failNext('response_url', { status: 404, error: 'expired_url', times: 10 });
    await whileDatabaseDown(() => env.h.click(COORDINATOR, NEXT_STEP, 'scores'));
    expect(heard()).toContain(tError('nl', 'internal'));
  });
});
