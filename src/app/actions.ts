// Actieplan (step 2) and following the actions up: who does what by when, and how it goes.
import { z } from 'zod';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../domain/instrument.js';
import { localParts } from '../domain/timeline.js';
import {
  ACTION_STATUSES,
  actionById,
  actionsOf,
  insertActions,
  openActionsOfOwner,
  planItemsOf,
  recordActionStatus,
  upsertPlanItem,
  type ActionRow,
  type ActionSource,
  type ActionStatus,
} from '../store/actions.js';
import { syncLeerlijnJobs } from './jobs/plan-jobs.js';
import { audit } from '../store/audit.js';
import type { Queryable } from '../store/db.js';
import { leerlijnById, membersOf, type LeerlijnRow, type MemberRow } from '../store/leerlijnen.js';
import { agreedOf, roundsOf } from '../store/rounds.js';
import { requireFiller } from './fillers.js';
import { ownersOffTeam } from './former-owners.js';
import { leerlijnInWorkspace, audited, requireActive, requireLeerlijn, requireReaderAudited, type Actor, type Deps, inTransaction } from './context.js';
import { AppError, type FieldError } from './errors.js';
import { IsoDate, parseFields, parseInput, wholeOrRefused, type Partly } from './validate.js';
import { leerlijnView } from './present.js';
import type { ActionPlanView, ActionView, LeerlijnView } from './views.js';

export { ACTION_STATUSES };

export const onderdeelSchema = z.enum(ONDERDEEL_CODES, 'onderdeel');

export const NewActionInput = z.object({
  description: z.string().trim().min(1, 'required').max(500, 'too_long'),
  ownerUserId: z.string().trim().min(1, 'required').max(64, 'too_long'),
  dueDate: IsoDate,
});
export type NewActionInput = z.input<typeof NewActionInput>;

export interface OwnerNotice {
  userId: string;
  actions: ActionView[];
}

/** Today's date where the team is: a due date is past only once its local day is over. */
export function localToday(deps: Deps, leerlijn: Pick<LeerlijnRow, 'timezone'>): string {
  return localParts(deps.now(), leerlijn.timezone).date;
}

/**
 * Every action of the leerlijn as the team reads it: whose owner has left says so (nobody is
 * reminded of those), alike in the action list, the actieplan and the Evaluatielijst.
 */
export async function teamActionViews(db: Queryable, leerlijnId: string, today: string): Promise<ActionView[]> {
  const markOwner = await ownersOffTeam(db, leerlijnId, await membersOf(db, leerlijnId));
  return (await actionsOf(db, leerlijnId)).map((r) => markOwner(toActionView(r, today)));
}

export function toActionView(row: ActionRow, today: string): ActionView {
  return {
    id: row.id,
    leerlijnId: row.leerlijnId,
    onderdeel: row.onderdeel,
    description: row.description,
    ownerUserId: row.ownerUserId,
    dueDate: row.dueDate,
    status: row.status,
    source: row.source,
    overdue: row.status !== 'klaar' && row.dueDate < today,
    lastNote: row.lastNote,
  };
}

/** Anyone on the team (a voting member or a coordinator) may look at its plan and actions. */
export function requireOnTeam(deps: Deps, actor: Actor, leerlijn: LeerlijnRow, what: string): Promise<MemberRow> {
  return requireReaderAudited(deps, actor, leerlijn, what);
}

/** New actions as entered (each field that parsed), with what they are checked against. */
export interface NewActionsCheck {
  actions: Partly<z.infer<typeof NewActionInput>[]> | undefined;
  /** The leerlijn's local date: no due date before it. */
  today: string;
  /** The form's list the actions came in ('actions', 'newActions'): each problem is named `<field>.<i>.<input>`. */
  field: string;
}

/** Owners must be on the team and due dates not before today: all problems at once, of the fields that parsed. */
export async function newActionProblems(db: Queryable, leerlijn: LeerlijnRow, { actions, today, field }: NewActionsCheck): Promise<FieldError[]> {
  const team = new Set((await membersOf(db, leerlijn.id)).map((m) => m.userId));
  const errors: FieldError[] = [];
  (actions ?? []).forEach((a, i) => {
    if (a?.ownerUserId !== undefined && !team.has(a.ownerUserId)) errors.push({ field: `${field}.${i}.ownerUserId`, message: 'not_in_team' });
    if (a?.dueDate !== undefined && a.dueDate < today) errors.push({ field: `${field}.${i}.dueDate`, message: 'date_past' });
  });
  return errors;
}

/** New actions of one onderdeel, checked (checkNewActions), and where they came from. */
export interface NewActions {
  onderdeel: OnderdeelCode;
  /** The form they were entered in: the actieplan or an evaluation. */
  source: ActionSource;
  /** Who entered them. */
  by: string;
  actions: readonly z.infer<typeof NewActionInput>[];
  /** The leerlijn's local date, for whether each is overdue. */
  today: string;
  /** The app's now: kept as when they were added, by the clock the Evaluatielijst's saves are kept by. */
  at: Date;
}

export async function addActions(tx: Queryable, leerlijn: LeerlijnRow, { onderdeel, source, by, actions, today, at }: NewActions): Promise<ActionView[]> {
  const rows = await insertActions(tx, leerlijn.id, { source, by, at }, actions.map((a) => ({ ...a, onderdeel })));
  return rows.map((r) => toActionView(r, today));
}

/** One message per owner, with all of their new actions in it. */
export function ownersToNotify(actions: readonly ActionView[]): OwnerNotice[] {
  const byOwner = new Map<string, ActionView[]>();
  for (const a of actions) byOwner.set(a.ownerUserId, [...(byOwner.get(a.ownerUserId) ?? []), a]);
  return [...byOwner].map(([userId, list]) => ({ userId, actions: list }));
}

async function buildPlanView(db: Queryable, leerlijn: LeerlijnRow, today: string): Promise<ActionPlanView> {
  const week1 = (await roundsOf(db, leerlijn.id)).find((r) => r.moment === 'week1');
  const agreed = week1 ? await agreedOf(db, week1.id) : [];
  const week1Scores: Partial<Record<OnderdeelCode, Score>> = Object.fromEntries(agreed.map((a) => [a.onderdeel, a.score]));
  const rank = (code: OnderdeelCode): number => week1Scores[code] ?? 4;
  // Array.prototype.sort is stable, so equal scores keep the instrument's order.
  const suggestedOrder = [...ONDERDEEL_CODES].sort((a, b) => rank(a) - rank(b));
  const actions = await teamActionViews(db, leerlijn.id, today);
  const items = (await planItemsOf(db, leerlijn.id))
    .sort((a, b) => ONDERDEEL_CODES.indexOf(a.onderdeel) - ONDERDEEL_CODES.indexOf(b.onderdeel))
    .map((p) => ({ ...p, actions: actions.filter((a) => a.onderdeel === p.onderdeel) }));
  return { leerlijnId: leerlijn.id, channelId: leerlijn.channelId, lang: leerlijn.lang, items, suggestedOrder, week1Scores };
}

export async function getActionPlan(deps: Deps, actor: Actor, leerlijnId: string): Promise<ActionPlanView> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireOnTeam(deps, actor, leerlijn, 'actieplan');
  return buildPlanView(deps.db, leerlijn, localToday(deps, leerlijn));
}

export const PlanItemInput = z.object({
  onderdeel: onderdeelSchema,
  watKanBeter: z.string().trim().min(1, 'required').max(1000, 'too_long'),
  gewensteEindsituatie: z.string().trim().min(1, 'required').max(1000, 'too_long'),
  // May be empty when the onderdeel already has actions: fixing its texts must not force a
  // new action. At least one action per onderdeel is checked in savePlanItem.
  actions: z.array(NewActionInput).max(10, 'too_many'),
});
export type PlanItemInput = z.input<typeof PlanItemInput>;

export interface PlanItemSaved {
  plan: ActionPlanView;
  /** The onderdeel saved (the plan holds its item). */
  onderdeel: OnderdeelCode;
  newActions: ActionView[];
  ownersToNotify: OwnerNotice[];
}

/** An onderdeel needs at least one action, earlier ones count; where the form's onderdeel and actions parsed. */
async function noActionProblem(db: Queryable, leerlijnId: string, { onderdeel, actions }: Partly<z.infer<typeof PlanItemInput>>): Promise<FieldError[]> {
  if (onderdeel === undefined || actions === undefined || actions.length > 0) return [];
  const earlier = (await actionsOf(db, leerlijnId)).some((a) => a.onderdeel === onderdeel);
  return earlier ? [] : [{ field: 'actions', message: 'actions_required' }];
}

/**
 * Coordinator or the actieplan meeting's invuller. Replaces the texts, adds the actions; an
 * onderdeel needs at least one action, earlier ones count.
 */
export async function savePlanItem(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<PlanItemSaved> {
  const parsed = parseFields(PlanItemInput, raw);
  return inTransaction(deps, actor, 'savePlanItem', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireFiller(tx, leerlijn, actor.userId, 'actieplan');
    requireActive(leerlijn);
    const today = localToday(deps, leerlijn);
    const input = wholeOrRefused(parsed, [
      ...(await newActionProblems(tx, leerlijn, { actions: parsed.parts.actions, today, field: 'actions' })),
      ...(await noActionProblem(tx, leerlijnId, parsed.parts)),
    ]);
    await upsertPlanItem(tx, leerlijnId, { ...input, updatedBy: actor.userId, updatedAt: deps.now() });
    const newActions = await addActions(tx, leerlijn, {
      onderdeel: input.onderdeel, source: 'actieplan', by: actor.userId, actions: input.actions, today, at: deps.now(),
    });
    await audit(tx, {
      workspaceId: actor.workspaceId,
      leerlijnId,
      actor: actor.userId,
      action: 'plan.save',
      detail: { onderdeel: input.onderdeel, actionIds: newActions.map((a) => a.id) },
    });
    await syncLeerlijnJobs(tx, leerlijn.id, deps.now());
    return { plan: await buildPlanView(tx, leerlijn, today), onderdeel: input.onderdeel, newActions, ownersToNotify: ownersToNotify(newActions) };
  });
}

export const StatusInput = z.object({
  actionId: z.uuid('not_found'),
  status: z.enum(ACTION_STATUSES, 'status'),
  note: z.string().trim().max(500, 'too_long').nullish().transform((n) => (n ? n : null)),
});
export type StatusInput = z.input<typeof StatusInput>;

export interface StatusChange {
  action: ActionView;
  previousStatus: ActionStatus;
  /** False when nothing was recorded (same status, no note): nobody needs telling. */
  changed: boolean;
  /** Coordinators to tell, without the person who made the change. */
  coordinators: string[];
  leerlijnId: string;
  channelId: string;
  /** For the coordinators' notice: read here, as the owner may have left the team since. */
  leerlijn: LeerlijnView;
  /** All of this owner's actions in the leerlijn, to redraw the DM that lists them. */
  ownerActions: ActionView[];
}

/** An action only its owner or a coordinator may update, with its leerlijn and team. */
async function requireActionEditor(db: Queryable, actor: Actor, actionId: string, forUpdate: boolean) {
  const before = await actionById(db, actionId, forUpdate);
  const leerlijn = before ? await leerlijnById(db, before.leerlijnId) : null;
  if (!before || !leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw new AppError('not_found');
  const team = await membersOf(db, leerlijn.id);
  const self = team.find((m) => m.userId === actor.userId);
  // Its owner may finish it also after leaving the team. Anyone else off the team hears that, rather than that the
  // action is someone else's; on the team, whose it is now (its former owner presses an older reminder after a handover).
  if (before.ownerUserId !== actor.userId && !self) throw new AppError('not_on_team', {}, { lang: leerlijn.lang, refusedOn: leerlijn.id });
  const owner = team.find((m) => m.userId === before.ownerUserId)?.displayName;
  if (before.ownerUserId !== actor.userId && !self?.isCoordinator) throw new AppError('not_owner', owner ? { owner } : {}, { lang: leerlijn.lang, refusedOn: leerlijn.id });
  return { before, leerlijn, team };
}

/** One action as it stands, for whoever may update it: a status form starts from it. */
export async function getAction(deps: Deps, actor: Actor, actionId: string): Promise<ActionView> {
  const { actionId: id } = parseInput(z.object({ actionId: StatusInput.shape.actionId }), { actionId });
  // A read outside a transaction: a refusal is audited here, as updateActionStatus's is.
  const { before, leerlijn } = await audited(deps, actor, 'getAction', () => requireActionEditor(deps.db, actor, id, false));
  // Read for Slack's note form: a stopped leerlijn refuses before the note is typed, not after.
  requireActive(leerlijn);
  return toActionView(before, localToday(deps, leerlijn));
}

/** The owner or a coordinator (the buttons are the owner's; a coordinator gives an action to someone else with handover.ts). Every change is kept in the history with its note. */
export async function updateActionStatus(deps: Deps, actor: Actor, raw: unknown): Promise<StatusChange> {
  const input = parseInput(StatusInput, raw);
  return inTransaction(deps, actor, 'updateActionStatus', async (tx) => {
    const { before, leerlijn, team } = await requireActionEditor(tx, actor, input.actionId, true);
    requireActive(leerlijn);
    const changed = input.status !== before.status || input.note !== null;
    if (changed) {
      await recordActionStatus(tx, { actionId: before.id, status: input.status, note: input.note, byUser: actor.userId, at: deps.now() });
      await audit(tx, {
        workspaceId: actor.workspaceId,
        leerlijnId: leerlijn.id,
        actor: actor.userId,
        action: 'action.status',
        detail: { actionId: before.id, from: before.status, to: input.status, withNote: input.note !== null },
      });
      await syncLeerlijnJobs(tx, leerlijn.id, deps.now());
    }
    const after = changed ? (await actionById(tx, before.id))! : before;
    const today = localToday(deps, leerlijn);
    return {
      action: toActionView(after, today),
      previousStatus: before.status,
      changed,
      coordinators: team.filter((m) => m.isCoordinator && m.userId !== actor.userId).map((m) => m.userId),
      leerlijnId: leerlijn.id,
      channelId: leerlijn.channelId,
      leerlijn: leerlijnView(leerlijn, team),
      ownerActions: (await actionsOf(tx, leerlijn.id)).filter((a) => a.ownerUserId === after.ownerUserId).map((a) => toActionView(a, today)),
    };
  });
}

/** The user's actions that are not klaar, in every active leerlijn of the workspace, soonest first. */
/** The leerlijn an action belongs to, for the language of an answer in a DM (see leerlijnInWorkspace). */
export async function leerlijnOfAction(deps: Deps, workspaceId: string, actionId: string): Promise<LeerlijnRow | null> {
  const action = await actionById(deps.db, actionId);
  return action ? leerlijnInWorkspace(deps, workspaceId, action.leerlijnId) : null;
}

export async function myActions(deps: Deps, workspaceId: string, userId: string): Promise<ActionView[]> {
  const rows = await openActionsOfOwner(deps.db, workspaceId, userId);
  return rows.map((r) => ({ ...toActionView(r, localParts(deps.now(), r.timezone).date), leerlijnName: { schoolName: r.schoolName, youthOrgName: r.youthOrgName } }));
}

export async function listActions(deps: Deps, actor: Actor, leerlijnId: string): Promise<ActionView[]> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireOnTeam(deps, actor, leerlijn, 'acties');
  return teamActionViews(deps.db, leerlijnId, localToday(deps, leerlijn));
}
