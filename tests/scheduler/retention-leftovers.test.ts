// The retention term's deletion draws what the leerlijn left in its channel deleted, after its data is gone, each message
// by itself: one the platform refuses or throws on is logged by its key (never its text) and the others are drawn all the
// same; the deletion itself does not wait for, or fail on, any of them. Its step documents are removed instead where the
// platform's Messenger can (Slack: their files deleted), one refused logged by its key alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SendResult } from '../../src/app/messenger.js';
import { DOCUMENT_PREFIX, rememberPosted, rememberSharedReply, type PostedMessage } from '../../src/app/posted.js';
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

/** Removes documents as Slack's Messenger does, recording each; the first is refused (Slack: a file the bot may not delete). */
class RemovingMessenger extends RedrawingMessenger {
  readonly removed: Array<{ messageId: string; leerlijnThere: boolean }> = [];
  constructor(private readonly dbOf: TestDb['db'], private readonly idOf: string) {
    super(dbOf, idOf);
  }

  async removeDocument(target: { workspaceId: string } & PostedMessage): Promise<SendResult> {
    this.removed.push({ messageId: target.messageId, leerlijnThere: (await leerlijnById(this.dbOf, this.idOf)) !== null });
    return this.removed.length === 1 ? { ok: false, error: 'cant_delete_file', permanent: true } : { ok: true };
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

  it('takes its step documents out of the channel where the Messenger can, a refused one logged by its key, its messages still drawn', async () => {
    const messenger = new RemovingMessenger(t.db, s.leerlijnId);
    const deps = makeDeps(t.db);
    const documents = [`${DOCUMENT_PREFIX}actieplan:${s.leerlijnId}`, `${DOCUMENT_PREFIX}vergelijking:${s.leerlijnId}:F3 F4`];
    const posted = { workspaceId: s.workspaceId, leerlijnId: s.leerlijnId };
    await rememberPosted(deps, { ...posted, key: documents[0]!, message: { channelId: CHANNEL, messageId: 'F1 F2' } });
    await rememberPosted(deps, { ...posted, key: documents[1]!, message: { channelId: CHANNEL, messageId: 'F3 F4' } });
    await rememberSharedReply(deps, s.workspaceId, s.leerlijnId, CHANNEL, ['1.000100']);
    const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger }, log: log.log, retentionDays: 365 }, now, { random: () => 0 });
    await run(WARN_AT);
    log.clear();
    await run(DELETE_AT);

    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
    expect(messenger.removed).toEqual([{ messageId: 'F1 F2', leerlijnThere: false }, { messageId: 'F3 F4', leerlijnThere: false }]);
    // The documents are not drawn as messages too: the reply alone is.
    expect(messenger.redrawn.map((r) => r.messageId)).toEqual(['1.000100']);
    const notRemoved = log.lines.filter((l) => l.msg === 'slack: a document of a deleted leerlijn not removed');
    expect(notRemoved.map((l) => ({ key: l.key, error: l.error }))).toEqual([{ key: documents[0], error: 'cant_delete_file' }]);
    expect(log.lines.find((l) => l.msg?.includes('retention'))).toMatchObject({ deleted: 1 });
  });
});
