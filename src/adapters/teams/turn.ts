// Who is acting where, read from an inbound activity; and the references kept from it.
import { TurnContext, type Activity, type ChannelAccount } from 'botbuilder';
import type { Actor, Deps, LeerlijnRow } from '../../app/context.js';
import type { Lang } from '../../domain/instrument.js';
import type { ErrorView, Place } from '../../app/flows/surface.js';
import type { OwnViewKey } from '../../app/flows/own-view.js';
import type { AdaptiveCard } from './cards/common.js';
import { channelLeerlijn, placeLang, workspaceIdFor } from '../../app/places.js';
import { baseConversationId, escapeXml, type Reference } from './messenger.js';
import { tenantOf } from './edge.js';
import { spokenLangOf } from '../../i18n/index.js';
import { refKey, rememberReference } from '../../app/platform-records.js';

export interface Turn {
  context: TurnContext;
  actor: Actor;
  /** The channel or chat, without a thread suffix: a leerlijn belongs to it. */
  channelId: string;
  personal: boolean;
  leerlijn: LeerlijnRow | null;
  lang: Lang;
  /** A form sent through an invoke: what its sender is told is the invoke's answer, seen by them only. */
  answer?: PrivateAnswer;
}

export interface PrivateAnswer {
  cards: AdaptiveCard[];
  /** The form again with the reasons at its inputs, or a message (a refusal beside no input) that leaves the form. */
  refusal?: AdaptiveCard | string;
  /** The refusal's reasons, said another way should the answer come too late. */
  reasons?: ErrorView;
  /** Called once the form's use case saved it, before anything is posted or said. */
  saved?: () => Promise<void>;
  /** The own view shown after, where the flow went on in the form (a team form's next page). */
  ownView?: OwnViewKey;
}

/** Where the turn is, as the flows read it: in a channel, a reply is a message everyone sees, unless it answers an invoke. */
export const placeOf = (turn: Pick<Turn, 'channelId' | 'personal' | 'answer' | 'context'>): Place => ({
  channelId: turn.channelId, personal: turn.personal, repliesSeenByAll: !turn.personal && !turn.answer,
  ...(turn.context.activity.conversation.conversationType === 'groupChat' ? { groupChat: { botAdded: true } } : {}),
});

/** Only a local Emulator names no tenant: with auth on, http-shim.ts does not run such a turn. */
const EMULATOR_TENANT = 'emulator';

/** Our user id is the Entra object id: stable and short; the emulator has only `from.id`. */
export function userIdOf(account: { id: string; aadObjectId?: string }): string {
  return account.aadObjectId ?? account.id;
}

/** An entity's tags in the text: its own, or (left out for a name with '&') its name's, escaped or not. */
function tagsOf(e: { text?: unknown; mentioned: ChannelAccount }): string[] {
  const name = typeof e.mentioned.name === 'string' ? e.mentioned.name : '';
  const own = typeof e.text === 'string' && e.text !== '' ? [e.text] : [];
  return [...own, ...(name ? [`<at>${escapeXml(name)}</at>`, `<at>${name}</at>`] : [])];
}

type Placed = { account: ChannelAccount; at: number; end: number };

/**
 * Whom the mentions name (edge.ts made sure each names an account), in the order of their `<at>` tags: a command reads
 * who is who from it (`acties overdragen @van @naar`), and Teams promises no order. A tag typed twice is claimed once per
 * entity; one person Teams split into tags side by side (same id, another part of the name) is one mention.
 */
export function mentionsIn(activity: Pick<Activity, 'entities' | 'text'>): ChannelAccount[] {
  const text = activity.text ?? '';
  const claimed = new Set<number>();
  const inOrder = (activity.entities ?? []).flatMap((e): Placed[] => {
    if (e.type !== 'mention' || !e.mentioned) return [];
    const account = e.mentioned as ChannelAccount;
    for (const tag of tagsOf({ text: e.text, mentioned: account })) {
      let at = text.indexOf(tag);
      while (at >= 0 && claimed.has(at)) at = text.indexOf(tag, at + 1);
      if (at < 0) continue;
      claimed.add(at);
      return [{ account, at, end: at + tag.length }];
    }
    return [{ account, at: Number.MAX_SAFE_INTEGER, end: Number.MAX_SAFE_INTEGER }];
  }).sort((x, y) => x.at - y.at);
  const splitFromBefore = (p: Placed, i: number): boolean => {
    const before = inOrder[i - 1];
    if (!before || before.account.id !== p.account.id || before.end > p.at) return false;
    return text.slice(before.end, p.at).replace(/&nbsp;/g, ' ').trim() === '' && text.slice(before.at, before.end) !== text.slice(p.at, p.end);
  };
  return inOrder.filter((p, i) => !splitFromBefore(p, i)).map((p) => p.account);
}

export const isPersonal = (activity: Pick<Activity, 'conversation'>): boolean => activity.conversation.conversationType === 'personal';

/** The language the person uses Teams in, as every activity says it (`locale`), where the bot speaks it. */
export const ownLangOf = (activity: Pick<Activity, 'locale'>): Lang | null => spokenLangOf(activity.locale);

/** `cached`: for card actions, which decide nothing by the channel's leerlijn (only some refusals' language). */
export async function readTurn(deps: Deps, context: TurnContext, leerlijnRead: 'fresh' | 'cached' = 'fresh'): Promise<Turn> {
  const workspaceId = await workspaceIdFor(deps, 'teams', tenantOf(context.activity) ?? EMULATOR_TENANT);
  const userId = userIdOf(context.activity.from);
  const channelId = baseConversationId(context.activity.conversation.id);
  const personal = isPersonal(context.activity);
  const leerlijn = personal ? null : await channelLeerlijn(deps, workspaceId, channelId, leerlijnRead);
  const lang = placeLang(deps, leerlijn, ownLangOf(context.activity));
  // Kept on the context too: an invoke answered "still working" says so in this language (http-shim.ts).
  context.turnState.set(TURN_LANG, lang);
  return { context, actor: { workspaceId, userId }, channelId, personal, leerlijn, lang };
}

export const TURN_LANG = Symbol('leerlijn turn lang');

/** The turn in the language a flow decided it speaks (a personal chat: the named leerlijn's), a "still working" answer included. */
export function speaking(turn: Turn, lang: Lang): Turn {
  turn.context.turnState.set(TURN_LANG, lang);
  return { ...turn, lang };
}

/** Kept on install and every message so reminders and DMs reach this place and person. */
export async function rememberConversation(deps: Deps, turn: Turn): Promise<void> {
  const activity = turn.context.activity;
  // No activityId: a proactive send then starts a new post instead of replying in a thread.
  const { activityId: _activityId, ...place } = TurnContext.getConversationReference(activity);
  const key = turn.personal ? refKey.user(turn.actor.userId) : refKey.channel(turn.channelId);
  const kept = turn.personal ? place : { ...place, conversation: { ...activity.conversation, id: turn.channelId } };
  await rememberReference(deps, turn.actor.workspaceId, key, kept);
  // Not the bot's own (edge.ts made sure both are named).
  if (activity.from.id !== activity.recipient.id) await rememberMember(deps, turn.actor.workspaceId, place, activity.from);
}

export async function rememberMember(deps: Deps, workspaceId: string, place: Reference, account: ChannelAccount): Promise<void> {
  const member = {
    channelId: place.channelId,
    serviceUrl: place.serviceUrl,
    bot: place.bot,
    user: { id: account.id, name: account.name ?? '', ...(account.aadObjectId ? { aadObjectId: account.aadObjectId } : {}) },
    conversation: { id: '', isGroup: false, conversationType: 'personal', tenantId: place.conversation?.tenantId, name: '' },
  };
  await rememberReference(deps, workspaceId, refKey.member(userIdOf(account)), member);
}
