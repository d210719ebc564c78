import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { NoMessengersError, parseNow, runTickOnce } from '../../src/cli/tick.js';
import { nonOverlapping, startTicker } from '../../src/scheduler/ticker.js';
import { migrate } from '../../src/store/migrate.js';
import { createPgliteDb } from '../../src/store/pglite-db.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { makeDeps, NOW, startFixture } from '../support/fixtures.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ticker', () => {
  it('skips a tick while the previous one in this process is still running', async () => {
    const gate = deferred();
    let runs = 0;
    const run = nonOverlapping(async () => {
      runs += 1;
      await gate.promise;
    });
    const first = run();
    expect(await run()).toBe(false);
    gate.resolve();
    expect(await first).toBe(true);
    expect(await run()).toBe(true);
    expect(runs).toBe(2);
  });

  it('hands a failing tick to onError and keeps ticking afterwards', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const run = nonOverlapping(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database down');
      },
      { onError: (e) => errors.push(e) },
    );
    await run();
    await run();
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('starts on a cron schedule and stops cleanly', async () => {
    let calls = 0;
    const stop = startTicker(async () => {
      calls += 1;
    }, '0 0 1 1 *');
    await stop();
    expect(calls).toBe(0);
    expect(() => startTicker(async () => undefined, 'not a schedule')).toThrow();
  });
});

describe('tick-cli', () => {
  it('reads --now as an ISO instant and refuses anything else', () => {
    expect(parseNow(['--now', '2026-02-01T08:00:00Z']).toISOString()).toBe('2026-02-01T08:00:00.000Z');
    expect(() => parseNow(['--now', 'tomorrow'])).toThrow(/--now/);
  });

  it('refuses to claim anything without messengers, and runs one pass with them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tick-cli-'));
    try {
      const db = await createPgliteDb(dir);
      await migrate(db);
      const s = await startFixture(makeDeps(db));
      await db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
      await db.close();

      const config = loadConfig({ DATA_DIR: dir });
      const at = new Date('2026-01-26T08:00:00Z');
      await expect(runTickOnce(config, at, {})).rejects.toBeInstanceOf(NoMessengersError);
      const slack = new RecordingMessenger('slack');
      expect(await runTickOnce(config, at, { slack })).toMatchObject({ claimed: 1, sent: 1 });
      expect(slack.ofType('meeting_reminder')).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
