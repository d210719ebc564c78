// What every Slack flow shares: the use-case deps, errors as words, sending.
import type { types, webApi } from '@slack/bolt';
import type { Deps } from '../../app/context.js';
import { actOrTell, errorWords } from '../../app/error-words.js';
import type { Messenger } from '../../app/messenger.js';
import type { Lang } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import { channelLang } from '../../app/places.js';
import type { LiveCounts } from '../../app/live-counts.js';
import type { ResultPublishing } from '../../app/result-publishing.js';
import { escapeUserMrkdwn } from './mrkdwn.js';
import { chunkBlocks, section, type Rendered } from './render/blocks.js';
import { isRateLimited } from './time-limits.js';

export type WebClient = webApi.WebClient;

export interface SlackCtx {
  deps: Deps;
  log: Logger;
  messenger: Messenger;
  liveCounts: LiveCounts;
  /** A round's result, published one at a time per round (closing.ts). */
  results: ResultPublishing;
  /** How long a modal's answer waits for a name (time-limits.ts NAMES_BEFORE_ANSWER_MS). */
  namesBeforeAnswerMs: number;
}

/** An error in the user's words, as mrkdwn (names in it escaped); `plain` for a modal's error, which reads no markup. */
export function errorText(cx: SlackCtx, fallbackLang: Lang, error: unknown, where: string, plain = false): string {
  return errorWords(fallbackLang, error, {
    fields: true,
    ...(plain ? {} : { echo: escapeUserMrkdwn }),
    unexpected: (err) => cx.log.error({ err, where }, 'slack handler failed'),
    throttled: { is: isRateLimited, warn: () => cx.log.warn({ where }, 'slack: not carried out, Slack asked to wait (rate limited)') },
  });
}

/** `act`'s outcome, or (refused or failed) the person who acted told why. */
export function orTell<T>(cx: SlackCtx, where: string, act: () => Promise<T>, tell: (words: string) => Promise<void>, lang: () => Lang | Promise<Lang> = () => cx.deps.defaultLang): Promise<T | undefined> {
  return actOrTell({ act, tell, lang, words: (said, error) => errorText(cx, said, error, where), defaultLang: cx.deps.defaultLang });
}

type ModalClick = { cx: SlackCtx; client: WebClient; workspaceId: string; channelId: string | null; triggerId: string; tellUser(text: string): Promise<void> };

/** Opens the modal `draw` makes; refused (Slack's rate limit too), the clicker is told why, in the modal's language or `lang`. */
export async function openModal(call: ModalClick, where: string, draw: () => Promise<{ view: types.ModalView; lang?: Lang }>, lang?: () => Lang | Promise<Lang>): Promise<void> {
  let drawnIn: Lang | undefined;
  const opened = async (): Promise<void> => {
    const drawn = await draw();
    drawnIn = drawn.lang;
    await call.client.views.open({ trigger_id: call.triggerId, view: drawn.view });
  };
  const fallback = lang ?? (() => channelLang(call.cx.deps, call.workspaceId, call.channelId ?? ''));
  await orTell(call.cx, where, opened, call.tellUser, () => drawnIn ?? fallback());
}

export const rendered = (message: Rendered | string): Rendered => (typeof message === 'string' ? { text: message, blocks: [section(message)] } : message);

/** Only `user` sees it; in `threadTs` when given (where a channel ephemeral would be out of sight). */
export async function ephemeral(client: WebClient, channel: string, user: string, message: Rendered | string, threadTs?: string): Promise<void> {
  const r = rendered(message);
  for (const blocks of chunkBlocks(r.blocks)) await client.chat.postEphemeral({ channel, user, text: r.text, blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
}

/** A direct message from the bot: works where the bot is not in the channel (unlike an ephemeral). */
export async function direct(client: WebClient, user: string, message: Rendered | string): Promise<void> {
  await post(client, await dmChannel(client, user), rendered(message));
}

export async function dmChannel(client: WebClient, user: string): Promise<string> {
  const channel = (await client.conversations.open({ users: user })).channel?.id;
  if (!channel) throw new Error('no_dm_channel');
  return channel;
}

/** Posts, splitting long content over several messages; returns the first message's ts. */
export async function post(client: WebClient, channel: string, r: Rendered, threadTs?: string): Promise<string> {
  let first: string | undefined;
  for (const blocks of chunkBlocks(r.blocks)) {
    const res = await client.chat.postMessage({ channel, text: r.text, blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
    first ??= res.ts;
  }
  return first ?? '';
}

