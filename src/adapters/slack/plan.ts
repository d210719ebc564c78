// `/leerlijn actieplan`: onderdelen lowest week-1 score first, a modal per onderdeel with
// actions (owner + due date), the form written once in src/views/plan-forms.ts; saved items go
// to the channel and each owner gets a DM. Whatever of that Slack refuses is told to the user
// privately, so nobody waits in vain.
import { z } from 'zod';
import { getActionPlan } from '../../app/actions.js';
import { planFormSubmitted } from '../../app/flows/plan-forms.js';
import { ONDERDEEL_CODES } from '../../domain/instrument.js';
import { PLAN_FORM, planFields, planForm } from '../../views/plan-forms.js';
import { errorText } from './context.js';
import { slackMarkup } from './render/doc.js';
import { toModal } from './render/form.js';
import { submitModalForm } from './modal-form.js';
import type { ActionCall, SubmitCall } from './types.js';

export const PLAN_CALLBACK = PLAN_FORM;
/** What these modals were called until both platforms shared one form: one still open submits. */
export const LEGACY_PLAN_CALLBACK = 'plan_item';
const MenuValue = z.string().max(100).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(ONDERDEEL_CODES)]));

export async function openPlanItem(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MenuValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, onderdeel] = parsed.data;
  let plan;
  try {
    plan = await getActionPlan(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'plan_form'));
  }
  const form = planForm(slackMarkup, plan, onderdeel);
  await call.client.views.open({ trigger_id: call.triggerId, view: toModal(form, { channelId: call.channelId, lang: plan.lang }) });
}

export async function submitPlanItem(call: SubmitCall): Promise<void> {
  await submitModalForm(call, (lang) => planFields(slackMarkup, lang), planFormSubmitted);
}
