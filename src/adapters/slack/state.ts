// Slack bookkeeping in Postgres: where cards and results were posted, and which events
// were handled already (Slack redelivers events it thinks were not acknowledged).
import type { Queryable } from '../../store/db.js';

export interface PostedMessage {
  channelId: string;
  messageId: string;
}

export async function rememberMessage(db: Queryable, workspaceId: string, leerlijnId: string, key: string, m: PostedMessage): Promise<void> {
  await db.query(
    `insert into posted_messages (workspace_id, leerlijn_id, key, channel_id, message_id)
     values ($1::uuid, $2::uuid, $3::text, $4::text, $5::text)
     on conflict (workspace_id, key) do update set channel_id = excluded.channel_id, message_id = excluded.message_id, updated_at = now()`,
    [workspaceId, leerlijnId, key, m.channelId, m.messageId],
  );
}

export async function findMessage(db: Queryable, workspaceId: string, key: string): Promise<PostedMessage | null> {
  const { rows } = await db.query<PostedMessage>(
    `select channel_id as "channelId", message_id as "messageId" from posted_messages where workspace_id = $1::uuid and key = $2::text`,
    [workspaceId, key],
  );
  return rows[0] ?? null;
}

/** True the first time an event id is seen. */
export async function firstDelivery(db: Queryable, eventId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into processed_events (platform, event_id) values ('slack', $1::text) on conflict do nothing`,
    [eventId],
  );
  return rowCount === 1;
}

export const cardKey = (roundId: string, code: string): string => `card:${roundId}:${code}`;
export const resultKey = (roundId: string): string => `result:${roundId}`;
