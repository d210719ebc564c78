// Reads shared between clicks at the same moment (src/store/shared-reads.ts): never an answer
// older than the request, one read for everyone who asked while the previous one ran.
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/store/db.js';
import { sharedRead } from '../../src/store/shared-reads.js';

const handle = (): Queryable => ({ query: async () => ({ rows: [], rowCount: 0 }), exec: async () => undefined });

/** A read the test finishes by hand, counting how often it started. */
function manualRead() {
  const started: Array<(value: number) => void> = [];
  const failers: Array<(error: Error) => void> = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push(resolve);
      failers.push(reject);
    });
  return { read, started, failers };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('sharedRead', () => {
  it('goes at once when nothing runs, and starts a new read once it is done', async () => {
    const db = handle();
    const m = manualRead();
    const first = sharedRead(db, 'k', m.read);
    expect(m.started).toHaveLength(1);
    m.started[0]!(1);
    expect(await first).toBe(1);
    const second = sharedRead(db, 'k', m.read);
    expect(m.started).toHaveLength(2);
    m.started[1]!(2);
    expect(await second).toBe(2);
  });

  it('lets requests made while a read runs wait for it, then share one new read', async () => {
    const db = handle();
    const m = manualRead();
    const first = sharedRead(db, 'k', m.read);
    const a = sharedRead(db, 'k', m.read);
    const b = sharedRead(db, 'k', m.read);
    expect(m.started).toHaveLength(1); // a and b never get the read that began before them
    m.started[0]!(1);
    expect(await first).toBe(1);
    await tick();
    expect(m.started).toHaveLength(2);
    m.started[1]!(2);
    expect(await Promise.all([a, b])).toEqual([2, 2]);
  });

  it('keeps keys and database handles apart', () => {
    const m = manualRead();
    const db = handle();
    void sharedRead(db, 'k', m.read);
    void sharedRead(db, 'other', m.read);
    void sharedRead(handle(), 'k', m.read);
    expect(m.started).toHaveLength(3);
    m.started.forEach((done) => done(0));
  });

  it('gives a failure to those who shared that read only; the next ones read again', async () => {
    const db = handle();
    const m = manualRead();
    const first = sharedRead(db, 'k', m.read);
    const waiting = sharedRead(db, 'k', m.read);
    m.failers[0]!(new Error('gone'));
    await expect(first).rejects.toThrow('gone');
    await tick();
    m.started[1]!(5);
    expect(await waiting).toBe(5);
  });
});
