// What the adapters keep about their platform, apart from the leerlijn: event ids handled
// already, Slack installations (with bot tokens: never logged), and Teams conversation
// references (where to reach a channel or person later).
import type { Queryable } from './db.js';

/** True the first time an event id is seen (platforms redeliver what they think was missed). */
export async function firstDelivery(db: Queryable, platform: 'slack' | 'teams', eventId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into processed_events (platform, event_id) values ($1::text, $2::text) on conflict do nothing`,
    [platform, eventId],
  );
  return rowCount === 1;
}

/** The event id as not seen: its redelivery is handled as a first (a welcome that did not get through). */
export async function forgetDelivery(db: Queryable, platform: 'slack' | 'teams', eventId: string): Promise<void> {
  await db.query(`delete from processed_events where platform = $1::text and event_id = $2::text`, [platform, eventId]);
}

/** Deletes the event ids seen before `before`; how many. */
export async function forgetEventsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query(`delete from processed_events where at < $1::timestamptz`, [before.toISOString()]);
  return rowCount ?? 0;
}

/** The platform's tenant id (a Slack team id) of one of our workspaces. */
export async function tenantOfWorkspace(db: Queryable, workspaceId: string): Promise<string | null> {
  const { rows } = await db.query<{ tenantId: string }>(`select tenant_id as "tenantId" from workspaces where id = $1::uuid`, [workspaceId]);
  return rows[0]?.tenantId ?? null;
}

export interface SlackInstallationRow {
  installKey: string;
  teamId: string | null;
  enterpriseId: string | null;
  installation: object;
}

export async function saveSlackInstallation(db: Queryable, row: SlackInstallationRow): Promise<void> {
  await db.query(
    `insert into slack_installations (install_key, team_id, enterprise_id, installation)
     values ($1::text, $2::text, $3::text, $4::jsonb)
     on conflict (install_key) do update set installation = excluded.installation, installed_at = now()`,
    [row.installKey, row.teamId, row.enterpriseId, JSON.stringify(row.installation)],
  );
}

export async function slackInstallation<I>(db: Queryable, installKey: string): Promise<I | null> {
  const { rows } = await db.query<{ installation: I }>(`select installation from slack_installations where install_key = $1::text`, [installKey]);
  return rows[0]?.installation ?? null;
}

export async function deleteSlackInstallation(db: Queryable, installKey: string): Promise<void> {
  await db.query(`delete from slack_installations where install_key = $1::text`, [installKey]);
}

export async function saveConversationRef(db: Queryable, workspaceId: string, key: string, reference: object): Promise<void> {
  await db.query(
    `insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, $3::jsonb)
     on conflict (workspace_id, ref_key) do update set reference = excluded.reference, updated_at = now()`,
    [workspaceId, key, JSON.stringify(reference)],
  );
}

export async function conversationRef<R>(db: Queryable, workspaceId: string, key: string): Promise<R | null> {
  const { rows } = await db.query<{ reference: R }>(`select reference from conversation_refs where workspace_id = $1::uuid and ref_key = $2::text`, [workspaceId, key]);
  return rows[0]?.reference ?? null;
}
