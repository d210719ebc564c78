// Telling one person something privately when the channel itself may be the problem: the
// bot not invited, a private channel it cannot see, an archived channel. Every flow that
// posts after its ack uses this, so nothing the user did passes unnoticed when Slack refuses.
import type { Lang } from '../../domain/instrument.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { direct, ephemeral, post, rendered, type SlackCtx, type WebClient } from './context.js';
import { sendFailure } from './messenger.js';
import { chunkBlocks, type Rendered } from './render/blocks.js';
import { postToResponseUrl, RespondError } from './respond.js';
import { isRateLimited } from './time-limits.js';

/** Slack's answers when the bot may not post in a channel (not invited; a private channel it cannot see). */
export function isNotInChannel(error: unknown): boolean {
  const code = sendFailure(error).error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

export interface PrivateTo {
  channelId: string;
  userId: string;
  /** The thread the user clicked in, so the answer shows where they look. */
  threadTs?: string;
  /** The command's or click's response_url, where the person acted: see tellPrivately. */
  responseUrl?: string;
  /**
   * The response_url before the ephemeral: a click's own answer (a vote's receipt) then costs no
   * Web API call, which every vote would otherwise spend of the workspace's limits.
   */
  responseUrlFirst?: boolean;
}

/** Where to tell the person who clicked: the channel (or its thread) and the click's response_url. */
export function toClicker(call: { userId: string; responseUrl: string | null }, channelId: string, threadTs?: string): PrivateTo {
  return { channelId, userId: call.userId, ...(threadTs ? { threadTs } : {}), ...(call.responseUrl ? { responseUrl: call.responseUrl } : {}) };
}

/**
 * Only `to.userId` sees it: an ephemeral in the channel (or thread), or a DM when Slack refuses
 * that too. Refused as rate limited (a long Retry-After, which a person does not wait out), the
 * DM, Web API calls as well, would most likely be refused alike: the interaction's response_url,
 * a webhook outside the Web API's limits, comes first then. With `responseUrlFirst` it is tried
 * before anything else, and a refused one (used up, expired) leaves the ephemeral and the DM.
 */
export async function tellPrivately(cx: SlackCtx, client: WebClient, to: PrivateTo, text: string | Rendered): Promise<void> {
  const urlFirst = to.responseUrlFirst ? to.responseUrl : undefined;
  if (urlFirst && (await answeredThrough(cx, urlFirst, text, 'response_url not answered; trying an ephemeral'))) return;
  try {
    return await ephemeral(client, to.channelId, to.userId, text, to.threadTs);
  } catch (error) {
    const code = sendFailure(error).error;
    const urlLeft = urlFirst ? undefined : to.responseUrl;
    if (urlLeft && isRateLimited(error) && (await answeredThrough(cx, urlLeft, text, 'ephemeral rate limited, and the response_url not answered either; trying a DM'))) {
      // The person was told; the operator still sees that Slack throttled this workspace's ephemerals.
      cx.log.warn({ error: code }, 'slack: ephemeral rate limited; told through the response_url instead');
      return;
    }
    cx.log.warn({ error: code }, 'ephemeral not sent; trying a DM');
  }
  try {
    await direct(client, to.userId, text);
  } catch (error) {
    cx.log.warn({ error: sendFailure(error).error }, 'user not told privately');
  }
}

/** Whether Slack took `message` as an ephemeral answer through the interaction's response_url; `notTaken`: what is logged when not. */
async function answeredThrough(cx: SlackCtx, responseUrl: string, message: string | Rendered, notTaken: string): Promise<boolean> {
  const r = rendered(message);
  try {
    for (const blocks of chunkBlocks(r.blocks)) await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text: r.text, blocks });
    return true;
  } catch (error) {
    // The error's name or status only: the url itself is a key to answer in that person's name.
    const why = error instanceof RespondError ? `http_${error.status}` : error instanceof Error ? error.name : 'unknown';
    cx.log.warn({ error: why }, notTaken);
    return false;
  }
}

/** Why a post was refused, in words the user can act on. */
function notPostedKey(error: unknown): MessageKey {
  if (isNotInChannel(error)) return 'slack.savedNotPosted.notInChannel';
  return sendFailure(error).error === 'is_archived' ? 'slack.savedNotPosted.archived' : 'slack.savedNotPosted.other';
}

/**
 * Posts what a form just saved to the team's channel. The entry is saved and the form acked,
 * so a refused post must neither end the flow (owners' DMs still follow) nor pass unnoticed:
 * the submitter hears why, in words they can act on.
 */
export async function postOrTell(cx: SlackCtx, client: WebClient, to: PrivateTo & { lang: Lang }, message: Rendered): Promise<void> {
  try {
    await post(client, to.channelId, message);
  } catch (error) {
    const code = sendFailure(error).error;
    cx.log.warn({ error: code, channelId: to.channelId }, 'saved, but the channel post failed');
    await tellPrivately(cx, client, to, t(to.lang, notPostedKey(error), { error: code }));
  }
}
