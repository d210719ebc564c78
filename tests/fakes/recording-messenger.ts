// An in-memory Messenger: records what would have been sent, and can be told to fail
// (rate limited, permanently) or to hang like a process that dies mid-send.
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

export class RecordingMessenger implements Messenger {
  readonly sends: RecordedSend[] = [];
  /** Every call, including the failed ones. */
  calls = 0;
  private failures: Array<Failure | 'hang'> = [];

  constructor(readonly platform: Platform = 'slack') {}

  /** The next `times` sends answer with this failure. */
  failNext(failure: Failure, times = 1): this {
    for (let i = 0; i < times; i++) this.failures.push(failure);
    return this;
  }

  /** The next send never resolves, like a process killed between claiming and sending. */
  hangNext(): this {
    this.failures.push('hang');
    return this;
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
    const failure = this.failures.shift();
    if (failure === 'hang') return new Promise<SendResult>(() => undefined);
    if (failure) return Promise.resolve(failure);
    this.sends.push(send);
    return Promise.resolve({ ok: true, messageId: `m${this.sends.length}` });
  }
}
