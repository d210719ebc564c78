// People taken off a leerlijn's team, by the name the team knew them by: their actions keep them
// as owner until the coordinator gives them to another, and the team's lists say who that was.
import type { Queryable } from './db.js';

/** Takes people off the team and keeps the name they went by; taken off again, the newer name. */
export async function removeMembers(db: Queryable, leerlijnId: string, userIds: readonly string[], now: Date): Promise<void> {
  await db.query(
    `with gone as (
       delete from members where leerlijn_id = $1::uuid and user_id = any($2::text[])
       returning leerlijn_id, user_id, display_name
     )
     insert into former_members (leerlijn_id, user_id, display_name, left_at)
     select leerlijn_id, user_id, display_name, $3::timestamptz from gone
     on conflict (leerlijn_id, user_id) do update set display_name = excluded.display_name, left_at = excluded.left_at`,
    [leerlijnId, userIds, now],
  );
}

/** Someone added to the team again is a member, no longer a former one. */
export async function rejoined(db: Queryable, leerlijnId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.query(`delete from former_members where leerlijn_id = $1::uuid and user_id = any($2::text[])`, [leerlijnId, userIds]);
}

/**
 * The names of those who left, by user id. A name that is only their id (the platform never gave
 * one) is left out: it would show the id the lists are meant to hide.
 */
export async function formerMemberNames(db: Queryable, leerlijnId: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ userId: string; displayName: string }>(
    `select user_id as "userId", display_name as "displayName" from former_members
      where leerlijn_id = $1::uuid and display_name <> user_id`,
    [leerlijnId],
  );
  return new Map(rows.map((r) => [r.userId, r.displayName]));
}
