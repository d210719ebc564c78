// How the bot can reach a leerlijn's people on their platform, as kept from their own
// activity in conversation_refs (`member:<user id>`, written by the Teams adapter).
import type { Queryable } from './db.js';

/**
 * The platform account ids ('29:…' in Teams) of the voting members, in team order: the
 * first `limit` voting members are looked at and those without a stored account are left
 * out. One statement, however large the team.
 */
export async function voterAccountIds(db: Queryable, workspaceId: string, leerlijnId: string, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string | null }>(
    `select case when jsonb_typeof(r.reference->'user'->'id') = 'string' then r.reference->'user'->>'id' end as id
       from members m
       left join conversation_refs r on r.workspace_id = $1::uuid and r.ref_key = 'member:' || m.user_id
      where m.leerlijn_id = $2::uuid and m.is_member
      order by m.added_at, m.display_name
      limit $3::int`,
    [workspaceId, leerlijnId, limit],
  );
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}
