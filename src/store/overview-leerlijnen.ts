// The leerlijnen a person's overview lists (app/overview.ts): running ones they are on, and ended ones
// (data still kept) they coordinate, beside leerlijnen.ts's by channel.
import type { Lang } from '../domain/instrument.js';
import type { Queryable } from './db.js';
import { leerlijnColumns, type EndedLeerlijnRow, type LeerlijnRow } from './leerlijnen.js';

/** Which leerlijnen the overview lists: one condition for the list and for its language (overviewLangsOf). */
const LISTED = `l.workspace_id = $1::uuid and m.user_id = $2::text and (l.status = 'active' or m.is_coordinator)`;

export interface OverviewLeerlijnen {
  /** Running, in the order they started. */
  running: LeerlijnRow[];
  /** Ended and coordinated by them, the last ended first. */
  ended: EndedLeerlijnRow[];
}

/** A person's running and ended leerlijnen for their overview, in one statement (it is read on every App Home open). */
export async function overviewLeerlijnenOf(db: Queryable, workspaceId: string, userId: string): Promise<OverviewLeerlijnen> {
  const { rows } = await db.query<LeerlijnRow & { endedAt: Date | string | null }>(
    `select ${leerlijnColumns('l')}, l.ended_at as "endedAt" from leerlijnen l
     join members m on m.leerlijn_id = l.id
     where ${LISTED}
     order by l.status <> 'active', case when l.status = 'active' then l.created_at end, l.ended_at desc nulls last, l.created_at desc`,
    [workspaceId, userId],
  );
  const running: LeerlijnRow[] = [];
  const ended: EndedLeerlijnRow[] = [];
  for (const { endedAt, ...row } of rows) {
    if (row.status === 'active') running.push(row);
    else ended.push({ ...row, endedAt: new Date(endedAt ?? 0) });
  }
  return { running, ended };
}

/**
 * The languages of the leerlijnen a person's overview lists (overviewLeerlijnenOf), each once; for the language of
 * what they read outside a leerlijn's channel.
 */
export async function overviewLangsOf(db: Queryable, workspaceId: string, userId: string): Promise<Lang[]> {
  const { rows } = await db.query<{ lang: Lang }>(
    `select distinct l.lang from leerlijnen l
     join members m on m.leerlijn_id = l.id
     where ${LISTED}`,
    [workspaceId, userId],
  );
  return rows.map((row) => row.lang);
}

/**
 * The languages of the teams (data still kept) the person is no longer working in, each once: taken off one, or on one whose
 * leerlijn ended. What they read outside a channel once they are on no running team, as that team's last notice told them.
 */
export async function pastTeamLangsOf(db: Queryable, workspaceId: string, userId: string): Promise<Lang[]> {
  const { rows } = await db.query<{ lang: Lang }>(
    `select l.lang from leerlijnen l join former_members f on f.leerlijn_id = l.id where l.workspace_id = $1::uuid and f.user_id = $2::text
     union
     select l.lang from leerlijnen l join members m on m.leerlijn_id = l.id where l.workspace_id = $1::uuid and m.user_id = $2::text and l.status <> 'active'`,
    [workspaceId, userId],
  );
  return rows.map((row) => row.lang);
}

/**
 * Whether the person is on the team of an ended leerlijn (data still kept) they do not coordinate: the overview lists
 * none of it, yet they are on a team, so it must not tell them to ask to be added to one.
 */
export async function onEndedTeam(db: Queryable, workspaceId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from leerlijnen l join members m on m.leerlijn_id = l.id
     where l.workspace_id = $1::uuid and m.user_id = $2::text and l.status <> 'active' limit 1`,
    [workspaceId, userId],
  );
  return rows.length > 0;
}
