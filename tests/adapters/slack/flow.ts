// Steps of the full leerlijn as a Slack user does them, for the end-to-end test.
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Deps } from '../../../src/app/context.js';
import { castVote, closeRound, openRound } from '../../../src/app/rounds.js';
import type { RoundView } from '../../../src/app/views.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { FakeMessage } from '../../fakes/slack-api.js';
import { eventBody, FAKE_TEAM, input, postToSlackEndpoint } from '../../fakes/slack-signing.js';
import { databaseDown } from '../../support/outage.js';
import { capturedLog, type CapturedLog } from '../../support/log-lines.js';
import { allViolations, BOT, CHANNEL, COORDINATOR, NOW, SECRET, startHarness, TOKEN, USERS, type Harness } from './harness.js';

export const CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;

/** Member i's vote on onderdeel j: a fixed, varied pattern with some 1-and-3 splits. */
export function voteOf(i: number, j: number): 1 | 2 | 3 {
  return ((((i * 7 + j * 3) % 5) % 3) + 1) as 1 | 2 | 3;
}

export function lastView(h: Harness, user: string): { callbackId: string; meta: string; blocks: unknown[] } {
  const v = h.fake.lastView(user)?.view;
  expect(v).toBeDefined();
  return { callbackId: String(v?.callback_id), meta: String(v?.private_metadata ?? ''), blocks: (v?.blocks as unknown[]) ?? [] };
}

/** The start form's sides: every other person from school, the rest from youth work. */
export function sidesOf(members: readonly string[]) {
  return {
    schoolSide: { v: input.users(members.filter((_, i) => i % 2 === 0)) },
    jongerenwerk: { v: input.users(members.filter((_, i) => i % 2 === 1)) },
  };
}

/** What a coordinator types into the start form; each test varies only what it is about. */
export function startFormValues(opts: { school?: string; members?: readonly string[]; lang?: 'nl' | 'en' } = {}) {
  return {
    school: { v: input.text(opts.school ?? 'Het Baken College') },
    youthOrg: { v: input.text('JoU Jongerenwerk') },
    kind: { v: input.radio('bestaand') },
    ...(opts.lang ? { lang: { v: input.radio(opts.lang) } } : {}),
    startDate: { v: input.date('2026-02-02') },
    startTime: { v: input.text('15:30') },
    coordinators: { v: input.users([COORDINATOR]) },
    // Everyone on a side (the start asks it), half of them from school.
    ...sidesOf(opts.members ?? USERS),
  };
}

/** `start` typed and its form sent by the coordinator; `school` alone, or the form's options. */
export async function startLeerlijnInSlack(h: Harness, school: string | Parameters<typeof startFormValues>[0] = {}): Promise<void> {
  await h.command(COORDINATOR, 'start');
  await h.settle();
  const view = lastView(h, COORDINATOR);
  expect(view.callbackId).toBe('start');
  const values = {
    ...startFormValues(typeof school === 'string' ? { school } : school),
    randvoorwaarden: { v: { type: 'checkboxes' as const, selected_options: [{ text: { type: 'plain_text', text: 'x', emoji: true }, value: 'draagvlak' }] } },
  };
  const res = await h.submit(COORDINATOR, 'start', values, view.meta);
  expect(res.status).toBe(200);
  expect(res.text).toBe('');
  await h.settle();
}

/**
 * The bot in Slack with a leerlijn started for `school`, shared by a file's tests: started before
 * the first, closed after the last. With `checkBlocks`, every Block Kit payload the bot sent is
 * checked against Slack's limits once it is closed (allViolations).
 */
export function useSlackLeerlijn(school: Parameters<typeof startLeerlijnInSlack>[1], opts: { checkBlocks?: boolean } = {}): { h: Harness } {
  const env = {} as { h: Harness }; // filled before the first test, read only inside tests
  beforeAll(async () => {
    env.h = await startHarness();
    await startLeerlijnInSlack(env.h, school);
  });
  afterAll(async () => {
    const violations = opts.checkBlocks && env.h ? allViolations(env.h.fake) : [];
    await env.h?.close();
    expect(violations).toEqual([]);
  });
  return env;
}

/** Slack's limits for a call a person waits on, short enough that a test sees the answer that follows one given up. */
export const PERSON_WAITS_LIMITS = { callMs: 10_000, userCallMs: 3_000, uploadMs: 10_000 };

/**
 * A bot of its own for each test, with a leerlijn started for Het Baken, the limits of a call a person
 * waits on, and its log captured from after the start (for what a throttled or failed call logs).
 */
export function useLoggedSlackLeerlijn(): { h: Harness; logged: CapturedLog } {
  const env = {} as { h: Harness; logged: CapturedLog }; // filled before each test, read only inside tests
  beforeEach(async () => {
    env.logged = capturedLog();
    env.h = await startHarness({ timeLimits: PERSON_WAITS_LIMITS, log: env.logged.log });
    await startLeerlijnInSlack(env.h, 'Het Baken');
    env.logged.clear();
  });
  afterEach(() => env.h.close());
  return env;
}

/** The cards of a round in the channel, by onderdeel, with the round id from their buttons. */
export function cardsIn(h: Harness, after = 0): { roundId: string; cards: Map<string, FakeMessage> } {
  const cards = new Map<string, FakeMessage>();
  let roundId = '';
  for (const m of h.fake.messagesIn(CHANNEL).slice(after)) {
    const json = JSON.stringify(m.blocks ?? []);
    const found = /"value":"([0-9a-f-]{36})\|(P1|P2|A1|A2|A3|B1|B2|T1|T2|T3)\|1"/.exec(json);
    if (found && m.thread_ts) {
      roundId = found[1]!;
      cards.set(found[2]!, m);
    }
  }
  return { roundId, cards };
}

export async function voteAll(h: Harness, roundId: string, cards: Map<string, FakeMessage>, pattern: (i: number, j: number) => 1 | 2 | 3): Promise<void> {
  const clicks = USERS.flatMap((user, i) =>
    CODES.map((code, j) => h.click(user, `vote_${pattern(i, j)}`, `${roundId}|${code}|${pattern(i, j)}`, { ts: cards.get(code)?.ts })),
  );
  const results = await Promise.all(clicks);
  expect(results.every((r) => r.status === 200)).toBe(true);
  await h.settle();
}

/**
 * The channel's leerlijn with its week-1 round voted (voteOf) and closed, through the use
 * cases: for tests about what happens after the close. `closed` is the round just closed.
 */
export async function closedRound(h: Harness): Promise<{ deps: Deps; coordinator: { workspaceId: string; userId: string }; closed: RoundView }> {
  const ws = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  const deps: Deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' };
  const coordinator = { workspaceId: ws, userId: COORDINATOR };
  const { rows } = await h.testDb.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1`, [CHANNEL]);
  const round = await openRound(deps, coordinator, rows[0]!.id, 'week1');
  for (const [i, user] of USERS.entries()) {
    for (const [j, code] of round.cards.map((c) => c.onderdeel).entries()) await castVote(deps, { workspaceId: ws, userId: user }, { roundId: round.roundId, onderdeel: code, score: voteOf(i, j) });
  }
  return { deps, coordinator, closed: await closeRound(deps, coordinator, round.roundId) };
}

/** Week 1's round opened with `scores`, every card voted on (voteOf) and closed with `sluit`, as the coordinator types them: its id. */
export async function votedAndClosed(h: Harness): Promise<string> {
  await h.command(COORDINATOR, 'scores');
  await h.settle();
  const { roundId, cards } = cardsIn(h);
  await voteAll(h, roundId, cards, voteOf);
  await h.command(COORDINATOR, 'sluit');
  await h.settle();
  return roundId;
}

/** A message deleted in the channel (as a workspace admin may), not by the bot: Slack no longer has it. */
export async function deletedInChannel(h: Harness, ts: string): Promise<void> {
  await new WebClient(TOKEN, { slackApiUrl: h.fake.url }).chat.delete({ channel: CHANNEL, ts });
}

/** The id of the leerlijn in the harness's channel, as the team message's buttons carry it. */
export async function leerlijnIdIn(h: Harness): Promise<string> {
  const { rows } = await h.testDb.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1`, [CHANNEL]);
  return rows[0]!.id;
}

/** The bot invited to `channel` while the database does not answer; Slack's status for the event, once what followed is done. */
export async function invitedWhileDatabaseDown(h: Harness, channel: string, eventId: string): Promise<number> {
  const joined = eventBody({ type: 'member_joined_channel', user: BOT, channel }, { event_id: eventId });
  const restore = databaseDown(h.testDb.db);
  try {
    const { status } = await postToSlackEndpoint(h.endpoint, SECRET, joined, 'application/json');
    // The welcome is posted after the ack.
    await h.settle();
    return status;
  } finally {
    restore();
  }
}
