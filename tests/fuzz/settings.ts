// How many cases a fuzz file runs: the suite's fixed number and seed, or what
// `npm run fuzz` passes in the environment (FUZZ_SLACK_RUNS, FUZZ_TEAMS_RUNS, FUZZ_SEED).
import type { FuzzStats } from './runner.js';

export interface FuzzSettings { runs: number; seed: number; mode: 'assert' | 'count' }

/** The suite's seed: fixed, so a failure in CI replays on any machine. */
const SUITE_SEED = 20_261_203;

export function fuzzSettings(platform: 'slack' | 'teams', suiteRuns: number): FuzzSettings {
  const runs = process.env[`FUZZ_${platform.toUpperCase()}_RUNS`];
  if (runs === undefined) return { runs: suiteRuns, seed: SUITE_SEED, mode: 'assert' };
  return { runs: Number(runs), seed: Number(process.env.FUZZ_SEED ?? SUITE_SEED), mode: 'count' };
}

/** One line of numbers for the long run's report; quiet in the suite unless something failed. */
export function report(platform: string, seed: number, stats: FuzzStats, echoes: readonly string[], reached: Record<string, number>, loggedErrors: Record<string, number>): void {
  const failed = stats.serverErrors + stats.tooSlow + stats.unanswered + stats.escaped + echoes.length > 0;
  if (process.env.FUZZ_REPORT !== '1' && !failed) return;
  const { examples, ...numbers } = stats;
  console.log(JSON.stringify({ platform, seed, ...numbers, slowestMs: Math.round(stats.slowestMs), echoes: echoes.length, reached, loggedErrors }));
  for (const line of [...examples, ...echoes.slice(0, 10)]) console.log(`  ${line}`);
}
