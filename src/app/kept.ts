// Answers asked for once and kept: who a bot is, a client per service, an id per tenant. A
// failed ask is not kept, so the next caller asks again.

/** Promises kept by key, the oldest dropped past `max`; a rejected one is forgotten so the next call asks again. */
export class Kept<T> {
  private readonly byKey = new Map<string, Promise<T>>();

  constructor(private readonly max = 32) {}

  /** The promise kept for `key`, or `make()`'s, kept from now on (also while it is pending). */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.byKey.get(key);
    if (found) return found;
    const made = make();
    made.catch(() => this.byKey.delete(key));
    this.byKey.set(key, made);
    if (this.byKey.size > this.max) this.byKey.delete(this.byKey.keys().next().value!);
    return made;
  }
}
