// The Teams Messenger: the bot's own messages go out through stored conversation references;
// a user without a 1:1 chat gets one created first.
import { CardFactory, TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { Deps } from '../../app/context.js';
import type { Messenger, SendResult } from '../../app/messenger.js';
import type { LeftoverView } from '../../app/views.js';
import type { PostedMessage } from '../../app/posted.js';
import { leftoverDoc } from '../../views/leftovers.js';
import { teamsMarkup, toAdaptiveCard } from './cards/doc.js';
import { notifiesEveryone, type Notice } from '../../app/notices.js';
import { loadReference, refKey, saveReference } from '../../app/platform-records.js';
import type { TeamsConnection } from './adapter.js';
import { plainWords, type AdaptiveCard } from './cards/common.js';
import { noticeCard } from './cards/notices.js';
import { cardsToSend } from './cards/split.js';
import { t } from '../../i18n/index.js';
import { connectorCodeOf, isGone, isRetryableStatus, isThrottled, retryAfterMsOf, statusOf, withRetry, type RetryOptions } from './retry.js';

export type Reference = Partial<ConversationReference>;

/** With the card's words as summary: else Teams' feed and a phone's notification say only "Card". */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  const summary = typeof card.fallbackText === 'string' ? plainWords(card.fallbackText) : '';
  return { type: 'message', ...(summary ? { summary } : {}), attachments: [CardFactory.adaptiveCard(card)] };
}

/** A mention of the channel itself, which notifies everyone following it; Teams wants the entity's text in the message text. */
export function channelMention(channelId: string, name: string): Pick<Activity, 'text' | 'entities'> {
  const text = `<at>${escapeXml(name)}</at>`;
  return { text, entities: [{ type: 'mention', text, mentioned: { id: channelId, name } }] };
}

/** A name inside an `<at>` tag, as Teams writes it. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A channel thread id ('…;messageid=…') names the channel itself without its suffix. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/** 403s about the bot, not the person (an admin blocked the app): nobody is taken for gone over it. */
const REFUSES_THE_BOT: ReadonlySet<string> = new Set(['BotDisabledByAdmin']);

/** A SendResult that also says whether the message or conversation acted on is gone (retry.ts isGone). */
export type TeamsSendResult = SendResult & { gone?: true };

/** `nowMs`: what a Retry-After HTTP-date is read against. */
function failure(error: unknown, nowMs: number): TeamsSendResult {
  const status = statusOf(error);
  const retryAfterMs = retryAfterMsOf(error, nowMs);
  return {
    ok: false,
    error: status !== undefined ? `http_${status}` : error instanceof Error ? error.message : 'send_failed',
    ...(retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : {}),
    // The connector took nothing: the scheduler sends again later without counting an attempt.
    ...(isThrottled(error) ? { throttled: true as const } : {}),
    permanent: status !== undefined && status >= 400 && status < 500 && !isRetryableStatus(status),
    // 403 and 404 refuse the conversation (blocked, uninstalled, left); 401 is the bot's credentials.
    ...(isGone(error) ? { gone: true as const } : {}),
    ...((status === 403 || isGone(error)) && !REFUSES_THE_BOT.has(connectorCodeOf(error) ?? '') ? { recipientGone: true as const } : {}),
  };
}

export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;

  constructor(private readonly deps: Pick<Deps, 'db'>, private readonly conn: TeamsConnection, private readonly retry: RetryOptions) {}

  /** This Messenger retrying as `retry` says (a turn's: turnRetry). */
  retrying(retry: RetryOptions): TeamsMessenger {
    return new TeamsMessenger(this.deps, this.conn, retry);
  }

  toChannel(target: { workspaceId: string; channelId: string }, notice: Notice): Promise<SendResult> {
    const everyone = notifiesEveryone(notice) ? { fallbackName: t(notice.leerlijn.lang, 'teams.channelMention') } : undefined;
    return this.cardToChannel(target.workspaceId, target.channelId, noticeCard(notice), everyone);
  }

  toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    return this.activityToUser(target.workspaceId, target.userId, cardActivity(noticeCard(notice, 'personal')));
  }

  /** `mention`: with a mention of the channel itself, which notifies everyone in it. */
  async cardToChannel(workspaceId: string, channelId: string, card: AdaptiveCard, mention?: { fallbackName: string }): Promise<SendResult> {
    const reference = await loadReference<Reference>(this.deps, workspaceId, refKey.channel(baseConversationId(channelId)));
    if (!reference) return { ok: false, error: 'no_channel_reference', permanent: true };
    // A card too big for Teams goes as several, the mention with the first; the last one's result.
    const [first, ...rest] = cardsToSend(card) as [AdaptiveCard, ...AdaptiveCard[]];
    const name = reference.conversation?.name || mention?.fallbackName || '';
    let sent = await this.send(reference, { ...cardActivity(first), ...(mention ? channelMention(baseConversationId(channelId), name) : {}) });
    for (const part of rest) if (sent.ok) sent = await this.send(reference, cardActivity(part));
    return sent;
  }

  /** In the user's 1:1 chat, created when there is none yet. */
  async activityToUser(workspaceId: string, userId: string, activity: Partial<Activity>): Promise<SendResult> {
    const chat = await loadReference<Reference>(this.deps, workspaceId, refKey.user(userId));
    const sent = chat ? await this.send(chat, activity) : undefined;
    // A refused kept chat may only be stale (app reinstalled): a new one is asked for before the person is taken for gone.
    if (sent && (sent.ok || !sent.recipientGone)) return sent;
    const member = await loadReference<Reference>(this.deps, workspaceId, refKey.member(userId));
    if (!member?.user || !member.serviceUrl || !member.bot) return sent ?? { ok: false, error: 'unknown_user', permanent: true };
    return this.createChat(workspaceId, userId, member, activity);
  }

  updateCard(workspaceId: string, conversationId: string, messageId: string, card: AdaptiveCard): Promise<TeamsSendResult> {
    return this.onChannelMessage(workspaceId, conversationId, messageId, (context) => context.updateActivity({ ...cardActivity(card), id: messageId }));
  }

  redraw(target: { workspaceId: string } & PostedMessage, view: LeftoverView): Promise<SendResult> {
    return this.updateCard(target.workspaceId, target.channelId, target.messageId, toAdaptiveCard(leftoverDoc(teamsMarkup([]), view)));
  }

  /** Takes a message the bot posted out of the conversation (a part of a card that needs fewer now). */
  deleteMessage(workspaceId: string, conversationId: string, messageId: string): Promise<TeamsSendResult> {
    return this.onChannelMessage(workspaceId, conversationId, messageId, (context) => context.deleteActivity(messageId));
  }

  /** `act` on the bot's message `messageId` in `conversationId` (a channel, or a thread in it) of a channel the bot was told of. */
  private async onChannelMessage(
    workspaceId: string, conversationId: string, messageId: string, act: (context: TurnContext) => Promise<unknown>,
  ): Promise<TeamsSendResult> {
    const channel = await loadReference<Reference>(this.deps, workspaceId, refKey.channel(baseConversationId(conversationId)));
    if (!channel?.conversation) return { ok: false, error: 'no_channel_reference', permanent: true };
    return this.inConversation({ ...channel, conversation: { ...channel.conversation, id: conversationId } }, (context) => act(context).then(() => messageId));
  }

  private send(reference: Reference, activity: Partial<Activity>): Promise<SendResult> {
    return this.inConversation(reference, async (context) => (await context.sendActivity(activity))?.id);
  }

  /** `act` gives back the id of what it posted. */
  private inConversation(reference: Reference, act: (context: TurnContext) => Promise<string | undefined>): Promise<TeamsSendResult> {
    return this.attempt((posted) => this.conn.adapter.continueConversationAsync(this.conn.appId, reference, async (context) => posted(await act(context))));
  }

  /** One connector call, retried where it may pass, as a SendResult with the id of what it `posted`. */
  private async attempt(call: (posted: (id: string | undefined) => void) => Promise<void>): Promise<TeamsSendResult> {
    let messageId: string | undefined;
    try {
      await withRetry(() => call((id) => (messageId = id)), this.retry);
    } catch (error) {
      return failure(error, this.retry.now());
    }
    return { ok: true, ...(messageId ? { messageId } : {}) };
  }

  private async createChat(workspaceId: string, userId: string, member: Reference, activity: Partial<Activity>): Promise<SendResult> {
    const tenantId = member.conversation?.tenantId ?? '';
    const members = [{ id: member.user!.id, name: member.user!.name }];
    const params: ConversationParameters = { isGroup: false, bot: member.bot!, members, tenantId, channelData: { tenant: { id: tenantId } } };
    return this.attempt((posted) =>
      this.conn.adapter.createConversationAsync(this.conn.appId, 'msteams', member.serviceUrl!, this.conn.audience, params, async (context) => {
        await saveReference(this.deps, workspaceId, refKey.user(userId), TurnContext.getConversationReference(context.activity));
        posted((await context.sendActivity(activity))?.id);
      }),
    );
  }
}
