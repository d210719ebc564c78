// The Slack fuzz run: the real Bolt app behind the edge (startHarness), a started leerlijn with
// an open round, then generated signed requests. Shared by the suite and `npm run fuzz`.
import { signedHeaders } from '../fakes/slack-signing.js';
import { cardsIn, startLeerlijnInSlack } from '../adapters/slack/flow.js';
import { CHANNEL, COORDINATOR, SECRET, startHarness, USERS, type Harness } from '../adapters/slack/harness.js';
import { slackCase, type SlackCase, type SlackWorld } from './slack-cases.js';
import { countingLogger, fuzz, mrkdwnTexts, rawEchoes, timedPost, type Answer, type FuzzStats } from './runner.js';

export const SLACK_LIMIT_MS = 3_000;

export interface SlackFuzzResult {
  stats: FuzzStats;
  /** Injected markup that came back raw in something the bot sent. */
  echoes: string[];
  /** Whether the bot still answered a plain command after the run. */
  stillServes: boolean;
  /** Web API calls the bot made, by method: shows how deep the cases got. */
  reached: Record<string, number>;
  /** What the bot logged at error level, by message and code: caught, but bugs all the same. */
  loggedErrors: Record<string, number>;
  /** Log lines (level and message) that held text a user typed. */
  leakedToLog: string[];
}

async function world(h: Harness): Promise<SlackWorld> {
  await startLeerlijnInSlack(h, 'Het Baken');
  await h.command(COORDINATOR, 'scores');
  await h.settle();
  const { rows } = await h.testDb.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1`, [CHANNEL]);
  return { users: [...USERS, 'U0STRANGER'], channel: CHANNEL, team: 'T0FAKETEAM', leerlijnId: rows[0]!.id, roundId: cardsIn(h).roundId };
}

/** The body and content type of a case, with the fake's trigger ids and response URLs filled in. */
function encode(h: Harness, c: SlackCase, responseUrls: string[]): { body: string; contentType: string } {
  const fill = (userId: unknown) => (key: string, value: unknown): unknown => {
    const who = typeof userId === 'string' ? userId : 'U0NOBODY';
    if (value === '$TRIGGER') return h.fake.triggerId(who);
    if (value !== '$RESPONSE') return value;
    const url = h.fake.responseUrl({ user: who, channel: CHANNEL });
    responseUrls.push(url);
    return url;
  };
  switch (c.kind) {
    case 'command': {
      const fields = Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [k, String(fill(c.fields.user_id)(k, v))]));
      return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    case 'interaction': {
      const userId = (c.payload as { user?: { id?: unknown } } | null)?.user?.id;
      return { body: new URLSearchParams({ payload: JSON.stringify(c.payload, fill(userId)) }).toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    case 'event':
      return { body: JSON.stringify(c.body), contentType: 'application/json' };
    case 'raw':
      return { body: c.body, contentType: c.contentType };
  }
}

/** A case's kind in a few words, e.g. `block_actions vote_1` or `command scores`. */
function kindOf(c: SlackCase): string {
  if (c.kind === 'command') return `command ${c.fields.command} ${(c.fields.text ?? '').split(' ')[0]}`;
  if (c.kind === 'raw') return 'raw';
  const p = (c.kind === 'event' ? (c.body as { event?: unknown } | null)?.event : c.payload) as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null) return `${c.kind} ${typeof p}`;
  const actions = Array.isArray(p.actions) ? p.actions.map((a) => (a as { action_id?: unknown }).action_id).join(',') : '';
  const callback = (p.view as { callback_id?: unknown } | undefined)?.callback_id ?? '';
  return [c.kind, p.type, actions, callback].filter((x) => x !== '').join(' ');
}

/** Injections sent back raw: in answers, in Web API calls, in posts to response URLs. */
function echoesIn(h: Harness, answers: readonly string[], responseUrls: readonly string[]): string[] {
  const bodies = [...h.fake.calls.map((c) => c.body), ...responseUrls.flatMap((u) => h.fake.responsesTo(u))];
  const answered = answers.flatMap((a) => {
    try {
      return mrkdwnTexts(JSON.parse(a));
    } catch {
      return []; // an empty or plain answer holds no mrkdwn
    }
  });
  return rawEchoes([...bodies.flatMap((b) => mrkdwnTexts(b)), ...answered]);
}

export async function runSlackFuzz(opts: { numRuns: number; seed: number; mode: 'assert' | 'count' }): Promise<SlackFuzzResult> {
  const { log, errors, leaks, label } = countingLogger();
  // FUZZ_DIAGNOSE=1: one case at a time, each settled before the next, so a logged error
  // names the kind of payload that caused it.
  const diagnose = process.env.FUZZ_DIAGNOSE === '1';
  const h = await startHarness({ log });
  try {
    const w = await world(h);
    const responseUrls: string[] = [];
    const answers: string[] = [];
    const send = async (c: SlackCase): Promise<Answer> => {
      const { body, contentType } = encode(h, c, responseUrls);
      const headers = { 'content-type': contentType, ...signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) + c.skew) };
      if (diagnose) label.current = kindOf(c);
      const answer = await timedPost(h.endpoint, headers, body);
      if (answer.text) answers.push(answer.text);
      if (diagnose) await h.settle();
      return answer;
    };
    const show = (c: SlackCase): string => JSON.stringify(c).slice(0, 600);
    const stats = await fuzz(slackCase(w), send, { ...opts, limitMs: SLACK_LIMIT_MS, show, concurrency: diagnose ? 1 : 6 });
    await h.settle();
    const echoes = echoesIn(h, answers, responseUrls);
    const after = await h.command(COORDINATOR, 'help');
    const reached: Record<string, number> = {};
    for (const call of h.fake.calls) {
      const key = call.error ? `${call.method} refused: ${call.error}` : call.method;
      reached[key] = (reached[key] ?? 0) + 1;
    }
    return { stats, echoes, stillServes: after.status === 200, reached, loggedErrors: errors, leakedToLog: leaks };
  } finally {
    await h.close();
  }
}
