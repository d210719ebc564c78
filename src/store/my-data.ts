// One person's own answers across the leerlijnen of a workspace: their votes and their
// notes, for the right of access (`mijn-gegevens`). Always filtered on that person.
import { ONDERDEEL_CODES } from '../domain/instrument.js';
import type { Queryable } from './db.js';

export interface MyVoteRow {
  leerlijnId: string;
  schoolName: string;
  moment: 'week1' | 'week17';
  onderdeel: string;
  score: number;
  at: string;
}

export interface MyNoteRow {
  leerlijnId: string;
  schoolName: string;
  moment: 'week1' | 'week17';
  onderdeel: string;
  body: string;
  at: string;
}

const AT = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `leerlijnId` null: every leerlijn of the workspace. Each round's votes in the instrument's order, as its cards stand. */
export async function myVotes(db: Queryable, workspaceId: string, userId: string, leerlijnId: string | null): Promise<MyVoteRow[]> {
  const { rows } = await db.query<MyVoteRow>(
    `select l.id as "leerlijnId", l.school_name as "schoolName", r.moment, v.onderdeel, v.score, ${AT('v.clicked_at')} as at
       from votes v join score_rounds r on r.id = v.round_id join leerlijnen l on l.id = r.leerlijn_id
      where l.workspace_id = $1::uuid and v.user_id = $2::text and ($3::uuid is null or l.id = $3::uuid)
      order by l.created_at, r.opened_at, array_position($4::text[], v.onderdeel)`,
    [workspaceId, userId, leerlijnId, [...ONDERDEEL_CODES]],
  );
  return rows;
}

export async function myNotes(db: Queryable, workspaceId: string, userId: string, leerlijnId: string | null): Promise<MyNoteRow[]> {
  const { rows } = await db.query<MyNoteRow>(
    `select l.id as "leerlijnId", l.school_name as "schoolName", r.moment, n.onderdeel, n.body, ${AT('n.created_at')} as at
       from notes n join score_rounds r on r.id = n.round_id join leerlijnen l on l.id = r.leerlijn_id
      where l.workspace_id = $1::uuid and n.user_id = $2::text and ($3::uuid is null or l.id = $3::uuid)
      order by l.created_at, r.opened_at, n.created_at, n.id`,
    [workspaceId, userId, leerlijnId],
  );
  return rows;
}

export interface MyStatusNoteRow {
  leerlijnId: string;
  schoolName: string;
  /** The action the note was written with. */
  action: string;
  body: string;
  at: string;
}

/** The notes this person wrote with an action's status (on their own action, or as a coordinator on another's). */
export async function myStatusNotes(db: Queryable, workspaceId: string, userId: string, leerlijnId: string | null): Promise<MyStatusNoteRow[]> {
  const { rows } = await db.query<MyStatusNoteRow>(
    `select l.id as "leerlijnId", l.school_name as "schoolName", a.description as action, u.note as body, ${AT('u.at')} as at
       from action_updates u join actions a on a.id = u.action_id join leerlijnen l on l.id = a.leerlijn_id
      where l.workspace_id = $1::uuid and u.by_user = $2::text and u.note is not null and ($3::uuid is null or l.id = $3::uuid)
      order by l.created_at, u.at, u.id`,
    [workspaceId, userId, leerlijnId],
  );
  return rows;
}
