// Answering in the conversation; the people of the team or chat (remembered for DMs) and their Teams names.
import { TeamsInfo, TurnContext, type TeamsChannelAccount } from 'botbuilder';
import { isAppError } from '../../app/errors.js';
import type { SendResult } from '../../app/messenger.js';
import { notOnTeam } from '../../app/people-search.js';
import type { AdaptiveCard } from './cards/common.js';
import type { RosterEntry } from './cards/form.js';
import { cardsToSend } from './cards/split.js';
import { cardActivity, type Reference, type TeamsMessenger } from './messenger.js';
import { turnRetry, withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import { loadReference, refKey } from '../../app/platform-records.js';
import { mentionsIn, rememberMember, userIdOf, type Turn } from './turn.js';

const MAX_ROSTER = 500;

/** A card into the turn's conversation within the turn's budget (turnRetry), too big as several (cards/split.ts); their ids. */
export const sendParts = (svc: Pick<TeamsServices, 'retry'>, turn: Pick<Turn, 'context'>, card: AdaptiveCard): Promise<string[]> =>
  sendEach(svc, turn, cardsToSend(card));

export async function sendEach(svc: Pick<TeamsServices, 'retry'>, { context }: Pick<Turn, 'context'>, cards: readonly AdaptiveCard[]): Promise<string[]> {
  const ids: string[] = [];
  for (const card of cards) {
    const id = (await withRetry(() => context.sendActivity(cardActivity(card)), turnRetry(svc.retry, context)))?.id;
    if (id) ids.push(id);
  }
  return ids;
}

/** The message id of the last part, where the buttons are. */
export async function send(svc: Pick<TeamsServices, 'retry'>, turn: Pick<Turn, 'context'>, card: AdaptiveCard): Promise<string | undefined> {
  return (await sendParts(svc, turn, card)).at(-1);
}

/** For what a turn says elsewhere (a DM, another channel): its waits count against the turn's budget, so the turn stays in Teams' limit. */
export const turnMessenger = (svc: Pick<TeamsServices, 'messenger' | 'retry'>, turn: Pick<Turn, 'context'>): TeamsMessenger => svc.messenger.retrying(turnRetry(svc.retry, turn.context));

/**
 * To a channel: in the turn acted on there, else by the Messenger (a 1:1 chat's turn would answer there);
 * `conversationId`: where it went (maybe a thread).
 */
export async function postToChannel(
  svc: TeamsServices, turn: Turn, channelId: string, card: AdaptiveCard,
): Promise<SendResult & { conversationId: string }> {
  if (turn.personal || turn.channelId !== channelId) {
    const sent = await turnMessenger(svc, turn).cardToChannel(turn.actor.workspaceId, channelId, card);
    return { ...sent, conversationId: channelId };
  }
  const messageId = await send(svc, turn, card);
  return { ok: true, ...(messageId ? { messageId } : {}), conversationId: turn.context.activity.conversation.id };
}

/** `send` for handlers typed Promise<void>. */
export async function reply(svc: Pick<TeamsServices, 'retry'>, turn: Turn, card: AdaptiveCard): Promise<void> {
  await send(svc, turn, card);
}

/** The accounts in the team (or group chat) the bot was called from, as Teams lists them (at most MAX_ROSTER). */
async function accountsHere(svc: TeamsServices, turn: Turn): Promise<TeamsChannelAccount[]> {
  const members: TeamsChannelAccount[] = [];
  let token: string | undefined;
  do {
    const page = await withRetry(() => TeamsInfo.getPagedMembers(turn.context, 100, token), turnRetry(svc.retry, turn.context));
    members.push(...page.members);
    token = page.continuationToken;
  } while (token && members.length < MAX_ROSTER);
  return members;
}

const entryOf = (m: TeamsChannelAccount): RosterEntry => ({ userId: userIdOf(m), displayName: m.name ?? m.id });

/**
 * For a typeahead, which Teams asks every few letters: nobody remembered (the form did so when opened; each search wrote
 * 200 rows), and kept a moment (svc.searchRoster) so the next letters do not ask Teams again.
 */
export function rosterToSearch(svc: TeamsServices, turn: Turn): Promise<RosterEntry[]> {
  return svc.searchRoster.peopleOf(turn.context.activity.conversation.id, async () => (await accountsHere(svc, turn)).map(entryOf));
}

/**
 * The people in the team (or group chat) the bot was called from, remembered so they can get DMs later; null when Teams
 * will not say (logged as `unavailable`): a form works without it.
 */
export async function rosterOrNull(svc: TeamsServices, turn: Turn, unavailable: string): Promise<RosterEntry[] | null> {
  try {
    const members = await accountsHere(svc, turn);
    const place = TurnContext.getConversationReference(turn.context.activity);
    for (const m of members) await rememberMember(svc.deps, turn.actor.workspaceId, place, m);
    return members.map(entryOf);
  } catch (error) {
    if (isAppError(error)) throw error;
    svc.log.warn({ err: error }, unavailable);
    return null;
  }
}

/** People in the conversation not on the team yet; the form still works without them when Teams will not say. */
export async function candidates(svc: TeamsServices, turn: Turn, members: ReadonlyArray<{ userId: string }>): Promise<RosterEntry[]> {
  return notOnTeam((await rosterOrNull(svc, turn, 'teams roster unavailable for the team form')) ?? [], members);
}

/** People added, by their Teams names; someone a typeahead found was never remembered, so the roster is read (and kept) then. */
export async function peopleNamed(svc: TeamsServices, turn: Turn, userIds: readonly string[]): Promise<Array<{ userId: string; name: string }>> {
  const stored = await Promise.all(userIds.map(async (userId) => ({ userId, name: await storedName(svc, turn, userId) })));
  // A bot ('28:') is in no roster; the flow refuses it by its id.
  const unknown = stored.some((p) => !p.name && !p.userId.startsWith('28:'));
  const listed = unknown ? await rosterOrNull(svc, turn, 'teams roster unavailable for people added') : null;
  const inRoster = new Map((listed ?? []).map((r) => [r.userId, r.displayName]));
  return stored.map(({ userId, name }) => ({ userId, name: name || inRoster.get(userId) || nameInActivity(turn, userId) || userId }));
}

const storedName = async (svc: TeamsServices, turn: Turn, userId: string): Promise<string | undefined> =>
  (await loadReference<Reference>(svc.deps, turn.actor.workspaceId, refKey.member(userId)))?.user?.name;

export const displayName = async (svc: TeamsServices, turn: Turn, userId: string): Promise<string> =>
  (await storedName(svc, turn, userId)) || nameInActivity(turn, userId) || userId;

/** The name this message gives the id: a mention's (a bot's, in no roster), else the sender's (also after a delete). */
function nameInActivity(turn: Turn, userId: string): string | undefined {
  const { from } = turn.context.activity;
  const mentioned = mentionsIn(turn.context.activity).find((m) => m.id === userId);
  if (mentioned?.name) return mentioned.name;
  return userIdOf(from) === userId ? from.name || undefined : undefined;
}
