// An in-memory Messenger: records what would have been sent, and can be told to fail
// (rate limited, permanently), to be slow, or to hang like a process that dies mid-send.
import type { Messenger, SendResult } from '../../src/app/messenger.js';
import type { Notice } from '../../src/app/notices.js';
import type { Platform } from '../../src/store/leerlijnen.js';

export interface RecordedSend {
  to: 'channel' | 'user';
  workspaceId: string;
  /** channel id or user id */
  target: string;
  notice: Notice;
}

type Failure = Extract<SendResult, { ok: false }>;
/** How a send is answered other than at once: failed, never (hang), or once the promise resolves (held). */
type Answer = Failure | 'hang' | Promise<void>;

export class RecordingMessenger implements Messenger {
  readonly sends: RecordedSend[] = [];
  /** Every call, including the failed ones. */
  calls = 0;
  private failures: Answer[] = [];
  /** Answers for one target only (a channel or user id), before any of `failures`. */
  private failuresFor = new Map<string, Answer[]>();

  constructor(readonly platform: Platform = 'slack') {}

  /** The next `times` sends answer with this failure. */
  failNext(failure: Failure, times = 1): this {
    for (let i = 0; i < times; i++) this.failures.push(failure);
    return this;
  }

  /** The next `times` sends to this channel or person answer with this failure; sends to others are not affected. */
  failFor(target: string, failure: Failure, times = 1): this {
    this.failuresFor.set(target, [...(this.failuresFor.get(target) ?? []), ...Array<Failure>(times).fill(failure)]);
    return this;
  }

  /** The next send to this channel or person never resolves (hangNext); sends to others are not affected. */
  hangFor(target: string): this {
    this.failuresFor.set(target, [...(this.failuresFor.get(target) ?? []), 'hang']);
    return this;
  }

  /** The next send to this channel or person waits until `release()` is called (holdNext). */
  holdFor(target: string): () => void {
    let release = (): void => undefined;
    this.failuresFor.set(target, [...(this.failuresFor.get(target) ?? []), new Promise<void>((resolve) => (release = resolve))]);
    return () => release();
  }

  /** The next send never resolves, like a process killed between claiming and sending. */
  hangNext(): this {
    this.failures.push('hang');
    return this;
  }

  /** The next send waits until `release()` is called, then goes out: a slow platform. */
  holdNext(): () => void {
    let release = (): void => undefined;
    this.failures.push(new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }

  toChannel(target: { workspaceId: string; channelId: string }, notice: Notice): Promise<SendResult> {
    return this.record({ to: 'channel', workspaceId: target.workspaceId, target: target.channelId, notice });
  }

  toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    return this.record({ to: 'user', workspaceId: target.workspaceId, target: target.userId, notice });
  }

  ofType<T extends Notice['type']>(type: T): Array<RecordedSend & { notice: Extract<Notice, { type: T }> }> {
    return this.sends.filter((s): s is RecordedSend & { notice: Extract<Notice, { type: T }> } => s.notice.type === type);
  }

  private record(send: RecordedSend): Promise<SendResult> {
    this.calls += 1;
    const failure = this.failuresFor.get(send.target)?.shift() ?? this.failures.shift();
    if (failure === 'hang') return new Promise<SendResult>(() => undefined);
    if (failure instanceof Promise) return failure.then(() => this.deliver(send));
    if (failure) return Promise.resolve(failure);
    return Promise.resolve(this.deliver(send));
  }

  private deliver(send: RecordedSend): SendResult {
    this.sends.push(send);
    return { ok: true, messageId: `m${this.sends.length}` };
  }
}
