// Actieplan items, actions and their status history.
import type { OnderdeelCode } from '../domain/instrument.js';
import type { Queryable } from './db.js';

export const ACTION_STATUSES = ['open', 'bezig', 'klaar', 'loopt_vast'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionSource = 'actieplan' | 'terugkom' | 'eindevaluatie';

export interface ActionRow {
  id: string;
  leerlijnId: string;
  onderdeel: OnderdeelCode;
  description: string;
  ownerUserId: string;
  /** 'YYYY-MM-DD', local to the leerlijn */
  dueDate: string;
  status: ActionStatus;
  source: ActionSource;
  /** The note of the latest status update that carried one. */
  lastNote: string | null;
}

export interface PlanItemRow {
  onderdeel: OnderdeelCode;
  watKanBeter: string;
  gewensteEindsituatie: string;
}

export interface NewAction {
  onderdeel: OnderdeelCode;
  description: string;
  ownerUserId: string;
  dueDate: string;
}

const ACTION_COLUMNS = `a.id, a.leerlijn_id as "leerlijnId", a.onderdeel, a.description, a.owner_user_id as "ownerUserId",
  to_char(a.due_date, 'YYYY-MM-DD') as "dueDate", a.status, a.source,
  (select u.note from action_updates u where u.action_id = a.id and u.note is not null
   order by u.at desc, u.id desc limit 1) as "lastNote"`;

export async function upsertPlanItem(
  db: Queryable,
  leerlijnId: string,
  item: PlanItemRow & { updatedBy: string; updatedAt: Date },
): Promise<void> {
  // The save's own moment (time is a parameter): a late actieplan's document waits for the last save (plan-jobs).
  await db.query(
    `insert into plan_items (leerlijn_id, onderdeel, wat_kan_beter, gewenste_eindsituatie, updated_by, updated_at)
     values ($1::uuid, $2::text, $3::text, $4::text, $5::text, $6::timestamptz)
     on conflict (leerlijn_id, onderdeel) do update set
       wat_kan_beter = excluded.wat_kan_beter, gewenste_eindsituatie = excluded.gewenste_eindsituatie,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [leerlijnId, item.onderdeel, item.watKanBeter, item.gewensteEindsituatie, item.updatedBy, item.updatedAt.toISOString()],
  );
}

export async function planItemsOf(db: Queryable, leerlijnId: string): Promise<PlanItemRow[]> {
  const { rows } = await db.query<PlanItemRow>(
    `select onderdeel, wat_kan_beter as "watKanBeter", gewenste_eindsituatie as "gewensteEindsituatie"
     from plan_items where leerlijn_id = $1::uuid`,
    [leerlijnId],
  );
  return rows;
}

/** Inserts a batch in the given order and returns the stored rows in that order; `addedAt` is the app's clock (0019). */
export async function insertActions(
  db: Queryable,
  leerlijnId: string,
  added: { source: ActionSource; by: string; at: Date },
  actions: readonly NewAction[],
): Promise<ActionRow[]> {
  if (actions.length === 0) return [];
  // Ids are drawn first (a CTE with a volatile function is evaluated once) so the
  // result can be returned in the order the team typed the actions.
  const { rows } = await db.query<{ id: string }>(
    `with input as (
       select gen_random_uuid() as id, n.* from unnest($4::text[], $5::text[], $6::text[], $7::date[])
         with ordinality as n(onderdeel, description, owner, due, ord)
     ), ins as (
       insert into actions (id, leerlijn_id, onderdeel, description, owner_user_id, due_date, source, created_by, added_at)
       select i.id, $1::uuid, i.onderdeel, i.description, i.owner, i.due, $2::text, $3::text, $8::timestamptz from input i
       returning id
     )
     select input.id from input join ins on ins.id = input.id order by input.ord`,
    [leerlijnId, added.source, added.by, actions.map((a) => a.onderdeel), actions.map((a) => a.description),
      actions.map((a) => a.ownerUserId), actions.map((a) => a.dueDate), added.at.toISOString()],
  );
  const ids = rows.map((r) => r.id);
  const stored = await actionsByIds(db, ids);
  const byId = new Map(stored.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)!);
}

export async function actionsByIds(db: Queryable, ids: readonly string[]): Promise<ActionRow[]> {
  const { rows } = await db.query<ActionRow>(`select ${ACTION_COLUMNS} from actions a where a.id = any($1::uuid[])`, [ids]);
  return rows;
}

/** `forUpdate` serialises two people answering about the same action. */
export async function actionById(db: Queryable, id: string, forUpdate = false): Promise<ActionRow | null> {
  const { rows } = await db.query<ActionRow>(
    `select ${ACTION_COLUMNS} from actions a where a.id = $1::uuid ${forUpdate ? 'for update of a' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function actionsOf(db: Queryable, leerlijnId: string): Promise<ActionRow[]> {
  const { rows } = await db.query<ActionRow>(
    `select ${ACTION_COLUMNS} from actions a where a.leerlijn_id = $1::uuid order by a.due_date, a.created_at, a.id`,
    [leerlijnId],
  );
  return rows;
}

/** An action with its status and last note as they stood at a moment (owner, text and due date as now), and when it was added (0019). */
export interface ActionThen extends ActionRow {
  addedAt: Date;
}

/**
 * The actions of these onderdelen, each with the status and last note it had at its onderdeel's
 * moment (an action nobody had answered about was 'open'), in actionsOf's order. Which of them
 * belong at that moment (by addedAt, by source) is the caller's to decide.
 */
export async function actionsThen(db: Queryable, leerlijnId: string, moments: ReadonlyArray<{ onderdeel: OnderdeelCode; at: Date }>): Promise<ActionThen[]> {
  if (moments.length === 0) return [];
  const { rows } = await db.query<ActionThen>(
    `select a.id, a.leerlijn_id as "leerlijnId", a.onderdeel, a.description, a.owner_user_id as "ownerUserId",
       to_char(a.due_date, 'YYYY-MM-DD') as "dueDate", a.source, coalesce(a.added_at, a.created_at) as "addedAt",
       coalesce((select u.status from action_updates u where u.action_id = a.id and u.at <= m.at
                 order by u.at desc, u.id desc limit 1), 'open') as status,
       (select u.note from action_updates u where u.action_id = a.id and u.note is not null and u.at <= m.at
        order by u.at desc, u.id desc limit 1) as "lastNote"
     from actions a join unnest($2::text[], $3::timestamptz[]) as m(onderdeel, at) on m.onderdeel = a.onderdeel
     where a.leerlijn_id = $1::uuid order by a.due_date, a.created_at, a.id`,
    [leerlijnId, moments.map((m) => m.onderdeel), moments.map((m) => m.at.toISOString())],
  );
  return rows;
}

/** Not-yet-done actions of one owner in the active leerlijnen of a workspace, soonest first. */
export async function openActionsOfOwner(
  db: Queryable,
  workspaceId: string,
  userId: string,
): Promise<Array<ActionRow & { timezone: string; schoolName: string; youthOrgName: string }>> {
  const { rows } = await db.query<ActionRow & { timezone: string; schoolName: string; youthOrgName: string }>(
    `select ${ACTION_COLUMNS}, l.timezone, l.school_name as "schoolName", l.youth_org_name as "youthOrgName"
     from actions a join leerlijnen l on l.id = a.leerlijn_id
     where l.workspace_id = $1::uuid and l.status = 'active' and a.owner_user_id = $2::text and a.status <> 'klaar'
     order by a.due_date, a.created_at, a.id`,
    [workspaceId, userId],
  );
  return rows;
}

export async function recordActionStatus(
  db: Queryable,
  u: { actionId: string; status: ActionStatus; note: string | null; byUser: string; at: Date },
): Promise<void> {
  await db.query(`update actions set status = $2::text, updated_at = $3::timestamptz where id = $1::uuid`, [
    u.actionId,
    u.status,
    u.at.toISOString(),
  ]);
  await db.query(
    `insert into action_updates (action_id, status, note, by_user, at) values ($1::uuid, $2::text, $3::text, $4::text, $5::timestamptz)`,
    [u.actionId, u.status, u.note, u.byUser, u.at.toISOString()],
  );
}

/** How many not-yet-done actions each of these people owns in the leerlijn; nobody with none is listed. */
export async function openActionCounts(db: Queryable, leerlijnId: string, userIds: readonly string[]): Promise<Array<{ userId: string; count: number }>> {
  const { rows } = await db.query<{ userId: string; count: number }>(
    `select owner_user_id as "userId", count(*)::int as count from actions
     where leerlijn_id = $1::uuid and owner_user_id = any($2::text[]) and status <> 'klaar'
     group by owner_user_id order by owner_user_id`,
    [leerlijnId, userIds],
  );
  return rows;
}

/** Whose open actions move: one person's, or those of everyone not in `notOn` (the team: who left it). */
export type ActionOwners = { ownerId: string } | { notOn: readonly string[] };

/** Puts the not-yet-done actions of the leerlijn owned by `from` on `toUserId`'s name; returns their ids. */
export async function moveOpenActions(db: Queryable, leerlijnId: string, from: ActionOwners, toUserId: string, at: Date): Promise<string[]> {
  const [owned, owners] = 'ownerId' in from ? ['owner_user_id = $2::text', from.ownerId] : ['not (owner_user_id = any($2::text[]))', [...from.notOn]];
  const { rows } = await db.query<{ id: string }>(
    `update actions set owner_user_id = $3::text, updated_at = $4::timestamptz
     where leerlijn_id = $1::uuid and ${owned} and status <> 'klaar' returning id`,
    [leerlijnId, owners, toUserId, at.toISOString()],
  );
  return rows.map((r) => r.id);
}
