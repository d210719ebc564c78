import { defineConfig } from 'vitest/config';

/**
 * Files that must run alone: they measure races between real Postgres connections, spawn
 * processes, or assert how long something took, and a busy machine would blur all three.
 * tests/server.test.ts and tests/store/data-dir-lock.test.ts spawn processes but assert nothing
 * of time, as tests/cli/tick.test.ts: only exit codes, output and files, and each of their tests
 * that starts the bot, a CLI or a database has 90 s or more (beside two other files at load 7
 * one such child took up to 4.6 s, two in a row 9.1 s). They run with the others, where their
 * children's initdb (10 s each) keeps the second core busy, instead of alone with one core idle.
 */
const ALONE = [
  'tests/store/concurrency.test.ts',
  'tests/store/migrate.test.ts',
  'tests/store/posting-claim.test.ts',
  'tests/store/vote-writer.test.ts',
  'tests/scheduler/replicas.test.ts',
  'tests/npm-start.test.ts',
  'tests/start-failure.test.ts',
  'tests/store/data-dir-access.test.ts',
  'tests/outage.test.ts',
  'tests/last-resort.test.ts',
  'tests/logger-reader-gone.test.ts',
  'tests/store/pg-time-limits.test.ts',
  'tests/adapters/slack/edge.test.ts',
  'tests/adapters/teams/invoke-deadline.test.ts',
  'tests/adapters/teams/robustness.test.ts',
];

/**
 * Alone and in fresh modules. Passes alone every time; in a shared worker (isolate: false) a token got
 * elsewhere served its tick twice in CI runs. Which module state did that is not found.
 */
const ALONE_FRESH = ['tests/adapters/teams/entra-no-answer.test.ts'];

/**
 * The two fuzz files, side by side after the files that run alone: each is one process (the
 * bot and its client) on about one core, and they answer far inside their limits (slowest
 * 280 ms of Slack's 3 s, 402 ms of Teams' 5 s), so two at once still measure what they say,
 * in about half the time of one after the other (about 50 s on a busy 2-core machine).
 */
const FUZZ = ['tests/fuzz/slack.test.ts', 'tests/fuzz/teams.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Names the run, so workers can reuse real-Postgres schemas that tests gave back; drops them at the end.
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        // Two workers for 2 cores: each file is mostly PGlite (CPU-bound WASM) and the bot under test.
        // Files share a worker's loaded modules (isolate: false): loading Bolt, botbuilder and
        // PGlite again for each of ~100 files took longer than many files' tests. Each file
        // still gets its own database, fakes and bot; what our modules keep is keyed by the
        // database (WeakMaps) or is fixed data (holidays, fonts).
        test: { name: 'parallel', include: ['tests/**/*.test.ts'], exclude: [...ALONE, ...ALONE_FRESH, ...FUZZ], maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // One after the other in one worker that keeps its loaded modules: a fresh one per file loaded
        // Bolt, botbuilder and PGlite again, 1 to 35 s between two files on a busy 2-core machine.
        test: { name: 'alone', include: ALONE, fileParallelism: false, isolate: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'alone-fresh', include: ALONE_FRESH, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        test: { name: 'fuzz', include: FUZZ, maxWorkers: 2, sequence: { groupOrder: 3 } },
      },
    ],
  },
});
