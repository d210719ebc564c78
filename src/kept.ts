// Promises kept by key for as long as the process runs: a lookup that always answers the same
// (app/places.ts, our workspace id for a tenant) or a client worth making once
// (adapters/teams/reused-clients.ts, a connector per service URL; adapters/slack/app.ts, the
// bot's own ids for its one token); the bounded map under them all; and what is kept per database.

/** Sets `key` as the newest entry of `map` (a Map keeps insertion order), dropping the oldest past `max`. */
export function keepNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/** One `T` per database handle, made at the first ask: two bots on two databases never share one. */
export function perDatabase<T>(make: () => T): (db: object) => T {
  const byDb = new WeakMap<object, T>();
  return (db) => {
    let found = byDb.get(db);
    if (!found) byDb.set(db, (found = make()));
    return found;
  };
}

/** Promises kept by key, the oldest dropped past `max`; a rejected one is forgotten so the next ask tries again. */
export class Kept<T> {
  private readonly byKey = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.byKey.get(key);
    if (found) return found;
    const made = make();
    made.catch(() => this.byKey.delete(key));
    keepNewest(this.byKey, key, made, this.max);
    return made;
  }
}
