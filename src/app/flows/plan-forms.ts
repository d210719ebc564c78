// The actieplan's and the evaluations' forms, decided once for both platforms: the saved
// onderdeel goes to the team's channel (it is the team's plan), the owners of new actions get
// them privately, and the person who saved hears what is next.
import type { OnderdeelCode } from '../../domain/instrument.js';
import { savePlanItem, type OwnerNotice } from '../actions.js';
import { saveEvaluationEntry } from '../evaluation.js';
import type { EvaluationMoment } from '../views.js';
import { notifyOwners } from './actions.js';
import { membersWhenAsked, submitted, tellNextStep } from './forms.js';
import type { ChannelView, FormCtx, MembersWhenAsked } from './surface.js';

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
  moment: EvaluationMoment;
  onderdeel: OnderdeelCode | string | undefined;
  bereikt: string;
  toelichting: string | null | undefined;
  ondernomen: string | null | undefined;
  newActions: readonly ActionInput[];
}

export async function evaluationItemSubmitted(ctx: FormCtx, input: EvaluationItemInput): Promise<void> {
  const saved = await submitted(ctx, 'evaluation', () => saveEvaluationEntry(ctx.deps, ctx.actor, ctx.leerlijnId, input));
  if (!saved) return;
  await itemSaved(ctx, (members) => ({ type: 'evaluation_item', evaluation: saved.evaluation, onderdeel: saved.onderdeel, members }), saved.ownersToNotify);
}
