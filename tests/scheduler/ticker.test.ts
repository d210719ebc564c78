import { describe, expect, it } from 'vitest';
import { nonOverlapping, startTicker } from '../../src/scheduler/ticker.js';

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
