// What the Teams driver reads back: the channel's messages, its documents and charts, and a
// person's 1:1 chats, from what the fake connector received. Kept apart from the acting side.
import { FILE_CONSENT_TYPE } from '../../../src/adapters/teams/export.js';
import { baseConversationId } from '../../../src/adapters/teams/messenger.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { CHANNEL, type Harness } from '../../adapters/teams/harness.js';
import { fileConsentInvoke, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import type { ChannelChart, ChannelDocument, PrivateFile } from './driver.js';
import { chartsIn, openDocuments, PUBLIC_URL } from './teams-parts.js';
import { nodesOf, teamsText } from './text.js';

const consentOf = (activity: JsonObject): JsonObject | undefined =>
  (Array.isArray(activity.attachments) ? (activity.attachments as JsonObject[]) : []).find((x) => x.contentType === FILE_CONSENT_TYPE);

/** The labels of the buttons a card shows (links to documents too, a form's submit), not the refresh Teams asks for by itself. */
export function buttonsOf({ refresh: _refresh, ...shown }: JsonObject): string[] {
  return nodesOf(shown).filter((n) => String(n.type).startsWith('Action.')).map((n) => String(n.title ?? n.type));
}

export class TeamsReading {
  private messagesSeen = 0;
  private documentsSeen = 0;
  private sessions = 0;

  /** The message each card seen in the channel is (an invoke from it names it as replyToId). */
  readonly messageOf = new WeakMap<JsonObject, string>();

  constructor(private readonly h: Harness) {}

  /** The connector answers the next new message (a POST) with 403, which the bot does not retry; `blocked`: the app blocked by the admin. */
  refuseNextPost(blocked = false): void {
    this.h.connector.failNext('POST', { status: 403, ...(blocked ? { code: 'BotDisabledByAdmin' } : {}) });
  }

  /** The channel's cards as this person sees them now (their own view where Teams fetches one), newest first. */
  seenInChannel(user: TeamsUser): Promise<JsonObject[]> {
    const where = this.h.inChannel(user);
    const posted = this.h.connector.messagesIn(CHANNEL.id).flatMap((m) => {
      const card = adaptiveCardOf(m.activity);
      return card ? [{ id: m.id, card }] : [];
    });
    return Promise.all(posted.reverse().map(async ({ id, card }) => {
      const seen = await this.h.seenBy(user, card, where);
      this.messageOf.set(seen, id);
      return seen;
    }));
  }

  /** Cards in a conversation as people see them now, newest first. */
  cardsIn(conversationId: string): JsonObject[] {
    return this.h.connector.messagesIn(conversationId).map((m) => adaptiveCardOf(m.activity)).filter((c): c is JsonObject => c !== undefined).reverse();
  }

  channel(): string {
    return this.textOf(CHANNEL.id);
  }

  editsInChannel(): number {
    return this.h.connector.activities.filter((a) => a.method === 'PUT' && baseConversationId(a.conversationId) === CHANNEL.id).length;
  }

  newInChannel(): string {
    const all = this.h.connector.messagesIn(CHANNEL.id);
    const fresh = all.slice(this.messagesSeen);
    this.messagesSeen = all.length;
    return fresh.map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text)).join('\n');
  }

  async newChannelDocuments(): Promise<ChannelDocument[]> {
    const all = this.documentLinks();
    const urls = all.slice(this.documentsSeen);
    this.documentsSeen = all.length;
    return openDocuments(urls, this.h.bot.port);
  }

  /** Every document linked in the channel's cards now, oldest first, opened as people open them. */
  channelDocuments(): Promise<ChannelDocument[]> {
    return openDocuments(this.documentLinks(), this.h.bot.port);
  }

  private documentLinks(): string[] {
    const links = (card: Parameters<typeof nodesOf>[0]) => nodesOf(card).filter((n) => n.type === 'Action.OpenUrl' && String(n.url).startsWith(PUBLIC_URL));
    return this.cardsIn(CHANNEL.id).reverse().flatMap((c) => links(c).map((n) => String(n.url)));
  }

  /** Teams' own charts in the channel's cards as they are now, with the text hosts without charts show. */
  channelCharts(): ChannelChart[] {
    return chartsIn(this.cardsIn(CHANNEL.id).reverse());
  }

  exportTitle(): string {
    const consent = this.h.connector.activities
      .flatMap((a) => (Array.isArray(a.activity.attachments) ? (a.activity.attachments as JsonObject[]) : []))
      .filter((x) => x.contentType === 'application/vnd.microsoft.teams.card.file.consent')
      .at(-1);
    if (!consent) throw new Error('teams: no export was offered');
    return String(consent.name);
  }

  /**
   * The latest file consent card in `owner`'s 1:1 chats, accepted as Teams sends it: from that chat, or by someone
   * else (`by`) from their own, the card's context copied; what landed at the upload url Teams gave, or null.
   */
  async privateFile(owner: TeamsUser, by: TeamsUser): Promise<PrivateFile | null> {
    const chats = this.privateChats(owner);
    const offer = this.h.connector.activities.filter((a) => chats.includes(a.conversationId) && consentOf(a.activity)).at(-1);
    if (!offer) return null;
    const consent = consentOf(offer.activity)!;
    const name = String(consent.name);
    // Teams opens a new upload session for every accept.
    const session = `${++this.sessions}-${name}`;
    const contentUrl = `https://contoso.sharepoint.com/personal/${session}`;
    const uploadInfo = { uploadUrl: this.h.connector.uploadUrl(session), contentUrl, name, uniqueId: session, fileType: 'zip' };
    const chat = { id: offer.conversationId, conversationType: 'personal' as const, tenantId: CHANNEL.tenantId };
    const where = by.id === owner.id ? { ...this.h.inPersonal(by), conversation: chat, replyToId: offer.activityId } : this.h.inPersonal(by);
    const before = this.h.connector.uploads.length;
    const context = (consent.content as { acceptContext?: unknown }).acceptContext;
    await postActivity(this.h.url, fileConsentInvoke({ ...where, action: 'accept', context, uploadInfo }));
    await this.h.flush();
    const landed = this.h.connector.uploads.slice(before).at(-1);
    return landed ? { name, bytes: landed.body } : null;
  }

  /** The 1:1 chats of a person: the one they opened and the ones the bot created for them. */
  privateChats(user: TeamsUser): string[] {
    const created = this.h.connector.createdConversations.filter((c) => (c.request.members as Array<{ id: string }> | undefined)?.[0]?.id === user.id).map((c) => c.id);
    return [...new Set([...created, this.h.inPersonal(user).conversation.id])];
  }

  privateChat(user: TeamsUser): string {
    return this.privateChats(user).map((chat) => this.textOf(chat)).join('\n');
  }

  /** Every message of a conversation as text, oldest first. */
  textOf(conversationId: string): string {
    return this.h.connector.messagesIn(conversationId).map((m) => teamsText(adaptiveCardOf(m.activity) ?? m.activity.text)).join('\n');
  }
}
