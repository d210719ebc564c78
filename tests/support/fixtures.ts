// Fixture factories: a team, a started leerlijn, votes. Tests read like the product.
import { afterEach, beforeEach } from 'vitest';
import type { Actor, Deps } from '../../src/app/context.js';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import type { MemberInput, StartInput } from '../../src/app/start-input.js';
import { agreeAllProposed, castVote, closeRound, openRound, setAgreedScore } from '../../src/app/rounds.js';
import { getRound } from '../../src/app/round-views.js';
import { ONDERDEEL_CODES } from '../../src/domain/instrument.js';
import type { RoundView, StartView } from '../../src/app/views.js';
import type { Db } from '../../src/store/db.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import type { TestDb } from './db.js';

export const NOW = new Date('2026-01-15T09:00:00Z');

export function makeDeps(db: Db, now: Date = NOW): Deps & { setNow(d: Date): void } {
  let current = now;
  return {
    db,
    now: () => current,
    setNow: (d: Date) => {
      current = d;
    },
    defaultTimezone: 'Europe/Amsterdam',
    defaultLang: 'nl',
  };
}

/** n members alternating school/jongerenwerk, the first two managers; U000 coordinates. */
export function makeTeam(n: number): MemberInput[] {
  return Array.from({ length: n }, (_, i) => ({
    userId: `U${String(i).padStart(3, '0')}`,
    displayName: `Lid ${i}`,
    side: i % 2 === 0 ? 'school' : 'jongerenwerk',
    level: i < 2 ? 'manager' : 'uitvoerder',
  }));
}

export interface Started {
  view: StartView;
  leerlijnId: string;
  workspaceId: string;
  coordinator: Actor;
  members: Actor[];
}

export async function startFixture(deps: Deps, opts: { members?: number; channelId?: string; overrides?: Partial<StartInput> } = {}): Promise<Started> {
  const workspaceId = await ensureWorkspace(deps.db, 'slack', 'T_TEST');
  const team = makeTeam(opts.members ?? 4);
  const coordinator: Actor = { workspaceId, userId: team[0]!.userId };
  const view = await startLeerlijn(deps, coordinator, {
    channelId: opts.channelId ?? 'C_TEAM',
    kind: 'bestaand',
    schoolName: 'Het Baken College',
    youthOrgName: 'JoU Jongerenwerk',
    startDate: '2026-02-02',
    startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true },
    coordinators: [coordinator.userId],
    members: team,
    ...opts.overrides,
  });
  return {
    view,
    leerlijnId: view.leerlijn.id,
    workspaceId,
    coordinator,
    members: team.map((m) => ({ workspaceId, userId: m.userId })),
  };
}

export interface LeerlijnEnv {
  t: TestDb;
  deps: ReturnType<typeof makeDeps>;
  s: Started;
}

/** Per test: a fresh database, a fixed clock and a started leerlijn of `members` people. */
export function useStartedLeerlijn(open: () => Promise<TestDb>, members = 4): LeerlijnEnv {
  const env = {} as LeerlijnEnv; // filled before each test, read only inside tests
  beforeEach(async () => {
    env.t = await open();
    env.deps = makeDeps(env.t.db);
    env.s = await startFixture(env.deps, { members });
  });
  afterEach(() => env.t.drop());
  return env;
}

/**
 * A round opened and closed at once, then agreed onderdeel by onderdeel: `scores[i]` for the
 * i-th (in ONDERDEEL_CODES' order), a number for all ten; fewer scores leave the rest unagreed.
 */
export async function agreedRound(deps: Deps, coordinator: Actor, leerlijnId: string, moment: 'week1' | 'week17', scores: number | readonly number[]): Promise<RoundView> {
  const round = await openRound(deps, coordinator, leerlijnId, moment, { early: true });
  await closeRound(deps, coordinator, round.roundId);
  const agreed = typeof scores === 'number' ? ONDERDEEL_CODES.map(() => scores) : scores;
  for (const [i, score] of agreed.entries()) await setAgreedScore(deps, coordinator, { roundId: round.roundId, onderdeel: ONDERDEEL_CODES[i]!, score });
  return getRound(deps, coordinator, round.roundId);
}

/** A leerlijn of two whose week-1 round both voted 2 throughout, closed with every proposal agreed: one with a result to show. */
export async function agreedLeerlijnOfTwo(deps: Deps): Promise<Started> {
  const s = await startFixture(deps, { members: 2 });
  const round = await openRound(deps, s.coordinator, s.leerlijnId, 'week1');
  for (const m of s.members) for (const code of ONDERDEEL_CODES) await castVote(deps, m, { roundId: round.roundId, onderdeel: code, score: 2 });
  await closeRound(deps, s.coordinator, round.roundId);
  await agreeAllProposed(deps, s.coordinator, round.roundId);
  return s;
}

/**
 * A minute into the eindevaluatie of a leerlijn started as startFixture starts it (and the story drivers' start form:
 * 2026-02-02, 15:30): Monday 25 May 2026, 15.31 in Amsterdam. From then the new evaluation meeting can be planned.
 */
export const EINDEVALUATIE_BEGUN = new Date('2026-05-25T13:31:00Z');

/**
 * The eindevaluatie marked held, as its coordinator may before its time: from then the new evaluation
 * meeting can be planned (domain followUpOffered), `planning nieuw` opens its form. For tests that
 * want that form without moving the clock. Only this leerlijn's: another in the same database keeps its own.
 */
export async function eindevaluatieHeld(db: Db, leerlijnId: string): Promise<void> {
  await db.query(`update meetings set status = 'held' where leerlijn_id = $1::uuid and kind = 'eindevaluatie'`, [leerlijnId]);
}
