// What the fake Slack remembers between calls, and the small helpers every part of it shares.
import { Pauses } from '../pauses.js';
import type { Body, FailSpec, FakeMessage, FakeUpload, FakeView, Json, RateLimitSpec, RecordedCall } from './types.js';

export const TEAM_ID = 'T0FAKETEAM';
export const BOT_USER_ID = 'U0FAKEBOT';
export const BOT_ID = 'B0FAKEBOT';

export const fail = (error: string, extra: Json = {}): Json => ({ ok: false, error, ...extra });
export const str = (b: Body, key: string): string | undefined => {
  const v = b[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class State {
  calls: RecordedCall[] = [];
  messages = new Map<string, FakeMessage[]>();
  ephemerals: Array<{ channel: string; user: string; body: Body }> = [];
  views = new Map<string, FakeView>();
  homes = new Map<string, Json>();
  triggers = new Map<string, { userId: string; issuedAt: number }>();
  uploads = new Map<string, FakeUpload>();
  responses = new Map<string, Body[]>();
  /** Who clicked, for each response_url handed out with an interaction (Slack ties it to them). */
  responseOwners = new Map<string, { user: string; channel: string }>();
  failures = new Map<string, Required<Pick<FailSpec, 'times'>> & FailSpec>();
  limits = new Map<string, RateLimitSpec>();
  /** Methods answered late (ms) or never (null): FakeSlack.holdAnswers. */
  holds = new Map<string, number | null>();
  /** Answers held until the test releases them: FakeSlack.pauseAnswer. */
  pauses = new Pauses<{ method: string; body: Body }>();
  dms = new Map<string, string>();
  seq = 0;

  next = (): number => ++this.seq;
  /** Slack-shaped, unique and increasing: 1732280000.000100, 1732280000.000200, … */
  ts = (): string => `${1732280000 + Math.floor(this.next() / 1e4)}.${String((this.seq % 1e4) * 100).padStart(6, '0')}`;
}
