// Teams bookkeeping in Postgres: conversation references for proactive messages and the
// ids of posted cards, so they can be updated later.
import type { ConversationReference } from 'botbuilder';
import { noteReference, placesEpoch, referenceKnown } from '../../app/places.js';
import type { Queryable } from '../../store/db.js';

export type Reference = Partial<ConversationReference>;

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
function signatureOf(key: string, reference: Reference): string {
  // Built by the same code every time, so the keys come in the same order: plain JSON will do.
  if (!key.startsWith('channel:')) return JSON.stringify(reference);
  const { user: _user, locale: _locale, ...place } = reference;
  return JSON.stringify(place);
}

export async function saveReference(db: Queryable, workspaceId: string, key: string, reference: Reference): Promise<void> {
  const epoch = placesEpoch(db);
  await db.query(
    `insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, $3::jsonb)
     on conflict (workspace_id, ref_key) do update set reference = excluded.reference, updated_at = now()`,
    [workspaceId, key, JSON.stringify(reference)],
  );
  noteReference(db, workspaceId, key, signatureOf(key, reference), epoch);
}

/** Saves the reference unless this process knows it is stored so already (app/places.ts, referenceKnown). */
export async function rememberReference(db: Queryable, workspaceId: string, key: string, reference: Reference): Promise<void> {
  if (referenceKnown(db, workspaceId, key, signatureOf(key, reference))) return;
  await saveReference(db, workspaceId, key, reference);
}

export async function loadReference(db: Queryable, workspaceId: string, key: string): Promise<Reference | null> {
  const { rows } = await db.query<{ reference: Reference }>(
    `select reference from conversation_refs where workspace_id = $1::uuid and ref_key = $2::text`,
    [workspaceId, key],
  );
  return rows[0]?.reference ?? null;
}
