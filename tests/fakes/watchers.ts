// Waiting on what a fake has seen, without polling: each fake calls `recheck()` after it
// answers a request, and a test's `until(check)` resolves at the first answer that makes it true.
export class Watchers {
  private readonly waiting = new Set<() => void>();

  recheck(): void {
    for (const look of [...this.waiting]) look();
  }

  /** Resolves as soon as `check` holds; fails after `timeoutMs` naming what was awaited. */
  until(check: () => boolean, timeoutMs: number, fakeName: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const look = (): void => {
        if (!check()) return;
        this.waiting.delete(look);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.delete(look);
        reject(new Error(`${fakeName}: not seen within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.add(look);
      look();
    });
  }
}
