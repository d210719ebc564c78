// Submissions after the start: meetings, the actieplan, evaluations, action status and
// deleting. Owners of new actions get their actions in a personal chat.
import { Uuid } from '../../app/validate.js';
import { getActionPlan, myActions, savePlanItem } from '../../app/actions.js';
import { notifyOwners, saveActionStatus, tellStatusChange } from '../../app/flows/actions.js';
import type { Deps } from '../../app/context.js';
import { deleteLeerlijn } from '../../app/data.js';
import { AppError, isAppError, ValidationError } from '../../app/errors.js';
import { getEvaluation, saveEvaluationEntry } from '../../app/evaluation.js';
import { assignMeetingRoles, getReminderSettings, getTimeline, rescheduleMeeting, setReminderSettings } from '../../app/meetings.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import type { EvaluationMoment, MemberView, TimelineView } from '../../app/views.js';
import { t, tError } from '../../i18n/index.js';
import { teamOf } from '../../app/reach.js';
import { tellNextStep } from './next-step.js';
import { timelineFor } from '../../app/flows/plan.js';
import { ownerActionsCard, noteInputId } from './cards/actions.js';
import { errorCard, fieldErrors, messageCard, text, type AdaptiveCard } from './cards/common.js';
import { evaluationCard } from './cards/evaluation.js';
import { planCard } from './cards/plan.js';
import { remindersFormCard, remindersSavedCard } from './cards/reminders.js';
import { moveFormCard, NO_ROLE, roleInput, rolesFormCard } from './cards/timeline.js';
import { formErrors, reply, type Values } from './forms.js';
import { renderReply, teamsTextOf } from './reply.js';
import type { TeamsServices } from './services.js';
import { teamsSurface } from './surface.js';
import type { Turn } from './turn.js';

export function requireLeerlijnId(turn: Turn): string {
  if (!turn.leerlijn) throw new AppError('no_leerlijn');
  return turn.leerlijn.id;
}


function actionsFrom(values: Values, prefix: string): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  for (let i = 0; i < 10; i++) {
    const get = (name: string): string => values[`${prefix}.${i}.${name}`]?.trim() ?? '';
    const row = { description: get('description'), ownerUserId: get('ownerUserId'), dueDate: get('dueDate') };
    if (row.description || row.ownerUserId || row.dueDate) rows.push(row);
  }
  return rows;
}

/** Field names of rows that were left out shift; keep the user's own row numbers by not compacting gaps. */
function knownFields(values: Values): Set<string> {
  return new Set(Object.keys(values));
}

/** The timeline after a change, as the flow decides this person sees it (app/flows/plan.ts). */
async function timelineReply(svc: TeamsServices, turn: Turn, view: TimelineView, leerlijnId: string): Promise<void> {
  await reply(turn, renderReply(turn.lang, await timelineFor(svc.deps, turn.actor, leerlijnId, view), new Map()));
}

const REMINDER_INPUTS = new Set(['inviteDays', 'dayBefore', 'atStart', 'notifyChannel']);
const toggled = (value: string | undefined): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/** Coordinator-only (the use case checks); a refused submit shows the form again beside the input. */
export async function submitReminders(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  // An empty choice is sent as undefined, which the use case refuses as 'invalid'.
  const days = (id: string): string | undefined => values[id] || undefined;
  try {
    const input = { inviteDays: days('inviteDays'), dayBefore: days('dayBefore'), atStart: toggled(values.atStart), notifyChannel: toggled(values.notifyChannel) };
    const saved = await setReminderSettings(svc.deps, turn.actor, leerlijnId, input);
    await reply(turn, remindersSavedCard(turn.lang, saved));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const current = await getReminderSettings(svc.deps, turn.actor, leerlijnId);
    const errors = fieldErrors(turn.lang, error.fields.map((f) => ({ ...f, field: REMINDER_INPUTS.has(f.field) ? f.field : 'form' })));
    await reply(turn, remindersFormCard(turn.lang, current, values, errors));
  }
}

export async function submitMove(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  // From the team's channel the leerlijn is the channel's; from a prompt in a personal chat
  // the form names it (the use case checks the workspace and that this is its coordinator).
  const named = Uuid.safeParse(values.leerlijnId);
  const leerlijnId = named.success ? named.data : requireLeerlijnId(turn);
  try {
    // A move that breaks a timing rule is made; the timeline card shows the warnings.
    const view = await rescheduleMeeting(svc.deps, turn.actor, leerlijnId, { kind: values.kind, date: values.date, time: values.time });
    await timelineReply(svc, turn, view, leerlijnId);
    await tellNextStep(svc, turn);
  } catch (error) {
    if (error instanceof ValidationError) {
      return reply(turn, moveFormCard(turn.lang, values, formErrors(turn, error.fields, new Set(['kind', 'date', 'time'])), named.success ? leerlijnId : undefined));
    }
    if (isAppError(error) && error.code === 'schedule_refused') {
      return reply(turn, moveFormCard(turn.lang, values, new Map([['date', tError(turn.lang, error.code, error.params)]]), named.success ? leerlijnId : undefined));
    }
    throw error;
  }
}

/** A sent person, "nobody" (null), or nothing sent: keep whoever it is now (undefined). */
function roleValue(value: string | undefined): string | null | undefined {
  if (value === undefined || value === '') return undefined;
  return value === NO_ROLE ? null : value;
}

/** The use case answers `<index>.<field>` for the array: the index is the meeting's place in ALL_MEETING_KINDS. */
function roleErrorInput(field: string): string {
  const [index, name] = field.split('.');
  const kind = ALL_MEETING_KINDS[Number(index)];
  if (kind && name === 'location') return `location.${kind}`;
  if (!kind || (name !== 'notulistUserId' && name !== 'invullerUserId')) return 'form';
  return roleInput(name === 'notulistUserId' ? 'notulist' : 'invuller', kind);
}

/** All four meetings in one assignMeetingRoles call: the form saves everything or nothing. */
export async function submitRoles(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  // From a prompt in a personal chat the form names its leerlijn (the use case checks the workspace and the coordinator).
  const named = Uuid.safeParse(values.leerlijnId);
  const leerlijnId = named.success ? named.data : requireLeerlijnId(turn);
  const roles = ALL_MEETING_KINDS.map((kind) => ({
    kind,
    notulistUserId: roleValue(values[roleInput('notulist', kind)]),
    invullerUserId: roleValue(values[roleInput('invuller', kind)]),
    // Not sent: kept; sent empty: cleared.
    location: values[`location.${kind}`],
  }));
  try {
    await timelineReply(svc, turn, await assignMeetingRoles(svc.deps, turn.actor, leerlijnId, roles), leerlijnId);
    await tellNextStep(svc, turn);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const errors = fieldErrors(turn.lang, error.fields.map((f) => ({ ...f, field: roleErrorInput(f.field) })));
    const [timeline, members] = await Promise.all([getTimeline(svc.deps, turn.actor, leerlijnId), teamOf(svc.deps, leerlijnId)]);
    await reply(turn, rolesFormCard(turn.lang, timeline.meetings, members, values, errors, named.success ? leerlijnId : undefined));
  }
}

export async function submitPlan(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const members = await teamOf(svc.deps, leerlijnId);
  const input = { onderdeel: values.onderdeel, watKanBeter: values.watKanBeter ?? '', gewensteEindsituatie: values.gewensteEindsituatie ?? '', actions: actionsFrom(values, 'actions') };
  try {
    const saved = await savePlanItem(svc.deps, turn.actor, leerlijnId, input);
    await reply(turn, messageCard(t(turn.lang, 'plan.saved'), { tone: 'good' }));
    await reply(turn, planCard(saved.plan, members));
    await notifyOwners(flowCtxOf(svc, turn), leerlijnId, saved.ownersToNotify);
    await tellNextStep(svc, turn);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const plan = await getActionPlan(svc.deps, turn.actor, leerlijnId);
    await reply(turn, planCard(plan, members, values, formErrors(turn, error.fields, knownFields(values))));
  }
}

export function evaluationMoment(arg: string): EvaluationMoment {
  return /eind|final|17/.test(arg) ? 'eind' : 'terugkom';
}

export async function submitEvaluation(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const members = await teamOf(svc.deps, leerlijnId);
  const moment = evaluationMoment(values.moment ?? '');
  const input = {
    moment,
    onderdeel: values.onderdeel,
    bereikt: values.bereikt ?? '',
    toelichting: values.toelichting,
    ondernomen: values.ondernomen,
    newActions: actionsFrom(values, 'newActions'),
  };
  try {
    const saved = await saveEvaluationEntry(svc.deps, turn.actor, leerlijnId, input);
    await reply(turn, messageCard(t(turn.lang, 'evaluation.saved'), { tone: 'good' }));
    await reply(turn, evaluationCard(saved.evaluation, members));
    await notifyOwners(flowCtxOf(svc, turn), leerlijnId, saved.ownersToNotify);
    await tellNextStep(svc, turn);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const view = await getEvaluation(svc.deps, turn.actor, leerlijnId, moment);
    await reply(turn, evaluationCard(view, members, values, formErrors(turn, error.fields, knownFields(values))));
  }
}

export async function submitDelete(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  try {
    await deleteLeerlijn(svc.deps, turn.actor, leerlijnId, values.confirm ?? '');
    await reply(turn, messageCard(t(turn.lang, 'export.deleted'), { tone: 'good' }));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    await reply(turn, messageCard([...formErrors(turn, error.fields, new Set()).values()].join('\n\n'), { tone: 'warning' }));
  }
}

/** klaar / bezig / loopt vast from an owner's card: the flow tells the coordinators; the card is redrawn with the confirmation on top. */
export async function statusInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const actionId = String(data.actionId ?? '');
  const note = data[noteInputId(actionId)];
  const ctx = flowCtxOf(svc, turn);
  try {
    const withNote = typeof note === 'string' && note.trim() !== '';
    const change = await saveActionStatus(ctx, { actionId, status: typeof data.status === 'string' ? data.status : '', note: withNote ? note : null });
    const told = await tellStatusChange(ctx, change, withNote, turn.context.activity.from.name || undefined);
    const leerlijn = change.leerlijn;
    // Redrawn as it was: the open actions of one leerlijn (the personal chat after a plan, a
    // reminder) or of all the owner's (mijn-acties). The clicked one stays, even when klaar.
    const card = data.leerlijnId === leerlijn.id
      ? ownerActionsCard(leerlijn.lang, change.ownerActions.filter((a) => a.status !== 'klaar' || a.id === change.action.id), leerlijn)
      : ownerActionsCard(leerlijn.lang, await myActions(svc.deps, turn.workspaceId, turn.userId));
    const names = new Map(leerlijn.members.map((m) => [m.userId, m.displayName]));
    const lines = told.confirmation.map((line) => text(teamsTextOf(leerlijn.lang, line, names), { color: line.tone === 'warning' ? 'Warning' : 'Good' }));
    return { ...card, body: [...lines, ...card.body] };
  } catch (error) {
    if (isAppError(error)) return errorCard(turn.lang, error);
    throw error;
  }
}

/** The flows' context for a form or card in Teams. */
export function flowCtxOf(svc: TeamsServices, turn: Turn) {
  return { deps: svc.deps, log: svc.log, actor: turn.actor, surface: teamsSurface(svc, turn) };
}
