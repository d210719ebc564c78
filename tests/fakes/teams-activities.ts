// Inbound Teams activities shaped like the ones Teams sends to /api/messages,
// trimmed to the fields botbuilder and the bot read.
import { randomUUID } from 'node:crypto';

export type ConversationType = 'channel' | 'personal' | 'groupChat';

export interface TeamsUser {
  /** '29:...' Teams user id. */
  id: string;
  name: string;
  aadObjectId: string;
}

export interface TeamsConversation {
  /** '19:...@thread.tacv2' for a channel, 'a:1...' for a 1:1 chat, '19:...@thread.v2' for a group chat. */
  id: string;
  conversationType: ConversationType;
  /** Teams always sends it; Web Chat and the Emulator do not. */
  tenantId?: string;
  isGroup?: boolean;
  name?: string;
}

export interface TeamsChannelData {
  /** Teams always sends it; Web Chat and the Emulator do not. */
  tenant?: { id: string };
  team?: { id: string; name?: string; aadGroupId?: string };
  channel?: { id: string; name?: string };
  [key: string]: unknown;
}

export interface Mention {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export interface InboundActivity {
  type: string;
  id: string;
  timestamp: string;
  localTimestamp: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: TeamsUser;
  conversation: TeamsConversation;
  recipient: { id: string; name: string };
  channelData: TeamsChannelData;
  locale: string;
  text?: string;
  textFormat?: 'plain';
  name?: string;
  value?: unknown;
  replyToId?: string;
  entities?: Array<Mention | Record<string, unknown>>;
  action?: string;
  membersAdded?: Array<{ id: string; name?: string }>;
  membersRemoved?: Array<{ id: string; name?: string }>;
}

export interface ActivityBase {
  from: TeamsUser;
  conversation: TeamsConversation;
  serviceUrl: string;
  channelData?: TeamsChannelData;
  /** The bot as the recipient; defaults to TEST_BOT. */
  bot?: { id: string; name: string };
  locale?: string;
  replyToId?: string;
}

/** The bot as Teams addresses it: '28:' + app id. */
export const TEST_BOT = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Leerlijn' };

export function messageActivity(
  opts: ActivityBase & { text: string; entities?: InboundActivity['entities']; mentionBot?: boolean },
): InboundActivity {
  const bot = opts.bot ?? TEST_BOT;
  // In a channel Teams only delivers messages that @mention the bot, with the mention in the text.
  const mention = opts.mentionBot ?? opts.conversation.conversationType === 'channel';
  const atText = `<at>${bot.name}</at>`;
  const text = mention && !opts.text.includes(atText) ? `${atText} ${opts.text}` : opts.text;
  const entities = [
    ...(mention ? [{ type: 'mention' as const, text: atText, mentioned: { id: bot.id, name: bot.name } }] : []),
    ...(opts.entities ?? []),
  ];
  return { ...base('message', opts), text, textFormat: 'plain', ...(entities.length ? { entities } : {}) };
}

/** Action.Submit: a message whose `value` holds the card's data merged with its inputs. */
export function submitActivity(opts: ActivityBase & { value: Record<string, unknown> }): InboundActivity {
  return { ...base('message', opts), value: opts.value };
}

/** Action.Execute (Universal Actions): an invoke answered in the HTTP response. */
export function invokeActionExecute(
  opts: ActivityBase & { verb: string; data?: Record<string, unknown>; trigger?: 'manual' | 'automatic' },
): InboundActivity {
  return {
    ...base('invoke', opts),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: opts.verb, data: opts.data ?? {} }, trigger: opts.trigger ?? 'manual' },
  };
}

/**
 * Typeahead in a picker with `choices.data`: what was typed, as Teams asks the bot for choices
 * (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search).
 */
export function searchInvoke(opts: ActivityBase & { dataset: string; queryText: string; skip?: number; top?: number }): InboundActivity {
  return { ...base('invoke', opts), name: 'application/search', value: { queryText: opts.queryText, queryOptions: { skip: opts.skip ?? 0, top: opts.top ?? 15 }, dataset: opts.dataset } };
}

/** The user's answer to a file consent card: Teams sends the card's context back, and on accept where to upload. */
export function fileConsentInvoke(
  opts: ActivityBase & {
    action: 'accept' | 'decline';
    context?: unknown;
    uploadInfo?: { uploadUrl: string; contentUrl: string; name: string; uniqueId: string; fileType: string };
  },
): InboundActivity {
  const value = { type: 'fileUpload', action: opts.action, context: opts.context, ...(opts.uploadInfo ? { uploadInfo: opts.uploadInfo } : {}) };
  return { ...base('invoke', opts), name: 'fileConsent/invoke', value };
}

/** The bot was added to a team, group chat or personal scope. */
export function installationUpdate(opts: ActivityBase & { action?: 'add' | 'remove' }): InboundActivity {
  return { ...base('installationUpdate', opts), action: opts.action ?? 'add' };
}

/** Members joined; by default the member is the bot itself, which is how Teams announces an install. */
export function conversationUpdate(
  opts: ActivityBase & { membersAdded?: Array<{ id: string; name?: string }>; membersRemoved?: Array<{ id: string; name?: string }> },
): InboundActivity {
  const bot = opts.bot ?? TEST_BOT;
  const activity = base('conversationUpdate', opts);
  const membersAdded = opts.membersAdded ?? (opts.membersRemoved ? undefined : [{ id: bot.id }]);
  const eventType = opts.channelData?.team ? (membersAdded ? 'teamMemberAdded' : 'teamMemberRemoved') : undefined;
  return {
    ...activity,
    channelData: { ...activity.channelData, ...(eventType ? { eventType } : {}) },
    ...(membersAdded ? { membersAdded } : {}),
    ...(opts.membersRemoved ? { membersRemoved: opts.membersRemoved } : {}),
  };
}

function base(type: string, opts: ActivityBase): InboundActivity {
  const now = new Date().toISOString();
  const { conversation } = opts;
  return {
    type,
    id: `f:${randomUUID()}`,
    timestamp: now,
    localTimestamp: now,
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: opts.from,
    conversation: { isGroup: conversation.conversationType !== 'personal', ...conversation },
    recipient: opts.bot ?? TEST_BOT,
    channelData: opts.channelData ?? (conversation.tenantId ? { tenant: { id: conversation.tenantId } } : {}),
    locale: opts.locale ?? 'nl-NL',
    ...(opts.replyToId ? { replyToId: opts.replyToId } : {}),
  };
}

export interface PostResult {
  status: number;
  /** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
}

/** POSTs an activity to the bot's messaging endpoint, as Teams would. */
export async function postActivity(
  url: string,
  activity: InboundActivity | Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  // A connection each: one kept idle about the bot's 5 s keep-alive (a test writing much to the database between
  // two requests) may be closed by the bot just as the next request goes out on it, which then fails ECONNRESET.
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  if (text === '') return { status: response.status, body: undefined };
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, body: isJson ? (JSON.parse(text) as unknown) : text };
}
