// The Evaluatielijst per onderdeel: a modal per item from `evaluatie`'s menu (src/app/flows),
// the form written once in src/views/plan-forms.ts.
import { z } from 'zod';
import { getEvaluation } from '../../app/evaluation.js';
import { evaluationFormSubmitted } from '../../app/flows/plan-forms.js';
import { ONDERDEEL_CODES } from '../../domain/instrument.js';
import { EVALUATION_FORM, evaluationFields, evaluationForm } from '../../views/plan-forms.js';
import { errorText } from './context.js';
import { slackMarkup } from './render/doc.js';
import { toModal } from './render/form.js';
import { submitModalForm } from './modal-form.js';
import type { ActionCall, SubmitCall } from './types.js';

export const EVAL_CALLBACK = EVALUATION_FORM;
/** What these modals were called until both platforms shared one form: one still open submits. */
export const LEGACY_EVAL_CALLBACK = 'eval_item';
const MenuValue = z.string().max(120).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(['terugkom', 'eind']), z.enum(ONDERDEEL_CODES)]));

export async function openEvaluationItem(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MenuValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, moment, onderdeel] = parsed.data;
  let view;
  try {
    view = await getEvaluation(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId, moment);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'evaluation_form'));
  }
  const form = evaluationForm(slackMarkup, view, onderdeel);
  await call.client.views.open({ trigger_id: call.triggerId, view: toModal(form, { channelId: call.channelId, lang: view.lang }) });
}

export async function submitEvaluationItem(call: SubmitCall): Promise<void> {
  await submitModalForm(call, (lang) => evaluationFields(slackMarkup, lang), evaluationFormSubmitted);
}
