import type { Queryable } from './db.js';

/** Records who changed what. `detail` holds ids and codes, never user-written text. */
export async function audit(
  db: Queryable,
  entry: { workspaceId: string; leerlijnId: string | null; actor: string; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.query(
    `insert into audit_log (workspace_id, leerlijn_id, actor, action, detail) values ($1::uuid, $2::uuid, $3::text, $4::text, $5::jsonb)`,
    [entry.workspaceId, entry.leerlijnId, entry.actor, entry.action, JSON.stringify(entry.detail ?? {})],
  );
}
