// Teams bookkeeping in Postgres: conversation references for proactive messages and the
// ids of posted cards, so they can be updated later.
import type { ConversationReference } from 'botbuilder';
import type { Queryable } from '../../store/db.js';

export type Reference = Partial<ConversationReference>;

export const refKey = {
  channel: (conversationId: string): string => `channel:${conversationId}`,
  /** The user's 1:1 chat with the bot. */
  user: (userId: string): string => `user:${userId}`,
  /** Where a user can be reached from: their Teams account id and the service url. */
  member: (userId: string): string => `member:${userId}`,
};

export async function saveReference(db: Queryable, workspaceId: string, key: string, reference: Reference): Promise<void> {
  await db.query(
    `insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, $3::jsonb)
     on conflict (workspace_id, ref_key) do update set reference = excluded.reference, updated_at = now()`,
    [workspaceId, key, JSON.stringify(reference)],
  );
}

export async function loadReference(db: Queryable, workspaceId: string, key: string): Promise<Reference | null> {
  const { rows } = await db.query<{ reference: Reference }>(
    `select reference from conversation_refs where workspace_id = $1::uuid and ref_key = $2::text`,
    [workspaceId, key],
  );
  return rows[0]?.reference ?? null;
}
