// The Teams fuzz run: the real CloudAdapter behind the edge (startHarness), a started leerlijn
// with an open round, then generated activities. Shared by the suite and `npm run fuzz`.
import { OUTSIDER, PEOPLE, startHarness, startHetBaken, type Harness } from '../adapters/teams/harness.js';
import { countingLogger, fuzz, timedPost, type Answer, type FuzzStats } from './runner.js';
import { teamsCase, type TeamsCase, type TeamsWorld } from './teams-cases.js';

/** Teams gives an invoke 5 s; a message is held to the same. */
export const TEAMS_LIMIT_MS = 5_000;

export interface TeamsFuzzResult {
  stats: FuzzStats;
  stillServes: boolean;
  /** Activities the bot sent to the connector, by kind: shows how deep the cases got. */
  reached: Record<string, number>;
  /** What the bot logged at error level, by message and code: caught, but bugs all the same. */
  loggedErrors: Record<string, number>;
  /** Log lines (level and message) that held text a user typed. */
  leakedToLog: string[];
}

async function world(h: Harness): Promise<TeamsWorld> {
  await startHetBaken(h);
  await h.say(PEOPLE[0]!, 'scores');
  const { rows } = await h.db.db.query<{ round: string; leerlijn: string }>(`select id as round, leerlijn_id as leerlijn from score_rounds limit 1`);
  const who = [...PEOPLE.slice(0, 4), OUTSIDER];
  return {
    places: who.flatMap((p) => [h.inChannel(p), h.inPersonal(p)]),
    leerlijnId: rows[0]!.leerlijn,
    roundId: rows[0]!.round,
    people: who.map((p) => p.aadObjectId),
  };
}

export async function runTeamsFuzz(opts: { numRuns: number; seed: number; mode: 'assert' | 'count' }): Promise<TeamsFuzzResult> {
  const { log, errors, leaks } = countingLogger();
  const h = await startHarness({ log });
  try {
    const w = await world(h);
    const before = h.connector.activities.length;
    const send = (c: TeamsCase): Promise<Answer> =>
      timedPost(h.url, { 'content-type': 'application/json' }, 'raw' in c ? c.raw : JSON.stringify(c.activity));
    const show = (c: TeamsCase): string => JSON.stringify(c).slice(0, 600);
    const stats = await fuzz(teamsCase(w), send, { ...opts, limitMs: TEAMS_LIMIT_MS, show });
    await h.teams.idle();
    const after = await h.say(PEOPLE[0]!, 'help');
    const reached: Record<string, number> = {};
    for (const a of h.connector.activities.slice(before)) {
      const kind = (a.activity as { type?: unknown }).type;
      reached[String(kind)] = (reached[String(kind)] ?? 0) + 1;
    }
    return { stats, stillServes: after.status === 200, reached, loggedErrors: errors, leakedToLog: leaks };
  } finally {
    await h.close();
  }
}
