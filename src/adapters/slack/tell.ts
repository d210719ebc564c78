// Telling one person something privately when the channel itself may be the problem (the bot not invited, a private
// channel it cannot see, an archived one), so nothing the user did passes unnoticed when Slack refuses.
import type { Lang } from '../../domain/instrument.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { direct, ephemeral, post, rendered, type SlackCtx, type WebClient } from './context.js';
import { sendFailure } from './messenger.js';
import { chunkBlocks, section, type Rendered } from './render/blocks.js';
import { postToResponseUrl, RespondError } from './respond.js';
import { isRateLimited } from './time-limits.js';
import type { SlackCaller } from './types.js';

/** Slack's answers when the bot may not post in a channel (not invited; a private channel it cannot see). */
export function isNotInChannel(error: unknown): boolean {
  const code = sendFailure(error).error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

export interface PrivateTo {
  channelId: string;
  userId: string;
  /** The thread the user clicked in, where they look. */
  threadTs?: string;
  responseUrl?: string;
  /** The response_url before the ephemeral: a vote's receipt then costs no Web API call of the workspace's limits. */
  responseUrlFirst?: boolean;
  /** Said above it when the channel refuses the bot and it goes to the DM instead: why it is there. */
  notInChannelLead?: string;
}

/**
 * Tells the person who clicked privately: in the channel (or its thread), or through the click's response_url
 * (`responseUrlFirst`: that before anything else). A click in a modal or the App Home has no channel: said in their DM with the bot, as the
 * App Home's other answers.
 */
export const tellClicker = (
  call: Omit<SlackCaller, 'workspaceId'> & { responseUrl: string | null }, channelId: string | null, at: { threadTs?: string; responseUrlFirst?: true } = {},
) =>
  async (said: string | Rendered): Promise<void> => {
    const { cx, client, userId, responseUrl } = call;
    if (!channelId) return direct(client, userId, said).catch((error: unknown) => cx.log.warn({ error: sendFailure(error).error }, 'user not told privately'));
    return tellPrivately(cx, client, { channelId, userId, ...at, responseUrl: responseUrl ?? undefined }, said);
  };

/**
 * Only `to.userId` sees it: an ephemeral in the channel (or thread), else a DM. An ephemeral refused as rate limited
 * means the DM (Web API too) most likely would be: the response_url, a webhook outside those limits, comes first then.
 * With `responseUrlFirst` it is tried before anything else; refused (used up, expired), the ephemeral and DM remain.
 */
export async function tellPrivately(cx: SlackCtx, client: WebClient, to: PrivateTo, text: string | Rendered): Promise<void> {
  const urlFirst = to.responseUrlFirst ? to.responseUrl : undefined;
  if (urlFirst && (await answeredThrough(cx, urlFirst, text, 'response_url not answered; trying an ephemeral'))) return;
  let said = text;
  try {
    return await ephemeral(client, to.channelId, to.userId, text, to.threadTs);
  } catch (error) {
    const code = sendFailure(error).error;
    const urlLeft = urlFirst ? undefined : to.responseUrl;
    if (urlLeft && isRateLimited(error) && (await answeredThrough(cx, urlLeft, text, 'ephemeral rate limited, and the response_url not answered either; trying a DM'))) {
      // Told; the operator still sees that Slack throttled this workspace's ephemerals.
      cx.log.warn({ error: code }, 'slack: ephemeral rate limited; told through the response_url instead');
      return;
    }
    cx.log.warn({ error: code }, 'ephemeral not sent; trying a DM');
    if (to.notInChannelLead && isNotInChannel(error)) said = underLead(to.notInChannelLead, text);
  }
  await direct(client, to.userId, said).catch((error: unknown) => cx.log.warn({ error: sendFailure(error).error }, 'user not told privately'));
}

function underLead(lead: string, message: string | Rendered): Rendered {
  const r = rendered(message);
  return { text: `${lead}\n${r.text}`, blocks: [section(lead), ...r.blocks] };
}

/** Whether Slack took `message` through the interaction's response_url; `notTaken`: what is logged when not. */
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

function notPostedKey(error: unknown): MessageKey {
  if (isNotInChannel(error)) return 'slack.savedNotPosted.notInChannel';
  return sendFailure(error).error === 'is_archived' ? 'slack.savedNotPosted.archived' : 'slack.savedNotPosted.other';
}

/** What a form saved, posted in the team's channel; refused, the flow goes on (owners' DMs still follow), the submitter hears why, and it says false. */
export async function postOrTell(cx: SlackCtx, client: WebClient, to: PrivateTo & { lang: Lang }, message: Rendered): Promise<boolean> {
  try {
    await post(client, to.channelId, message);
    return true;
  } catch (error) {
    const code = sendFailure(error).error;
    cx.log.warn({ error: code, channelId: to.channelId }, 'saved, but the channel post failed');
    await tellPrivately(cx, client, to, t(to.lang, notPostedKey(error), { error: code }));
    return false;
  }
}
