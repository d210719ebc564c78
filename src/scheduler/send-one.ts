// One send of a built notice to one target, with an honest result: a throw becomes a transient
// failure, and a step's document goes to its channel once per leerlijn however often its job runs.
import type { Messenger, SendResult } from '../app/messenger.js';
import { offersButtonInChannel, type Notice } from '../app/notices.js';
import { rememberChannelNotice } from '../app/posted.js';
import type { Logger } from '../logger.js';
import { deliverOnce } from '../app/step-documents.js';
import type { Built } from './notices-for.js';
import { targetKey, type Target } from './targets.js';
import type { Db } from '../store/db.js';

export async function sendOne(
  deps: { db: Db; log?: Logger }, now: Date, messenger: Messenger, target: Target, built: Extract<Built, { outcome: 'send' }>,
): Promise<SendResult> {
  const { workspaceId } = built;
  const notice = built.noticeTo?.get(targetKey(target)) ?? built.notice;
  try {
    if (target.kind === 'user') return await messenger.toUser({ workspaceId, userId: target.userId }, notice);
    const send = () => messenger.toChannel({ workspaceId, channelId: target.channelId }, notice);
    if (notice.type === 'step_document') return await sendDocumentOnce(deps, now, workspaceId, target.channelId, notice, send);
    const sent = await send();
    const where = sent.ok && sent.messageId ? { channelId: target.channelId, messageId: sent.messageId } : null;
    if (where && offersButtonInChannel(notice)) await keepForDeletion(deps, workspaceId, notice, where);
    return sent;
  } catch (error) {
    // A messenger should return a result; a throw is treated as a transient failure, and recorded.
    return { ok: false, error: errorText(error), permanent: false };
  }
}

/** Kept, its leerlijn's deletion draws it without its button (app/leftovers.ts). Not kept, it is logged: it was sent, and is not sent again. */
async function keepForDeletion(deps: { db: Db; log?: Logger }, workspaceId: string, notice: Notice, where: { channelId: string; messageId: string }): Promise<void> {
  await rememberChannelNotice(deps, workspaceId, notice.leerlijn.id, where)
    .catch((error: unknown) => deps.log?.warn({ err: error, notice: notice.type }, 'scheduler channel notice sent, not kept for its leerlijn\'s deletion'));
}

class NotSent extends Error {
  constructor(readonly result: Extract<SendResult, { ok: false }>) {
    super(result.error);
  }
}

/**
 * A document goes to a channel once per leerlijn, however often its job runs: a meeting moved
 * after it ended plans a new job, and the document must not arrive twice.
 */
async function sendDocumentOnce(deps: { db: Db }, now: Date, workspaceId: string, channelId: string, notice: Extract<Notice, { type: 'step_document' }>, send: () => Promise<SendResult>): Promise<SendResult> {
  try {
    await deliverOnce({ db: deps.db, now: () => now }, workspaceId, { kind: notice.document, leerlijnId: notice.leerlijn.id }, channelId, async () => {
      const res = await send();
      if (!res.ok) throw new NotSent(res);
      return res.messageId ?? 'sent';
    });
    // Not delivered now because it was before (or is right now, elsewhere): nothing left to send.
    return { ok: true };
  } catch (error) {
    if (error instanceof NotSent) return error.result;
    throw error;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
