// Submitted forms: the start, the meetings, the actieplan, evaluations and deleting, each
// parsed here and decided by its flow (src/app/flows/data.ts, *-forms.ts); and the action
// status clicks.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { getActionPlan, myActions } from '../../app/actions.js';
import { ownerListAfter, saveActionStatus, tellStatusChange } from '../../app/flows/actions.js';
import { deleteFormSubmitted, startSubmitted } from '../../app/flows/data.js';
import { moveFormSubmitted, moveToDay, remindersFormSubmitted, rolesFormSubmitted } from '../../app/flows/meeting-forms.js';
import { evaluationFormSubmitted, planFormSubmitted } from '../../app/flows/plan-forms.js';
import { AppError, isAppError } from '../../app/errors.js';
import { leerlijnInWorkspace } from '../../app/context.js';
import { getEvaluation } from '../../app/evaluation.js';
import { getReminderSettings, getTimeline } from '../../app/meetings.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { ONDERDEEL_CODES, type OnderdeelCode } from '../../domain/instrument.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import type { EvaluationMoment } from '../../app/views.js';
import { teamOf } from '../../app/reach.js';
import { ownerActionsCard, noteInputId } from './cards/actions.js';
import { errorCard, text, type AdaptiveCard } from './cards/common.js';
import { evaluationFormCard } from './cards/evaluation.js';
import { planFormCard } from './cards/plan.js';
import { remindersFormCard } from './cards/reminders.js';
import { startFormCard, type RosterEntry, type StartValues } from './cards/start-form.js';
import { moveFormCard, rolesFormCard } from './cards/timeline.js';
import { displayName, list, reply, roster, type Values } from './forms.js';
import { teamsTextOf } from './reply.js';
import type { TeamsServices } from './services.js';
import { teamsFormCtx, teamsStartCtx } from './form-surface.js';
import { deleteFormCard, teamsSurface } from './surface.js';
import type { Turn } from './turn.js';
import type { FormCtx } from '../../app/flows/surface.js';

export function requireLeerlijnId(turn: Turn): string {
  if (!turn.leerlijn) throw new AppError('no_leerlijn');
  return turn.leerlijn.id;
}

/** Inputs are named by the use case's fields (src/views/*-forms.ts), so a problem is shown by the field it names. */
const byField = (field: string): string => field;

async function startInput(svc: TeamsServices, turn: Turn, v: Values): Promise<Record<string, unknown>> {
  const school = list(v.school);
  const youth = list(v.jongerenwerk);
  const managers = new Set(list(v.managers));
  const coordinators = list(v.coordinators);
  const ids = [...new Set([...school, ...youth, ...coordinators, ...managers])];
  const members = await Promise.all(
    ids.map(async (userId) => ({
      userId,
      displayName: await displayName(svc, turn, userId),
      side: school.includes(userId) ? 'school' : youth.includes(userId) ? 'jongerenwerk' : null,
      level: managers.has(userId) ? 'manager' : 'uitvoerder',
    })),
  );
  return {
    channelId: turn.channelId,
    kind: v.kind,
    schoolName: v.schoolName ?? '',
    youthOrgName: v.youthOrgName ?? '',
    startDate: v.startDate ?? '',
    startTime: v.startTime ?? '',
    // The form defaults to the configured language; the use case rejects anything but nl/en.
    lang: v.lang || turn.lang,
    region: v.region || null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, v[r] === 'true'])),
    coordinators,
    members,
    // Managers and coordinators are named in their own fields: the use case asks their side too.
    sidesAsked: true,
  };
}

export async function submitStart(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const again = async (errors: ReadonlyMap<string, string>) => startFormCard(turn.lang, await rosterFromValues(svc, turn, values), values as StartValues, errors, turn.userId);
  const inputFor = (field: string): string => field.split('.')[0] ?? field;
  await startSubmitted(teamsStartCtx(svc, turn, { inputFor, again }), await startInput(svc, turn, values));
}

/** Re-reads the roster for a rejected form; falls back to the people already picked when the roster is unreachable. */
async function rosterFromValues(svc: TeamsServices, turn: Turn, values: Values): Promise<RosterEntry[]> {
  try {
    return await roster(svc, turn);
  } catch (error) {
    if (isAppError(error)) throw error;
    svc.log.warn({ err: error }, 'teams roster unavailable for a rejected start form');
    const ids = [...new Set([...list(values.school), ...list(values.jongerenwerk), ...list(values.coordinators)])];
    return Promise.all(ids.map(async (userId) => ({ userId, name: await displayName(svc, turn, userId) })));
  }
}

/**
 * From the team's channel the leerlijn is the channel's; from a prompt in a personal chat the form
 * names it (the use case checks the workspace and the coordinator), and its language is the one
 * the answer speaks there, as in Slack, rather than the server's default.
 */
async function formLeerlijn(svc: TeamsServices, turn: Turn, values: Values): Promise<{ leerlijnId: string; named?: string; turn: Turn }> {
  const named = Uuid.safeParse(values.leerlijnId);
  if (!named.success) return { leerlijnId: requireLeerlijnId(turn), turn };
  const leerlijn = turn.personal ? await leerlijnInWorkspace(svc.deps, turn.workspaceId, named.data) : null;
  return { leerlijnId: named.data, named: named.data, turn: leerlijn ? { ...turn, lang: leerlijn.lang } : turn };
}

/**
 * A neutral form's submit (src/views/*-forms.ts): the leerlijn it names, its inputs the use
 * case's fields, the flow deciding; refused, `again` draws the form with the problems.
 */
async function submitForm(
  svc: TeamsServices, sent: Turn, values: Values,
  flow: (ctx: FormCtx, values: Values) => Promise<void>,
  again: (turn: Turn, leerlijnId: string, errors: ReadonlyMap<string, string>) => Promise<AdaptiveCard>,
): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  await flow(teamsFormCtx(svc, turn, leerlijnId, { inputFor: byField, again: (errors) => again(turn, leerlijnId, errors) }), values);
}

export const submitReminders = (svc: TeamsServices, sent: Turn, values: Values): Promise<void> =>
  submitForm(svc, sent, values, remindersFormSubmitted, async (turn, leerlijnId, errors) =>
    remindersFormCard(turn.lang, leerlijnId, await getReminderSettings(svc.deps, turn.actor, leerlijnId), values, errors));

export const submitMove = (svc: TeamsServices, sent: Turn, values: Values): Promise<void> =>
  submitForm(svc, sent, values, moveFormSubmitted, async (turn, leerlijnId, errors) => moveFormCard(turn.lang, leerlijnId, values, errors));

/** One click to a working day: the flow moves the meeting there at its time as it is now; refused, the move form with that day. */
export async function submitMoveTo(svc: TeamsServices, sent: Turn, values: Values): Promise<void> {
  const { leerlijnId, turn } = await formLeerlijn(svc, sent, values);
  await moveToDay(teamsFormCtx(svc, turn, leerlijnId, {
    inputFor: byField,
    again: async (errors) => moveFormCard(turn.lang, leerlijnId, { kind: values.kind ?? '', date: values.date ?? '' }, errors),
  }), { kind: values.kind ?? '', date: values.date ?? '' });
}

/** The roles card's inputs were `notulist.<kind>`, `invuller.<kind>`, `location.<kind>` until its ids became the use case's: a card posted before still saves. */
function legacyRoleValues(values: Values): Values {
  const out: Values = { ...values };
  const FIELD: Readonly<Record<string, string>> = { notulist: 'notulistUserId', invuller: 'invullerUserId', location: 'location' };
  for (const [id, value] of Object.entries(values)) {
    const [role = '', kind] = id.split('.');
    const index = ALL_MEETING_KINDS.findIndex((k) => k === kind);
    if (FIELD[role] && index >= 0) out[`${index}.${FIELD[role]}`] = value;
  }
  return out;
}

export function submitRoles(svc: TeamsServices, sent: Turn, values: Values): Promise<void> {
  const current = legacyRoleValues(values);
  return submitForm(svc, sent, current, rolesFormSubmitted, async (turn, leerlijnId, errors) => {
    const [timeline, members] = await Promise.all([getTimeline(svc.deps, turn.actor, leerlijnId), teamOf(svc.deps, leerlijnId)]);
    return rolesFormCard(turn.lang, leerlijnId, timeline.meetings, members, current, errors);
  });
}

export async function submitPlan(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  await planFormSubmitted(teamsFormCtx(svc, turn, leerlijnId, {
    inputFor: byField,
    async again(errors) {
      const [plan, members] = await Promise.all([getActionPlan(svc.deps, turn.actor, leerlijnId), teamOf(svc.deps, leerlijnId)]);
      return planFormCard(plan, onderdeelOf(values.onderdeel), members, values, errors);
    },
  }), values);
}

/** The evaluation card carries its moment as it was drawn; any other value was not made by us. */
const CardMoment = z.enum(['terugkom', 'eind']);

function evaluationMoment(value: string | undefined): EvaluationMoment {
  const parsed = CardMoment.safeParse(value);
  if (!parsed.success) throw new AppError('invalid_input');
  return parsed.data;
}

/** An onderdeel a card names: one of the ten, or the card was not drawn by us. */
function onderdeelOf(value: string | undefined): OnderdeelCode {
  const parsed = z.enum(ONDERDEEL_CODES).safeParse(value);
  if (!parsed.success) throw new AppError('invalid_input');
  return parsed.data;
}

/** The fill button beside an onderdeel of the Evaluatielijst: its own form, as far as it is filled in. */
export async function openEvaluationForm(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const moment = evaluationMoment(values.moment);
  const onderdeel = onderdeelOf(values.onderdeel);
  const [view, members] = await Promise.all([getEvaluation(svc.deps, turn.actor, leerlijnId, moment), teamOf(svc.deps, leerlijnId)]);
  await reply(turn, evaluationFormCard(view, onderdeel, members));
}

/** The button beside an onderdeel of the actieplan: its own form, with what was saved of it. */
export async function openPlanForm(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const onderdeel = onderdeelOf(values.onderdeel);
  const [plan, members] = await Promise.all([getActionPlan(svc.deps, turn.actor, leerlijnId), teamOf(svc.deps, leerlijnId)]);
  await reply(turn, planFormCard(plan, onderdeel, members));
}

export async function submitEvaluation(svc: TeamsServices, turn: Turn, values: Values): Promise<void> {
  const leerlijnId = requireLeerlijnId(turn);
  const moment = evaluationMoment(values.moment);
  await evaluationFormSubmitted(teamsFormCtx(svc, turn, leerlijnId, {
    inputFor: byField,
    async again(errors) {
      const [view, members] = await Promise.all([getEvaluation(svc.deps, turn.actor, leerlijnId, moment), teamOf(svc.deps, leerlijnId)]);
      return evaluationFormCard(view, onderdeelOf(values.onderdeel), members, values, errors);
    },
  }), values);
}

/** The delete form (src/views/data-forms.ts); a card posted before it named its leerlijn is the conversation's. */
export const submitDelete = (svc: TeamsServices, sent: Turn, values: Values): Promise<void> =>
  submitForm(svc, sent, values, deleteFormSubmitted, async (turn, leerlijnId, errors) => deleteFormCard(turn.lang, leerlijnId, values, errors));

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
      ? ownerActionsCard(leerlijn.lang, ownerListAfter(change), leerlijn)
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
