// Where a posted message lives (a score card, a result, the timeline), so either adapter can
// update it later: message_id is a Slack ts or a Teams activity id.
import type { Db, Queryable } from './db.js';

export interface PostedMessage {
  channelId: string;
  messageId: string;
}

export const cardKey = (roundId: string, code: string): string => `card:${roundId}:${code}`;
export const resultKey = (roundId: string): string => `result:${roundId}`;

export async function rememberMessage(db: Queryable, workspaceId: string, leerlijnId: string | null, key: string, m: PostedMessage): Promise<void> {
  await db.query(
    `insert into posted_messages (workspace_id, leerlijn_id, key, channel_id, message_id)
     values ($1::uuid, $2::uuid, $3::text, $4::text, $5::text)
     on conflict (workspace_id, key) do update set channel_id = excluded.channel_id, message_id = excluded.message_id, updated_at = now()`,
    [workspaceId, leerlijnId, key, m.channelId, m.messageId],
  );
}

/** Where a record lives, for rewriteMessage. */
export interface MessagePlace {
  workspaceId: string;
  leerlijnId: string | null;
  key: string;
  channelId: string;
}

/**
 * Writes `next(what the record holds)` under `key` (null: nothing yet), its row locked for the while:
 * two writers at once each build on the other's write instead of one losing it. The row is made first
 * (an empty message id) so there is one to lock: a second writer's insert waits for the first's to
 * commit (Postgres); the embedded database runs one transaction at a time. Returns what was written.
 */
export async function rewriteMessage(db: Db, { workspaceId, leerlijnId, key, channelId }: MessagePlace, next: (messageId: string | null) => string): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.query(
      `insert into posted_messages (workspace_id, leerlijn_id, key, channel_id, message_id) values ($1::uuid, $2::uuid, $3::text, $4::text, '')
       on conflict (workspace_id, key) do nothing`,
      [workspaceId, leerlijnId, key, channelId],
    );
    const { rows } = await tx.query<{ messageId: string }>(`select message_id as "messageId" from posted_messages where workspace_id = $1::uuid and key = $2::text for update`, [workspaceId, key]);
    const written = next(rows[0]?.messageId || null);
    await tx.query(`update posted_messages set channel_id = $3::text, message_id = $4::text, updated_at = now() where workspace_id = $1::uuid and key = $2::text`, [workspaceId, key, channelId, written]);
    return written;
  });
}

export async function findMessage(db: Queryable, workspaceId: string, key: string): Promise<PostedMessage | null> {
  const { rows } = await db.query<PostedMessage>(
    `select channel_id as "channelId", message_id as "messageId" from posted_messages where workspace_id = $1::uuid and key = $2::text`,
    [workspaceId, key],
  );
  return rows[0] ?? null;
}

/** The records under any of `keys`, each with its key, in one statement. */
export async function findMessages(db: Queryable, workspaceId: string, keys: readonly string[]): Promise<Array<PostedMessage & { key: string }>> {
  const { rows } = await db.query<PostedMessage & { key: string }>(
    `select key, channel_id as "channelId", message_id as "messageId" from posted_messages where workspace_id = $1::uuid and key = any($2::text[])`,
    [workspaceId, [...keys]],
  );
  return rows;
}

/**
 * Claims the next live-count update of a posted card for this replica: false when any
 * replica updated it less than `intervalMs` before `at`, so N replicas together still make
 * at most one update per card per interval. `at` comes from the updater's clock, so tests
 * on a manual clock claim deterministically. A card never recorded cannot be shared between
 * replicas; it is claimed.
 */
export async function claimCardRefresh(db: Queryable, workspaceId: string, key: string, at: number, intervalMs: number): Promise<boolean> {
  const { rows } = await db.query<{ claimed: boolean; known: boolean }>(
    `with claim as (
       update posted_messages set refreshed_at = $3::timestamptz
        where workspace_id = $1::uuid and key = $2::text
          and (refreshed_at is null or refreshed_at <= $3::timestamptz - make_interval(secs => $4::int / 1000.0))
        returning 1)
     select exists (select 1 from claim) as claimed,
            exists (select 1 from posted_messages where workspace_id = $1::uuid and key = $2::text) as known`,
    [workspaceId, key, new Date(at).toISOString(), intervalMs],
  );
  const row = rows[0];
  return !row || row.claimed || !row.known;
}

const postingKey = (what: string): string => `posting:${what}`;

/**
 * One poster at a time for a set of messages (a round's header and cards), across replicas:
 * a row under `posting:<what>`, taken when absent or older than `staleMs` (its poster died
 * midway), and dropped by `releasePosting` when done. Without it, a second `scores` typed
 * while the first is still posting would post every card twice.
 */
// Eleven posts take a few seconds, more under rate limits; a claim older than this was left
// by a poster that died midway, and the next one takes over.
const POSTING_STALE_MS = 120_000;

export async function claimPosting(db: Queryable, workspaceId: string, leerlijnId: string | null, what: string, at: Date, staleMs = POSTING_STALE_MS): Promise<boolean> {
  const { rows } = await db.query(
    `insert into posted_messages (workspace_id, leerlijn_id, key, channel_id, message_id, updated_at)
     values ($1::uuid, $2::uuid, $3::text, '', '', $4::timestamptz)
     on conflict (workspace_id, key) do update set updated_at = excluded.updated_at
       where posted_messages.updated_at <= $4::timestamptz - make_interval(secs => $5::int / 1000.0)
     returning 1`,
    [workspaceId, leerlijnId, postingKey(what), at.toISOString(), staleMs],
  );
  return rows.length > 0;
}

export function releasePosting(db: Queryable, workspaceId: string, what: string): Promise<void> {
  return forgetMessage(db, workspaceId, postingKey(what));
}

/**
 * Gives the messages kept in a channel for no leerlijn (start forms opened where none ran yet) to
 * the leerlijn started there: they then go with it when it is deleted.
 */
export async function adoptChannelMessages(db: Queryable, workspaceId: string, channelId: string, leerlijnId: string): Promise<void> {
  await db.query(
    `update posted_messages set leerlijn_id = $3::uuid where workspace_id = $1::uuid and channel_id = $2::text and leerlijn_id is null`,
    [workspaceId, channelId, leerlijnId],
  );
}

/** A leerlijn's records whose key starts with any of `prefixes`, each with its key, in one statement. */
export async function leerlijnMessagesUnder(
  db: Queryable, workspaceId: string, leerlijnId: string, prefixes: readonly string[],
): Promise<Array<PostedMessage & { key: string }>> {
  const { rows } = await db.query<PostedMessage & { key: string }>(
    `select key, channel_id as "channelId", message_id as "messageId" from posted_messages
     where workspace_id = $1::uuid and leerlijn_id = $2::uuid and exists (select 1 from unnest($3::text[]) as p(prefix) where starts_with(key, p.prefix))
     order by key`,
    [workspaceId, leerlijnId, [...prefixes]],
  );
  return rows;
}

/** Moves a record to another key, in one statement; false when there was none under `from`. */
export async function renameMessage(db: Queryable, workspaceId: string, from: string, to: string): Promise<boolean> {
  const { rowCount } = await db.query(`update posted_messages set key = $3::text where workspace_id = $1::uuid and key = $2::text`, [workspaceId, from, to]);
  return (rowCount ?? 0) > 0;
}

export async function forgetMessage(db: Queryable, workspaceId: string, key: string): Promise<void> {
  await db.query(`delete from posted_messages where workspace_id = $1::uuid and key = $2::text`, [workspaceId, key]);
}

export interface ExpiredMessages {
  /** Records of no leerlijn (a start form opened in a channel where none was ever started, a claim left by a send that died) last written before this. */
  unownedBefore: Date;
  /** Records whose key starts with any of these prefixes, last written before `sessionsBefore`. */
  sessionPrefixes: readonly string[];
  sessionsBefore: Date;
}

/**
 * Deletes both kinds of expired records in one statement (the tick runs every minute; one pass over the
 * table, not two); how many of each. A record of both kinds counts as unowned.
 */
export async function forgetExpiredMessages(db: Queryable, expired: ExpiredMessages): Promise<{ unowned: number; sessions: number }> {
  const { rows } = await db.query<{ unowned: boolean }>(
    `delete from posted_messages
     where (leerlijn_id is null and updated_at < $1::timestamptz)
        or (updated_at < $3::timestamptz and exists (select 1 from unnest($2::text[]) as p(prefix) where starts_with(key, p.prefix)))
     returning (leerlijn_id is null and updated_at < $1::timestamptz) as unowned`,
    [expired.unownedBefore.toISOString(), [...expired.sessionPrefixes], expired.sessionsBefore.toISOString()],
  );
  const unowned = rows.filter((row) => row.unowned).length;
  return { unowned, sessions: rows.length - unowned };
}
