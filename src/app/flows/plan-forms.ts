// The actieplan's and the evaluations' forms, decided once for both platforms: the saved
// onderdeel goes to the team's channel (it is the team's plan), the owners of new actions get
// them privately, and the person who saved hears what is next. A list saved after its meeting
// ended comes to the channel as its document from the scheduler, once the saving stops (plan-jobs).
import type { OnderdeelCode } from '../../domain/instrument.js';
import { savePlanItem, type OwnerNotice } from '../actions.js';
import { saveEvaluationEntry } from '../evaluation.js';
import type { EvaluationMoment } from '../views.js';
import { notifyOwners } from './actions.js';
import { membersWhenAsked, submitted, tellNextStep, type SentValues } from './forms.js';
import type { ChannelView, ErrorView, FormCtx, MembersWhenAsked } from './surface.js';

/** A new action as typed; the use case checks each part. */
export interface ActionInput {
  description: string;
  ownerUserId: string;
  dueDate: string;
}

export interface PlanItemInput {
  onderdeel: OnderdeelCode | string | undefined;
  watKanBeter: string;
  gewensteEindsituatie: string;
  actions: readonly ActionInput[];
}

/** After either form saved an onderdeel: it goes to the channel, new owners hear of their actions, the saver what is next. */
async function itemSaved(ctx: FormCtx, post: (members: MembersWhenAsked) => ChannelView, ownersToNotify: readonly OwnerNotice[]): Promise<void> {
  await ctx.surface.post(post(membersWhenAsked(ctx)));
  await notifyOwners(ctx, ctx.leerlijnId, ownersToNotify);
  await tellNextStep(ctx);
}

export async function planItemSubmitted(ctx: FormCtx, input: PlanItemInput): Promise<void> {
  const saved = await submitted(ctx, 'plan', () => savePlanItem(ctx.deps, ctx.actor, ctx.leerlijnId, input));
  if (!saved) return;
  await itemSaved(ctx, (members) => ({ type: 'plan_item', plan: saved.plan, onderdeel: saved.onderdeel, members }), saved.ownersToNotify);
}

export interface EvaluationItemInput {
  moment: EvaluationMoment | string | undefined;
  onderdeel: OnderdeelCode | string | undefined;
  bereikt: string;
  toelichting: string | null | undefined;
  ondernomen: string | null | undefined;
  newActions: readonly ActionInput[];
}

export async function evaluationItemSubmitted(ctx: FormCtx, input: EvaluationItemInput): Promise<void> {
  const saved = await submitted(ctx, 'evaluation', () => saveEvaluationEntry(ctx.deps, ctx.actor, ctx.leerlijnId, input));
  if (!saved) return;
  const { evaluation } = saved;
  await itemSaved(ctx, (members) => ({ type: 'evaluation_item', evaluation, onderdeel: saved.onderdeel, members }), saved.ownersToNotify);
}

/** The use cases take at most ten new actions: no form has more rows. */
const MAX_ROWS = 10;

/** Rows with any part filled in are actions (an empty row is none); `rows[i]` is the form row action i came from. */
function actionsFrom(values: SentValues, list: string): { actions: ActionInput[]; rows: number[] } {
  const actions: ActionInput[] = [];
  const rows: number[] = [];
  for (let row = 0; row < MAX_ROWS; row++) {
    const get = (name: string): string => values[`${list}.${row}.${name}`]?.trim() ?? '';
    const action = { description: get('description'), ownerUserId: get('ownerUserId'), dueDate: get('dueDate') };
    if (!action.description && !action.ownerUserId && !action.dueDate) continue;
    actions.push(action);
    rows.push(row);
  }
  return { actions, rows };
}

/**
 * The use case names a new action by its place in the list (`actions.1.dueDate`); with an empty
 * row above it that is another form row, so its problem is put back at the row it was typed in.
 */
function problemsAtRows(ctx: FormCtx, list: string, rows: readonly number[]): FormCtx {
  const atRow = (field: string): string => {
    const [head, index, ...rest] = field.split('.');
    const row = rows[Number(index)];
    return head === list && row !== undefined ? [head, String(row), ...rest].join('.') : field;
  };
  const formRefused = (refusal: ErrorView): Promise<void> => ctx.surface.formRefused({
    ...refusal,
    ...(refusal.fields ? { fields: refusal.fields.map((f) => ({ ...f, field: atRow(f.field) })) } : {}),
    ...(refusal.at ? { at: atRow(refusal.at) } : {}),
  });
  return { ...ctx, surface: { ...ctx.surface, formRefused } };
}

/** The actieplan form as sent (src/views/plan-forms.ts planForm), from either platform. */
export async function planFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  const { actions, rows } = actionsFrom(values, 'actions');
  const input = { onderdeel: values.onderdeel, watKanBeter: values.watKanBeter ?? '', gewensteEindsituatie: values.gewensteEindsituatie ?? '', actions };
  await planItemSubmitted(problemsAtRows(ctx, 'actions', rows), input);
}

/** An evaluation form as sent (src/views/plan-forms.ts evaluationForm), from either platform. */
export async function evaluationFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  const { actions, rows } = actionsFrom(values, 'newActions');
  const input = {
    moment: values.moment,
    onderdeel: values.onderdeel,
    bereikt: values.bereikt ?? '',
    toelichting: values.toelichting ?? null,
    ondernomen: values.ondernomen ?? null,
    newActions: actions,
  };
  await evaluationItemSubmitted(problemsAtRows(ctx, 'newActions', rows), input);
}
