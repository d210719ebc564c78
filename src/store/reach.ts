// How the bot can reach a leerlijn's people on their platform, as kept from their own
// activity in conversation_refs (`member:<user id>`, written by the Teams adapter).
import type { Queryable } from './db.js';
import { sharedRead } from './shared-reads.js';

/**
 * The platform account ids ('29:…' in Teams) of the voting members, in team order: the
 * first `limit` voting members are looked at and those without a stored account are left
 * out. One statement, however large the team; clicks at the same moment share it
 * (sharedRead: never a read begun before they asked).
 */
export async function voterAccountIds(db: Queryable, workspaceId: string, leerlijnId: string, limit: number): Promise<string[]> {
  const ids = await sharedRead(db, `voter-accounts:${workspaceId}:${leerlijnId}:${limit}`, async () => {
    const { rows } = await db.query<{ id: string | null }>(
      `select case when jsonb_typeof(r.reference->'user'->'id') = 'string' then r.reference->'user'->>'id' end as id
         from (select user_id, added_at, display_name from members
                where leerlijn_id = $2::uuid and is_member order by added_at, display_name limit $3::int) m
         left join conversation_refs r on r.workspace_id = $1::uuid and r.ref_key = 'member:' || m.user_id
        order by m.added_at, m.display_name`,
      [workspaceId, leerlijnId, limit],
      { prepareAs: 'voter_accounts_v1' },
    );
    return rows.flatMap((r) => (r.id ? [r.id] : []));
  });
  return [...ids];
}
