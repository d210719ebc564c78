// The probes are public: anyone on the internet can send /healthz and /readyz as often as they
// like. Each asked the database on its own, so a flood of probes took the pool's connections from
// the votes and forms (Slack gives a click 3 s), and while the database hung, every probe queued
// one more statement behind the others.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { healthRoute, readyRoute } from '../src/health.js';
import { createLogger } from '../src/logger.js';
import type { Db } from '../src/store/db.js';

/** A database whose `select 1`s the test answers, counting them. */
function answeredByHand() {
  const pending: Array<{ resolve: () => void }> = [];
  const db = {
    kind: 'postgres',
    query: () => new Promise<void>((resolve) => void pending.push({ resolve })),
  } as unknown as Db;
  return { db, pending, answerAll: () => pending.splice(0).forEach((p) => p.resolve()) };
}

function probeAnswer() {
  return { status: 0, writeHead(s: number) { this.status = s; }, end: () => undefined };
}

const log = createLogger('silent');

describe('a flood of probes', () => {
  it('asks the database once at a time, and every probe gets the answer', async () => {
    const { db, pending, answerAll } = answeredByHand();
    const routes = [healthRoute(db, log), readyRoute(db, log, { draining: () => false, adapters: [] })];
    const answers = Array.from({ length: 100 }, () => probeAnswer());
    const handled = answers.map((res, i) => routes[i % 2]!.handler({} as IncomingMessage, res as unknown as ServerResponse));
    expect(pending).toHaveLength(1);
    answerAll();
    await Promise.all(handled);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    // Answered, the next probe asks again: a probe tells how the database is now.
    void healthRoute(db, log).handler({} as IncomingMessage, probeAnswer() as unknown as ServerResponse);
    expect(pending).toHaveLength(1);
    answerAll();
  });

  it('while the database hangs: 503 after the probe’s time, and then a new statement, not one per probe', async () => {
    vi.useFakeTimers();
    try {
      const { db, pending } = answeredByHand();
      const route = healthRoute(db, log, 2_000);
      const first = Array.from({ length: 50 }, () => probeAnswer());
      const handled = first.map((res) => route.handler({} as IncomingMessage, res as unknown as ServerResponse));
      await vi.advanceTimersByTimeAsync(2_000);
      await Promise.all(handled);
      expect(first.map((a) => a.status)).toEqual(first.map(() => 503));
      expect(pending).toHaveLength(1);
      const later = probeAnswer();
      const again = route.handler({} as IncomingMessage, later as unknown as ServerResponse);
      expect(pending).toHaveLength(2);
      pending.at(-1)!.resolve();
      await again;
      expect(later.status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
