// The ports through which the adapters keep their platform's bookkeeping (handled events, Slack
// installations, Teams conversation references): they hold no leerlijn rule, but they need the
// database, which adapters reach only through src/app.
import { createHash } from 'node:crypto';
import {
  conversationRef, deleteSlackInstallation, firstDelivery as firstSeen, forgetDelivery, saveConversationRef, saveSlackInstallation, slackInstallation, tenantOfWorkspace,
  type SlackInstallationRow,
} from '../store/platform-records.js';
import type { Deps } from './context.js';
import { noteReference, placesEpoch, referenceKnown } from './places.js';

type WithDb = Pick<Deps, 'db'>;

/** True the first time an event id is seen: a redelivered event is then left alone. */
export function firstDelivery(deps: WithDb, platform: 'slack' | 'teams', eventId: string): Promise<boolean> {
  return firstSeen(deps.db, platform, eventId);
}

/**
 * True the first time a person's message (a command typed, a card's Submit) arrives; false when the platform
 * delivers it again by the same id. Teams does so when it heard no answer within 15 s (or a 5xx), and the
 * command, which ran, would run again: a second answer in the channel, a second action or planning. A person
 * who types the same words again sends a new message, with its own id, and is answered. So with the bot's
 * arrival (a conversationUpdate), whose welcome would be said twice. Without an id (an Emulator may send
 * none) every message runs. Kept as long as other event ids (housekeeping.ts).
 */
export async function firstDeliveryOfMessage(deps: WithDb, platform: 'teams', where: string, messageId: string | undefined): Promise<boolean> {
  if (!messageId) return true;
  return firstSeen(deps.db, platform, messageKey(where, messageId));
}

/** Both ids may be 512 characters (adapters/teams/edge.ts): a digest keeps the key short. */
const messageKey = (where: string, messageId: string): string => `message:${createHash('sha256').update(where).update('\n').update(messageId).digest('hex')}`;

/** The message as not delivered yet: what it asked for did not get through, and its redelivery is to do it. */
export async function forgetDeliveryOfMessage(deps: WithDb, platform: 'teams', where: string, messageId: string | undefined): Promise<void> {
  if (messageId) await forgetDelivery(deps.db, platform, messageKey(where, messageId));
}

/** Slack installations in Postgres (many-workspace mode), by Bolt's install key. */
export function slackInstallations(deps: WithDb) {
  return {
    save: (row: SlackInstallationRow): Promise<void> => saveSlackInstallation(deps.db, row),
    find: <I>(installKey: string): Promise<I | null> => slackInstallation<I>(deps.db, installKey),
    delete: (installKey: string): Promise<void> => deleteSlackInstallation(deps.db, installKey),
    /** The Slack team id of one of our workspaces, to find its installation. */
    teamOf: (workspaceId: string): Promise<string | null> => tenantOfWorkspace(deps.db, workspaceId),
  };
}

/** Where a conversation reference is kept; store/reach.ts reads `member:` ones too. */
export const refKey = {
  channel: (conversationId: string): string => `channel:${conversationId}`,
  /** The user's 1:1 chat with the bot. */
  user: (userId: string): string => `user:${userId}`,
  /** Where a user can be reached from: their Teams account id and the service url. */
  member: (userId: string): string => `member:${userId}`,
};

/**
 * What of a reference matters for reaching its place. A channel is reached the same way
 * whoever spoke there last and in whatever locale (Teams posts into the conversation as the
 * bot), so a channel's reference is not written again for every member who clicks in it.
 */
function signatureOf(key: string, reference: object): string {
  // Built by the same code every time, so the keys come in the same order: plain JSON will do.
  if (!key.startsWith('channel:')) return JSON.stringify(reference);
  const { user: _user, locale: _locale, ...place } = reference as { user?: unknown; locale?: unknown };
  return JSON.stringify(place);
}

export async function saveReference(deps: WithDb, workspaceId: string, key: string, reference: object): Promise<void> {
  const epoch = placesEpoch(deps.db);
  await saveConversationRef(deps.db, workspaceId, key, reference);
  noteReference(deps.db, { workspaceId, key, signature: signatureOf(key, reference) }, epoch);
}

/** Saves the reference unless this process knows it is stored so already (places.ts, referenceKnown). */
export async function rememberReference(deps: WithDb, workspaceId: string, key: string, reference: object): Promise<void> {
  if (referenceKnown(deps.db, { workspaceId, key, signature: signatureOf(key, reference) })) return;
  await saveReference(deps, workspaceId, key, reference);
}

/** `R`: the platform's reference type; the row holds what that platform stored. */
export function loadReference<R>(deps: WithDb, workspaceId: string, key: string): Promise<R | null> {
  return conversationRef<R>(deps.db, workspaceId, key);
}
