// Runs a fast-check property over HTTP against a running bot and keeps the numbers an operator
// cares about: answers by status, the slowest answer, 5xx, answers over the platform's limit,
// and errors that escaped every handler. In `assert` mode the first failure stops the run
// (with the seed and case to replay it); in `count` mode (npm run fuzz) every case runs and
// failures are counted, with a few examples kept.
import fc from 'fast-check';
import { createLogger, type Logger } from '../../src/logger.js';

export interface Answer { status: number; ms: number; text: string }

export interface FuzzStats {
  cases: number;
  byStatus: Record<string, number>;
  slowestMs: number;
  serverErrors: number;
  tooSlow: number;
  /** Requests with no answer at all: a dropped connection or none within 15 s. */
  unanswered: number;
  /** Rejections and exceptions that reached the process while the run was going. */
  escaped: number;
  examples: string[];
}

export interface FuzzOptions<C> {
  numRuns: number;
  seed: number;
  /** The platform's limit for an answer, in milliseconds. */
  limitMs: number;
  mode: 'assert' | 'count';
  /** A case as text for a report: short, no secrets. */
  show: (c: C) => string;
  /** Requests in flight at once; 6 unless given. */
  concurrency?: number;
}

export function emptyStats(): FuzzStats {
  return { cases: 0, byStatus: {}, slowestMs: 0, serverErrors: 0, tooSlow: 0, unanswered: 0, escaped: 0, examples: [] };
}

/** Counts what escapes every handler while `run` runs (vitest would report it too, but later). */
async function watchingProcess<T>(stats: FuzzStats, run: () => Promise<T>): Promise<T> {
  const escaped = (): void => void (stats.escaped += 1);
  process.on('unhandledRejection', escaped);
  try {
    return await run();
  } finally {
    process.off('unhandledRejection', escaped);
  }
}

function problemOf(answer: Answer, limitMs: number): string | null {
  if (answer.status === 0) return 'no answer';
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.ms > limitMs) return `answered after ${Math.round(answer.ms)} ms (limit ${limitMs})`;
  return null;
}

/**
 * Generates `numRuns` cases from the seed (fc.sample: the same seed gives the same cases) and
 * sends them from `concurrency` workers: one request at a time left a 2-core machine idle
 * while PGlite and the fakes waited on each other. A failure names the seed and the case's
 * index, and shows the case, so it can be replayed.
 */
export async function fuzz<C>(arb: fc.Arbitrary<C>, send: (c: C) => Promise<Answer>, opts: FuzzOptions<C>): Promise<FuzzStats> {
  const stats = emptyStats();
  const cases = fc.sample(arb, { seed: opts.seed, numRuns: opts.numRuns });
  let next = 0;
  let failure: Error | null = null;
  const worker = async (): Promise<void> => {
    while (next < cases.length && !failure) {
      const index = next++;
      const c = cases[index]!;
      const answer = await send(c);
      stats.cases += 1;
      stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
      stats.slowestMs = Math.max(stats.slowestMs, answer.ms);
      const problem = problemOf(answer, opts.limitMs);
      if (!problem) continue;
      if (answer.status === 0) stats.unanswered += 1;
      else if (answer.status >= 500) stats.serverErrors += 1;
      else stats.tooSlow += 1;
      const example = `seed ${opts.seed}, case #${index}: ${problem}: ${opts.show(c)}`;
      if (opts.mode === 'assert') failure = new Error(example);
      else if (stats.examples.length < 10) stats.examples.push(example);
    }
  };
  await watchingProcess(stats, () => Promise.all(Array.from({ length: opts.concurrency ?? 6 }, worker)));
  if (failure) throw failure;
  return stats;
}

/** Past this a request counts as unanswered: the server hung or dropped it. */
const GIVE_UP_MS = 15_000;

/** Sends one request and times it until the whole answer is read; status 0 when none came. */
export async function timedPost(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(GIVE_UP_MS) });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, text };
  } catch {
    // A reset connection or the timeout: the operator's view is "no answer", counted below.
    return { status: 0, ms: performance.now() - started, text: '' };
  }
}

/** Strings a user might type that Slack turns into pings or links when sent raw in mrkdwn. */
export const INJECTIONS = ['<!channel>', '<!here>', '<!everyone>', '<@U0FUZZECHO|fuzz>', '<https://fuzz.example/x|klik>'] as const;

/** Names a plain object answers to by itself: an id looked up in one finds Object.prototype's. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Plain words a user might type, harmless in a message but never to be found in a log line. */
export const CANARY = 'fuzz-kanarie-7q';

/** Every mrkdwn text in a Slack message or view body: top-level `text`, and `{ type: 'mrkdwn', text }` objects. */
export function mrkdwnTexts(body: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.text === 'string' && (top || o.type === 'mrkdwn')) out.push(o.text);
    for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v === 'object') walk(v, false);
  };
  walk(body, true);
  return out;
}

/** The injections that appear raw in any of these texts. */
export function rawEchoes(texts: readonly string[]): string[] {
  return texts.flatMap((text) => INJECTIONS.filter((i) => text.includes(i)).map((i) => `${i} in "${text.slice(0, 120)}"`));
}

/** `--count 500 --seed 7`, for the CLI. */
export function flag(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} wants a whole number`);
  return value;
}

/**
 * A logger that counts what the bot logs at error level, by message and error code: failures
 * a handler caught and logged never show as a 5xx, but are bugs all the same. It also keeps
 * the message of any line, at any level, that holds the CANARY a user typed (user text is
 * never logged).
 */
export function countingLogger(): { log: Logger; errors: Record<string, number>; leaks: string[]; label: { current: string } } {
  const errors: Record<string, number> = {};
  const leaks: string[] = [];
  // What was being sent when the error was logged; meaningful only one case at a time (diagnose).
  const label = { current: '' };
  const write = (line: string): void => {
    const entry = JSON.parse(line) as { level: number; msg?: string; where?: unknown; err?: { code?: unknown; type?: unknown; stack?: unknown }; code?: unknown };
    if (line.includes(CANARY)) leaks.push(`${entry.level} ${entry.msg ?? ''}`);
    if (entry.level < 50) return;
    const frame = typeof entry.err?.stack === 'string' ? /\/src\/[^\s)]+/.exec(entry.err.stack)?.[0] : undefined;
    const key = [entry.msg, entry.where, entry.err?.type, entry.err?.code ?? entry.code, frame, label.current || undefined].filter((p) => p !== undefined).join(' / ');
    errors[key] = (errors[key] ?? 0) + 1;
  };
  return { log: createLogger('debug', { write }), errors, leaks, label };
}
