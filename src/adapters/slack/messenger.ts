// The Slack Messenger: proactive messages, each with an honest result for the scheduler.
import { webApi } from '@slack/bolt';
import type { Messenger, SendResult } from '../../app/messenger.js';
import type { Notice } from '../../app/notices.js';
import type { Logger } from '../../logger.js';
import { renderNotice } from './render/reply.js';
import { renderLeftover } from './render/cards.js';
import { dmChannel, post } from './context.js';
import { deleteFiles, uploadFiles } from './documents.js';
import { isRateLimited, retryAfterOf } from './time-limits.js';

export type ClientFor = (workspaceId: string) => Promise<webApi.WebClient>;
// Any other error Slack answers is permanent: the scheduler drops the job.
const TRANSIENT = new Set(['ratelimited', 'fatal_error', 'internal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);
// conversations.open's errors about the person, not the bot's token.
const RECIPIENT_GONE = new Set(['user_not_found', 'user_disabled', 'user_not_visible', 'cannot_dm_bot']);

export function sendFailure(error: unknown): Extract<SendResult, { ok: false }> {
  // Without a Retry-After the job store's backoff decides.
  if (isRateLimited(error)) {
    const retryAfterSeconds = retryAfterOf(error);
    return { ok: false, error: 'ratelimited', ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}), throttled: true, permanent: false };
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    return { ok: false, error: code, permanent: !TRANSIENT.has(code), ...(RECIPIENT_GONE.has(code) ? { recipientGone: true } : {}) };
  }
  if (error instanceof webApi.WebAPIRequestError) return { ok: false, error: 'request_failed', permanent: false };
  if (error instanceof webApi.WebAPIHTTPError) return { ok: false, error: `http_${error.statusCode}`, permanent: false };
  if (error instanceof Error && error.message === 'installation_not_found') return { ok: false, error: 'installation_not_found', permanent: true };
  if (error instanceof Error && error.message === 'no_dm_channel') return { ok: false, error: 'no_dm_channel', permanent: false };
  return { ok: false, error: 'unknown', permanent: false };
}

async function postRendered(client: webApi.WebClient, channel: string, notice: Notice): Promise<SendResult> {
  const rendered = renderNotice(notice);
  // A document is the file itself, with the notice's words as its comment.
  if (notice.type === 'step_document') return { ok: true, messageId: await uploadFiles(client, channel, rendered.text, [notice.file]) };
  return { ok: true, messageId: (await post(client, channel, rendered)) || undefined };
}

export function createSlackMessenger(clientFor: ClientFor, log: Logger): Messenger {
  const attempt = async (what: string, notice: Notice, send: () => Promise<SendResult>): Promise<SendResult> => {
    try {
      return await send();
    } catch (error) {
      const failure = sendFailure(error);
      log.warn({ notice: notice.type, error: failure.error }, `slack ${what} failed`);
      return failure;
    }
  };
  return {
    platform: 'slack',
    toChannel: (target, notice) =>
      attempt('channel message', notice, async () => postRendered(await clientFor(target.workspaceId), target.channelId, notice)),
    toUser: (target, notice) =>
      attempt('direct message', notice, async () => {
        const client = await clientFor(target.workspaceId);
        return postRendered(client, await dmChannel(client, target.userId), notice);
      }),
    async redraw(target, view) {
      const r = renderLeftover(view);
      try {
        await (await clientFor(target.workspaceId)).chat.update({ channel: target.channelId, ts: target.messageId, text: r.text, blocks: r.blocks });
        return { ok: true };
      } catch (error) {
        return sendFailure(error);
      }
    },
    removeDocument: async (target) => deleteFiles(await clientFor(target.workspaceId))(target).then((): SendResult => ({ ok: true }), sendFailure),
  };
}
