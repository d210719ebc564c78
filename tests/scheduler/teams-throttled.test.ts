// Two Teams teams' invitations are due at the same 09:00; the Bot Connector answers Team Noord's
// post 429 with a Retry-After. The scheduler's Teams messenger waited out a Retry-After of up to
// 8 s itself, on every one of its four tries (24 s in one pass, holding every other team's
// reminders), and one longer than 8 s it gave up at once but counted as a failed attempt: on the
// job's last attempt the invitation was lost and the coordinators told it failed. A background
// send now waits out a few seconds of Retry-After only; a longer one gives the job back, to be
// tried again once Teams' time has passed, without counting it: a 429 means the connector took
// nothing, so the invitation is neither lost nor posted twice. Team Zuid's goes in the same pass.
// An outage (503) that says when to come back still counts, so a job still gives up and its
// coordinators are told.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { tick, type TickResult } from '../../src/scheduler/tick.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import type { ActivityBase, TeamsUser } from '../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, TENANT, startHarness, type Harness } from '../adapters/teams/harness.js';
import { makeDeps } from '../support/fixtures.js';
import { databaseClockMovesOn, jobsOf } from './helpers.js';

const INVITE_AT = new Date('2026-01-26T08:00:00Z'); // the signalering's invitation, Monday 09:00 Amsterdam
const ZUID = '19:team-zuid@thread.tacv2';
const NOORD = CHANNEL.id;
/** The posts to Team Noord's channel: where the connector answers 429. */
const NOORD_POSTS = /team-noord@thread\.tacv2\/activities/;
let h: Harness;
const leerlijnOf: Record<string, string> = {};

/** A message in Team Zuid's general channel, as Teams sends it: the bot learns how to reach that channel. */
function inZuid(user: TeamsUser): ActivityBase {
  const zuid = { id: ZUID, name: 'Team Zuid' };
  return { ...h.inChannel(user), conversation: { id: ZUID, conversationType: 'channel', tenantId: TENANT }, channelData: { tenant: { id: TENANT }, team: zuid, channel: { id: ZUID } } };
}

async function startIn(channelId: string, team: readonly TeamsUser[]): Promise<void> {
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  const view = await startLeerlijn(makeDeps(h.db.db), { workspaceId, userId: team[0]!.id }, {
    channelId, kind: 'bestaand', schoolName: 'Het Baken College', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [team[0]!.id], members: team.map((p) => ({ userId: p.id, displayName: p.name })),
  });
  leerlijnOf[channelId] = view.leerlijn.id;
}

beforeEach(async () => {
  h = await startHarness();
  await h.say(PEOPLE[0]!, 'help'); // as after install: the bot knows both channels
  await h.say(PEOPLE[4]!, 'help', inZuid(PEOPLE[4]!));
  await startIn(NOORD, PEOPLE.slice(0, 4));
  await startIn(ZUID, PEOPLE.slice(4));
});
afterEach(() => h.close());

const waited = (sleepsBefore: number): number => h.sleeps.slice(sleepsBefore).reduce((sum, ms) => sum + ms, 0);

/** One pass with the adapter's own Teams messenger, and how long it waited on the connector. */
async function pass(now: Date, maxAttempts?: number): Promise<{ result: TickResult; waitedMs: number }> {
  const sleepsBefore = h.sleeps.length;
  const result = await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, now, { random: () => 0, ...(maxAttempts ? { maxAttempts } : {}) });
  return { result, waitedMs: waited(sleepsBefore) };
}

/** Invitations the bot posted in a channel since the test began (its 'help' answers are before `from`). */
const postedIn = (channelId: string, from: number) => h.connector.activities.slice(from).filter((a) => a.conversationId === channelId && a.method === 'POST').length;
const later = (seconds: number) => new Date(INVITE_AT.getTime() + seconds * 1000);
const invitationOf = async (channelId: string, status: string) => (await jobsOf(h.db.db, leerlijnOf[channelId]!, status)).find((j) => j.kind === 'meeting_invite');
const coordinatorsTold = async (channelId: string) => (await h.db.db.query(`select 1 from scheduled_jobs where kind = 'job_failed' and leerlijn_id = $1::uuid`, [leerlijnOf[channelId]!])).rows.length > 0;

describe('a Teams post of the scheduler answered 429 with Retry-After: 30', () => {
  it('gives its job back for after those 30 s without counting it, and Team Zuid\'s invitation goes in the same pass', async () => {
    const from = h.connector.activities.length;
    h.connector.failNext(NOORD_POSTS, { status: 429, retryAfter: 30 });
    const first = await pass(INVITE_AT);
    expect(first.result).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    expect(first.waitedMs).toBe(0);
    expect([postedIn(NOORD, from), postedIn(ZUID, from)]).toEqual([0, 1]);
    // Given back, not failed: still pending, and the 429 not counted as one of its attempts.
    expect(await invitationOf(NOORD, 'pending')).toMatchObject({ attempts: 0, lastError: 'http_429' });
    // Not before Teams' 30 s have passed...
    await databaseClockMovesOn(h.db.db, 29);
    expect((await pass(later(29))).result).toMatchObject({ claimed: 0 });
    // ...and then once, in the channel that missed it.
    await databaseClockMovesOn(h.db.db, 1);
    expect((await pass(later(30))).result).toMatchObject({ claimed: 1, sent: 1 });
    expect([postedIn(NOORD, from), postedIn(ZUID, from)]).toEqual([1, 1]);
  });

  it('is not failed for it on its last attempt, and nobody is told it failed: Teams asked to wait', async () => {
    h.connector.failNext(NOORD_POSTS, { status: 429, retryAfter: 30 });
    expect((await pass(INVITE_AT, 1)).result).toMatchObject({ sent: 1, retried: 1, failed: 0 });
    expect(await invitationOf(NOORD, 'pending')).toMatchObject({ attempts: 0 });
    expect(await coordinatorsTold(NOORD)).toBe(false);
  });
});

describe('a Teams post of the scheduler answered 429 with a shorter Retry-After', () => {
  it('waits out no more than 3 s of an 8 s Retry-After asked again and again (it waited 3 × 8 s, holding the pass)', async () => {
    const from = h.connector.activities.length;
    h.connector.failNext(NOORD_POSTS, { status: 429, retryAfter: 8, times: 10 });
    const first = await pass(INVITE_AT);
    expect(first.waitedMs).toBeLessThanOrEqual(3_000);
    expect(first.result).toMatchObject({ claimed: 2, sent: 1, retried: 1, failed: 0 });
    expect(await invitationOf(NOORD, 'pending')).toMatchObject({ attempts: 0, lastError: 'http_429' });
    expect(postedIn(ZUID, from)).toBe(1);
  });

  it('waits out a 2 s Retry-After once, not on every try (it waited 3 × 2 s), and then gives the job back', async () => {
    h.connector.failNext(NOORD_POSTS, { status: 429, retryAfter: 2, times: 10 });
    const first = await pass(INVITE_AT);
    expect(first.waitedMs).toBe(2_000);
    expect(first.result).toMatchObject({ sent: 1, retried: 1, failed: 0 });
    expect(await invitationOf(NOORD, 'pending')).toMatchObject({ attempts: 0, lastError: 'http_429' });
  });

  it('waits out a Retry-After of a second, as before: both posted in the one pass', async () => {
    const from = h.connector.activities.length;
    h.connector.failNext(NOORD_POSTS, { status: 429, retryAfter: 1 });
    const first = await pass(INVITE_AT);
    expect(first.result).toMatchObject({ claimed: 2, sent: 2, retried: 0 });
    expect(first.waitedMs).toBe(1_000);
    expect([postedIn(NOORD, from), postedIn(ZUID, from)]).toEqual([1, 1]);
  });
});

describe('a Teams post of the scheduler answered 429 without a Retry-After', () => {
  it('is Teams asking to wait all the same: on its last attempt the job is given back, not failed, and nobody is told', async () => {
    h.connector.failNext(NOORD_POSTS, { status: 429, times: 10 });
    expect((await pass(INVITE_AT, 1)).result).toMatchObject({ sent: 1, retried: 1, failed: 0 });
    expect(await invitationOf(NOORD, 'pending')).toMatchObject({ attempts: 0, lastError: 'http_429' });
    expect(await coordinatorsTold(NOORD)).toBe(false);
  });
});

describe('a Teams outage answered 503 with Retry-After: 30', () => {
  it('counts as a failed attempt: on the last one the job gives up and its coordinators are told', async () => {
    h.connector.failNext(NOORD_POSTS, { status: 503, retryAfter: 30 });
    expect((await pass(INVITE_AT, 1)).result).toMatchObject({ sent: 1, failed: 1 });
    expect(await invitationOf(NOORD, 'failed')).toMatchObject({ attempts: 1, lastError: 'http_503' });
    expect(await coordinatorsTold(NOORD)).toBe(true);
  });
});
