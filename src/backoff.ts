// One backoff for what retries a failed send or connection on its own: the Slack socket's reconnect
// and the scheduler's failed sends. (The Teams secret's re-check at start, teams/app-token.ts, only
// doubles: one ask per process, minutes apart, which replicas need not spread.) Equal jitter: each wait is at least half its window, so a retry is
// never almost immediate, and the random other half keeps replicas or jobs that failed together
// from trying again in step.

/** The wait before try `retries` + 1: half of min(maxDelay, baseDelay · 2^retries), plus up to that half again at random; in the unit of the delays. */
export function equalJitterBackoff(retries: number, baseDelay: number, maxDelay: number, random: () => number): number {
  const window = Math.min(maxDelay, baseDelay * 2 ** retries);
  return window / 2 + (window / 2) * random();
}
