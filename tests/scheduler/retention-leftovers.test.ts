// The retention term's deletion draws what the leerlijn left in its channel deleted, after its data is gone, each message
// by itself: one the platform refuses or throws on is logged by its key (never its text) and the others are drawn all the
// same; the deletion itself does not wait for, or fail on, any of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SendResult } from '../../src/app/messenger.js';
import { rememberSharedReply, type PostedMessage } from '../../src/app/posted.js';
import type { LeftoverView } from '../../src/app/views.js';
import { tick } from '../../src/scheduler/tick.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, type Started } from '../support/fixtures.js';
import { capturedLog } from '../support/log-lines.js';
import { stoppedLeerlijn } from './helpers.js';

/** Where startFixture starts it. */
const CHANNEL = 'C_TEAM';
const STOPPED_AT = new Date('2026-03-02T10:00:00Z');
const WARN_AT = new Date('2027-02-17T08:00:00Z');
const DELETE_AT = new Date('2027-03-03T08:00:00Z');

/** Draws again as asked: the first throws (the platform's client failed), the second is refused, the rest are drawn. */
class RedrawingMessenger extends RecordingMessenger {
  readonly redrawn: Array<{ messageId: string; view: LeftoverView; leerlijnThere: boolean }> = [];
  constructor(private readonly db: TestDb['db'], private readonly leerlijnId: string) {
    super('slack');
  }

  async redraw(target: { workspaceId: string } & PostedMessage, view: LeftoverView): Promise<SendResult> {
    this.redrawn.push({ messageId: target.messageId, view, leerlijnThere: (await leerlijnById(this.db, this.leerlijnId)) !== null });
    if (this.redrawn.length === 1) throw new Error('socket hang up');
    if (this.redrawn.length === 2) return { ok: false, error: 'message_not_found', permanent: true };
    return { ok: true };
  }
}

describe.each(backends())('what a leerlijn deleted by its retention term left in its channel, on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  const log = capturedLog();

  beforeEach(async () => {
    t = await open();
    log.clear();
    s = await stoppedLeerlijn(t.db, STOPPED_AT);
  });
  afterEach(() => t.drop());

  it('is drawn deleted once the data is gone, every message tried, a failed one logged by its key', async () => {
    const messenger = new RedrawingMessenger(t.db, s.leerlijnId);
    for (const id of ['1.000100', '1.000200', '1.000300']) await rememberSharedReply(makeDeps(t.db), s.workspaceId, s.leerlijnId, CHANNEL, [id]);
    const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger }, log: log.log, retentionDays: 365 }, now, { random: () => 0 });
    await run(WARN_AT);
    log.clear();
    await run(DELETE_AT);

    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
    const deleted = { type: 'deleted', lang: 'nl' };
    expect(messenger.redrawn).toEqual(['1.000100', '1.000200', '1.000300'].map((messageId) => ({ messageId, view: deleted, leerlijnThere: false })));
    const notDrawn = log.lines.filter((l) => l.msg === 'slack: a message of a deleted leerlijn not drawn deleted');
    expect(notDrawn.map((l) => l.key)).toEqual([`reply:${CHANNEL}:1.000100`, `reply:${CHANNEL}:1.000200`]);
    expect(log.lines.find((l) => l.msg?.includes('retention'))).toMatchObject({ deleted: 1 });
  });
});
