// `npm run fuzz -- --count N [--slack N] [--teams N] [--seed S]`: the suite's fuzz properties
// (tests/fuzz/*.test.ts) with N cases each, counting every failure instead of stopping at the
// first, and printing the numbers (cases, answers by status, slowest answer, 5xx, too slow,
// unanswered, escaped errors, raw echoes). Not part of `npm test`: a long run takes minutes.
import { spawnSync } from 'node:child_process';
import { flag } from '../tests/fuzz/runner.js';

const USAGE = 'usage: npm run fuzz -- --count N [--slack N] [--teams N] [--seed S]';

function main(args: readonly string[]): number {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const count = flag(args, 'count', 1_000);
  const slack = flag(args, 'slack', count);
  const teams = flag(args, 'teams', count);
  const seed = flag(args, 'seed', Date.now() % 1_000_000_007);
  console.log(`fuzz: ${slack} Slack and ${teams} Teams cases, seed ${seed} (replay with --seed ${seed})`);
  const files = [...(slack > 0 ? ['tests/fuzz/slack.test.ts'] : []), ...(teams > 0 ? ['tests/fuzz/teams.test.ts'] : [])];
  const run = spawnSync('npx', ['vitest', 'run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SLACK_RUNS: String(slack), FUZZ_TEAMS_RUNS: String(teams), FUZZ_SEED: String(seed), FUZZ_REPORT: '1' },
  });
  return run.status ?? 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 2;
}
