// Messages the bot posted and updates later (score cards, a round's header, closing message and
// result, the filled instrument, an owner's DM), under one key each. Which message is keyed how
// is decided here, once; the adapters post and update them in their platform's way.
import { cardKey, claimCardRefresh, claimPosting, findMessage, findMessages, forgetMessage, releasePosting, rememberMessage, renameMessage, resultKey, rewriteMessage, type MessagePlace, type PostedMessage } from '../store/posted-messages.js';
import type { OnderdeelCode } from '../domain/instrument.js';
import type { StatusChange } from './actions.js';
import type { Logger } from '../logger.js';
import type { Deps } from './context.js';
import type { Messenger, SendResult } from './messenger.js';
import type { Notice } from './notices.js';
import type { ActionView } from './views.js';

export { cardKey, resultKey, type PostedMessage };

/** The round's header message (Slack): its id is the thread the cards live in. */
export const headerKey = (roundId: string): string => `header:${roundId}`;
/** The message that told the channel the round closed, with its "agree all": redrawn without it once nothing is left to agree. */
export const closedKey = (roundId: string): string => `closed:${roundId}`;
/**
 * The round-closed message not posted (app/flows/closing.ts): `scores` posts it then. A
 * mark, no message (its id is empty): a round closed before closed:<round> was kept has neither,
 * and its channel was told.
 */
export const untoldKey = (roundId: string): string => `untold:${roundId}`;
const TEAM_TOLD_PREFIX = 'team_told:';
const TEAM_MOVES_PREFIX = 'team_moves:';
/**
 * A mark, no message: the channel was told the team a paged team form's session saved (app/flows/team-form.ts);
 * its message id is a digest of the team as told, so only the same team is not told twice. Under the leerlijn
 * too: a session id sent with another leerlijn's form (card data can be replayed) must not hide its team.
 */
export const teamToldKey = (leerlijnId: string, sessionId: string): string => `${TEAM_TOLD_PREFIX}${leerlijnId}:${sessionId}`;
/** The records a team form's session keeps (team_told, team_moves): of use while its pages are being sent, so a day at most (app/housekeeping.ts). */
export const TEAM_SESSION_KEYS = [TEAM_TOLD_PREFIX, TEAM_MOVES_PREFIX] as const;
/**
 * A record, no message: what a paged team form's session saved (who its pages added and took off that the channel
 * has not heard of yet, the coordinators it last heard of; app/flows/team-session.ts); its message id holds
 * them. Under the leerlijn, as team_told.
 */
export const teamMovesKey = (leerlijnId: string, sessionId: string): string => `${TEAM_MOVES_PREFIX}${leerlijnId}:${sessionId}`;
/**
 * The round's outcome posted in the channel once all ten are agreed, where the team reads on (Teams: the result card
 * again; its head card, under result:, stands above the round's cards). Slack posts its result under result:.
 * Too big for one Teams message, part `part` of it: the first keeps the key an outcome of one message always had.
 */
export const outcomeKey = (roundId: string, part = 0): string => (part === 0 ? `${OUTCOME_PREFIX}${roundId}` : `${OUTCOME_PREFIX}${roundId}:${part}`);
/** How outcomeKey's keys start: its leerlijn deleted, the outcome (its scores and chart) is drawn deleted (app/leftovers.ts). */
export const OUTCOME_PREFIX = 'outcome:';
/** Slack's result message, part `part` of it when it runs over several messages: the first keeps the key it always had. */
export const resultPartKey = (roundId: string, part: number): string => (part === 0 ? resultKey(roundId) : `${resultKey(roundId)}:${part}`);
/** One key per message of the filled instrument: with many notes it runs over several messages. */
export const instrumentKey = (roundId: string, part: number): string => `${INSTRUMENT_PREFIX}${roundId}:${part}`;
/** How instrumentKey's keys start (Slack's filled instrument: every score and note), for its leerlijn's deletion (app/leftovers.ts). */
export const INSTRUMENT_PREFIX = 'instrument:';
/** How Slack's result messages' keys start (resultPartKey); Teams keeps its head card under them, drawn as the round's head. */
export const RESULT_PREFIX = resultKey('');
/** Where replicas on the code before migration 0006 recorded a round's result card (Teams). */
const oldResultKey = (roundId: string): string => `round:${roundId}`;
/** Where a round's result card is found: during a rolling deploy a replica before migration 0006 still posts it under the old key. */
export const resultKeys = (roundId: string): readonly [string, ...string[]] => [resultKey(roundId), oldResultKey(roundId)];
/**
 * The owner DM that lists an action, so a click in that DM can redraw it. The platform hands
 * us the DM channel on the click, so the record keeps the owner in channel_id.
 */
const ownerDmKey = (actionId: string): string => `owner_dm:${actionId}`;

/** A call on a message the bot posted: 'gone' when the platform no longer has it (`isGone`: deleted in the channel); any other failure is thrown. */
export async function orGone(call: Promise<unknown>, isGone: (error: unknown) => boolean): Promise<void | 'gone'> {
  try {
    await call;
  } catch (error) {
    if (!isGone(error)) throw error;
    return 'gone';
  }
}

export function postedMessage(deps: Pick<Deps, 'db'>, workspaceId: string, key: string): Promise<PostedMessage | null> {
  return findMessage(deps.db, workspaceId, key);
}

/** The messages posted under any of `keys`, each with its key. */
export function postedUnder(deps: Pick<Deps, 'db'>, workspaceId: string, keys: readonly string[]): Promise<Array<PostedMessage & { key: string }>> {
  return findMessages(deps.db, workspaceId, keys);
}

/** The first of `keys` that was posted, in their order: a message may still be recorded under an older key. */
export async function firstPosted(deps: Pick<Deps, 'db'>, workspaceId: string, keys: readonly string[]): Promise<PostedMessage | null> {
  const found = await postedUnder(deps, workspaceId, keys);
  const first = keys.map((key) => found.find((m) => m.key === key)).find((m) => m !== undefined);
  return first ? { channelId: first.channelId, messageId: first.messageId } : null;
}

export function forgetPosted(deps: Pick<Deps, 'db'>, workspaceId: string, key: string): Promise<void> {
  return forgetMessage(deps.db, workspaceId, key);
}

/** Rewrites the record at `place` from what it holds (null: nothing yet), against any other writer at the same moment; what was written. */
export function rewritePosted(deps: Pick<Deps, 'db'>, place: MessagePlace, next: (messageId: string | null) => string): Promise<string> {
  return rewriteMessage(deps.db, place, next);
}

export function renamePosted(deps: Pick<Deps, 'db'>, workspaceId: string, from: string, to: string): Promise<boolean> {
  return renameMessage(deps.db, workspaceId, from, to);
}

/** A message the bot posted, under the key it is found again by. */
export interface PostedRecord {
  workspaceId: string;
  /** Null for a message that belongs to no leerlijn (a form opened before one started). */
  leerlijnId: string | null;
  key: string;
  message: PostedMessage;
}

export function rememberPosted(deps: Pick<Deps, 'db'>, { workspaceId, leerlijnId, key, message }: PostedRecord): Promise<void> {
  return rememberMessage(deps.db, workspaceId, leerlijnId, key, message);
}

/** The cards of a round that are not in the channel yet, in the round's order. */
export async function unpostedCards<C extends { onderdeel: OnderdeelCode }>(deps: Pick<Deps, 'db'>, workspaceId: string, roundId: string, cards: readonly C[]): Promise<C[]> {
  const found = await Promise.all(cards.map((c) => findMessage(deps.db, workspaceId, cardKey(roundId, c.onderdeel))));
  return cards.filter((_, i) => !found[i]);
}

/** The thread of a round's cards (Slack); unknown for rounds posted before headers were recorded. */
export async function roundThread(deps: Pick<Deps, 'db'>, workspaceId: string, roundId: string): Promise<string | undefined> {
  return (await findMessage(deps.db, workspaceId, headerKey(roundId)))?.messageId;
}

/** One live-count update of a posted score card: the card's key, at `at` (ms), at most once per `intervalMs`. */
export interface LiveCountClaim {
  workspaceId: string;
  key: string;
  at: number;
  intervalMs: number;
}

/**
 * Claims the next live-count update of a posted score card for this replica (see
 * claimCardRefresh): several replicas together update a card at most once per interval.
 */
export function claimLiveCount(deps: Pick<Deps, 'db'>, { workspaceId, key, at, intervalMs }: LiveCountClaim): Promise<boolean> {
  return claimCardRefresh(deps.db, workspaceId, key, at, intervalMs);
}

/** What a posting claim is on. */
export interface PostingClaim {
  workspaceId: string;
  /** Null for a claim that belongs to no leerlijn. */
  leerlijnId: string | null;
  what: string;
  /** A claim older than this is taken over (its holder died); the store's default when absent. */
  staleMs?: number;
}

/**
 * Runs `post` while holding the posting claim on `what` across replicas; 'busy' when another
 * poster holds it. Without it, a second `scores` typed while the first is still posting
 * would post every card twice.
 */
export async function whilePosting<T>(deps: Pick<Deps, 'db' | 'now'>, { workspaceId, leerlijnId, what, staleMs }: PostingClaim, post: () => Promise<T>): Promise<T | 'busy'> {
  if (!(await claimPosting(deps.db, workspaceId, leerlijnId, what, deps.now(), staleMs))) return 'busy';
  try {
    return await post();
  } finally {
    await releasePosting(deps.db, workspaceId, what);
  }
}

/**
 * `notice` sent to one person; a DM listing an owner's actions is noted under each of them, so a
 * click there can redraw it (ownerDmActions). Not noted, it is logged: the DM itself was sent.
 * (Slack's; a platform that redraws its DMs otherwise sends through the Messenger alone.)
 */
export async function notifyNoted(deps: Pick<Deps, 'db'>, log: Logger, messenger: Messenger, to: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
  const sent = await messenger.toUser(to, notice);
  if (!sent.ok || !sent.messageId || notice.type !== 'owner_actions') return sent;
  const dm = { channelId: to.userId, messageId: sent.messageId };
  try {
    for (const a of notice.actions) await rememberMessage(deps.db, to.workspaceId, notice.leerlijn.id, ownerDmKey(a.id), dm);
  } catch (error) {
    log.warn({ err: error }, 'owner DM not recorded');
  }
  return sent;
}

/**
 * The owner's actions the DM `messageId` lists, after a change made from it: null when the
 * click came from another message (a reminder), which then shows flows/actions.ts ownerListAfter.
 */
export async function ownerDmActions(deps: Pick<Deps, 'db'>, workspaceId: string, messageId: string, change: StatusChange): Promise<ActionView[] | null> {
  const mine = await findMessage(deps.db, workspaceId, ownerDmKey(change.action.id));
  if (mine?.messageId !== messageId) return null;
  const owners = change.ownerActions;
  const listed = await Promise.all(owners.map((a) => findMessage(deps.db, workspaceId, ownerDmKey(a.id))));
  return owners.filter((_, i) => listed[i]?.messageId === messageId);
}

/** How the keys of where a step's document was posted start (app/step-documents.ts; app/leftovers.ts finds them by it). */
export const DOCUMENT_PREFIX = 'document:';

/**
 * A leerlijn's reply in a channel that everyone reads and its asker has their own view of (Teams: a plan, a next step), kept
 * under its last message, the one with the buttons: its leerlijn deleted, it is drawn again without them (app/leftovers.ts).
 */
export const SHARED_REPLY_PREFIX = 'reply:';
const sharedReplyKey = (channelId: string, lastId: string): string => `${SHARED_REPLY_PREFIX}${channelId}:${lastId}`;

/** A shared reply's messages, in order (rememberParts), and the reply itself under its last one. */
export async function rememberSharedReply(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string, channelId: string, messageIds: readonly string[]): Promise<void> {
  const last = messageIds.at(-1);
  if (last) await rememberMessage(deps.db, workspaceId, leerlijnId, sharedReplyKey(channelId, last), { channelId, messageId: last });
  await rememberParts(deps, workspaceId, leerlijnId, channelId, messageIds);
}

/** A notice the scheduler posted in a channel with a button (app/notices.ts offersButtonInChannel), kept for its leerlijn's deletion. */
export const CHANNEL_NOTICE_PREFIX = 'notice:';

export function rememberChannelNotice(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string, message: PostedMessage): Promise<void> {
  return rememberMessage(deps.db, workspaceId, leerlijnId, `${CHANNEL_NOTICE_PREFIX}${message.channelId}:${message.messageId}`, message);
}

/** The comparison of week 17 with week 1 as posted in the channel (its scores; Teams: its chart), kept for its leerlijn's deletion. */
export const COMPARISON_PREFIX = 'comparison:';

/** Each message of a posted comparison kept under its own key; not kept, it is logged: the comparison itself was posted. */
export async function rememberComparison(
  by: { deps: Pick<Deps, 'db'>; log: Logger }, at: { workspaceId: string; leerlijnId: string; channelId: string }, messageIds: readonly string[],
): Promise<void> {
  try {
    for (const messageId of messageIds) {
      await rememberMessage(by.deps.db, at.workspaceId, at.leerlijnId, `${COMPARISON_PREFIX}${at.channelId}:${messageId}`, { channelId: at.channelId, messageId });
    }
  } catch (error) {
    by.log.warn({ err: error }, 'comparison posted, not kept');
  }
}

/** At most this many messages of one card are kept: a card needing more is cut shorter first (Teams: cards/split.ts). */
const MAX_PARTS = 20;
/**
 * One key per message of a card that went as several (Teams takes at most 100 KB in a message), under
 * the channel and its last message: that one carries the card's buttons and its asker's own view, so a
 * form sent from it names it, and a redraw must rewrite every part, not the whole card into the last.
 */
const partKey = (channelId: string, lastId: string, part: number): string => `part:${channelId}:${lastId}:${part}`;
const partKeys = (last: PostedMessage): string[] => Array.from({ length: MAX_PARTS }, (_, i) => partKey(last.channelId, last.messageId, i));

/** The messages of one card, in order, under its last one; a card in one message keeps nothing. */
export async function rememberParts(deps: Pick<Deps, 'db'>, workspaceId: string, leerlijnId: string | null, channelId: string, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length < 2) return;
  const keys = partKeys({ channelId, messageId: messageIds.at(-1)! });
  for (const [i, messageId] of messageIds.slice(0, MAX_PARTS).entries()) await rememberMessage(deps.db, workspaceId, leerlijnId, keys[i]!, { channelId, messageId });
}

/** The messages of the card whose last message is `last`, in order: only `last` where it went as one. */
export async function postedParts(deps: Pick<Deps, 'db'>, workspaceId: string, last: PostedMessage): Promise<string[]> {
  const keys = partKeys(last);
  const found = await findMessages(deps.db, workspaceId, keys);
  const ids = keys.map((key) => found.find((m) => m.key === key)?.messageId).filter((id): id is string => id !== undefined);
  return ids.at(-1) === last.messageId ? ids : [last.messageId];
}

/** The card's `count` messages are no longer kept under `last` (redrawn over other messages, or as one). */
export async function forgetParts(deps: Pick<Deps, 'db'>, workspaceId: string, last: PostedMessage, count: number): Promise<void> {
  for (const key of partKeys(last).slice(0, count)) await forgetMessage(deps.db, workspaceId, key);
}
