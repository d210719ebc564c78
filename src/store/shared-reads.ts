// Reads that many clicks ask at the same moment, shared. A read asked while the same read
// (same key, same database handle) is under way waits for it to come back and then goes
// once for every request that came meanwhile. A request never shares a read that began
// before it was asked, so every answer is at least as fresh as its request: a vote's own
// answer always counts that vote. When a team clicks at once, Postgres answers a few reads
// instead of one per click; a read on a quiet moment goes at once, alone, as before.
import type { Queryable } from './db.js';

interface Slot {
  running: Promise<unknown> | null;
  next: Promise<unknown> | null;
}

const slotsByDb = new WeakMap<Queryable, Map<string, Slot>>();

export function sharedRead<T>(db: Queryable, key: string, read: () => Promise<T>): Promise<T> {
  let slots = slotsByDb.get(db);
  if (!slots) {
    slots = new Map();
    slotsByDb.set(db, slots);
  }
  const slot = slots.get(key) ?? { running: null, next: null };
  slots.set(key, slot);
  if (slot.next) return slot.next as Promise<T>;
  if (!slot.running) return start(slots, key, slot, read);
  const next = slot.running.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    slot.next = null;
    return start(slots, key, slot, read);
  });
  slot.next = next;
  return next;
}

function start<T>(slots: Map<string, Slot>, key: string, slot: Slot, read: () => Promise<T>): Promise<T> {
  const running = read();
  slot.running = running;
  const done = (): void => {
    if (slot.running !== running) return;
    slot.running = null;
    if (!slot.next) slots.delete(key);
  };
  running.then(done, done);
  return running;
}
