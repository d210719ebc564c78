// Ended leerlijnen looked for by who coordinates them (app/overview.ts), beside leerlijnen.ts's by channel.
import type { Lang } from '../domain/instrument.js';
import type { Queryable } from './db.js';
import { leerlijnColumns, type EndedLeerlijnRow } from './leerlijnen.js';

/** The ended leerlijnen (data still kept) a user coordinates in a workspace, for their overview. */
export async function endedLeerlijnenCoordinatedBy(db: Queryable, workspaceId: string, userId: string): Promise<EndedLeerlijnRow[]> {
  const { rows } = await db.query<EndedLeerlijnRow>(
    `select ${leerlijnColumns('l')}, l.ended_at as "endedAt" from leerlijnen l
     join members m on m.leerlijn_id = l.id
     where l.workspace_id = $1::uuid and m.user_id = $2::text and m.is_coordinator and l.status <> 'active'
     order by l.ended_at desc nulls last, l.created_at desc`,
    [workspaceId, userId],
  );
  return rows.map((row) => ({ ...row, endedAt: new Date(row.endedAt) }));
}

/**
 * The languages of the leerlijnen a person's overview shows: those running that they are on, and the ended ones they
 * coordinate (endedLeerlijnenCoordinatedBy), each once; for the language of what they read outside a leerlijn's channel.
 */
export async function overviewLangsOf(db: Queryable, workspaceId: string, userId: string): Promise<Lang[]> {
  const { rows } = await db.query<{ lang: Lang }>(
    `select distinct l.lang from leerlijnen l
     join members m on m.leerlijn_id = l.id
     where l.workspace_id = $1::uuid and m.user_id = $2::text and (l.status = 'active' or m.is_coordinator)`,
    [workspaceId, userId],
  );
  return rows.map((row) => row.lang);
}
