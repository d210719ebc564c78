// `/leerlijn actieplan`: onderdelen lowest week-1 score first, a modal per onderdeel with
// actions (owner + due date); saved items go to the channel and each owner gets a DM.
// Whatever of that Slack refuses is told to the user privately, so nobody waits in vain.
import { z } from 'zod';
import { getActionPlan } from '../../app/actions.js';
import { planFormValues } from '../../app/flows/open-forms.js';
import { planItemSubmitted } from '../../app/flows/plan-forms.js';
import { ONDERDEEL_CODES } from '../../domain/instrument.js';
import { t } from '../../i18n/index.js';
import { actionFieldBlock, actionRowBlocks, readActionRows } from './action-rows.js';
import { errorText } from './context.js';
import { slackFormCtx } from './form-surface.js';
import { onderdeelTitle } from './render/cards.js';
import { context } from './render/blocks.js';
import { modal, parseMeta, read, textInput } from './render/inputs.js';
import { existingActionsContext } from './render/plan.js';
import type { ActionCall, SubmitCall } from './types.js';

export const PLAN_CALLBACK = 'plan_item';
const Meta = z.object({ leerlijnId: z.uuid(), onderdeel: z.enum(ONDERDEEL_CODES), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });
const MenuValue = z.string().max(100).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(ONDERDEEL_CODES)]));

export async function openPlanItem(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MenuValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, onderdeel] = parsed.data;
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  let plan;
  try {
    plan = await getActionPlan(call.cx.deps, actor, leerlijnId);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'plan_form'));
  }
  const lang = plan.lang;
  const item = plan.items.find((i) => i.onderdeel === onderdeel);
  const shown = planFormValues(item);
  const blocks = [
    context(`*${onderdeelTitle(onderdeel, lang)}*`),
    textInput('watKanBeter', t(lang, 'plan.watKanBeter'), { multiline: true, max: 1000, initial: shown.watKanBeter }),
    textInput('gewensteEindsituatie', t(lang, 'plan.gewensteEindsituatie'), { multiline: true, max: 1000, initial: shown.gewensteEindsituatie }),
    ...existingActionsContext(lang, item?.actions ?? []),
    ...actionRowBlocks(lang),
  ];
  const meta = { leerlijnId, onderdeel, channelId: call.channelId, lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(PLAN_CALLBACK, t(lang, 'plan.title'), t(lang, 'plan.submit'), t(lang, 'plan.close'), blocks, meta) });
}

export async function submitPlanItem(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ watKanBeter: t('nl', 'field.invalid') });
  const rows = readActionRows(call.values);
  const input = {
    onderdeel: meta.onderdeel,
    watKanBeter: read.text(call.values, 'watKanBeter'),
    gewensteEindsituatie: read.text(call.values, 'gewensteEindsituatie'),
    actions: rows.map(({ row: _row, ...a }) => a),
  };
  const blockFor = (field: string): string | undefined => (field.startsWith('actions') ? actionFieldBlock(field, 'actions', rows.map((r) => r.row)) : field.split('.')[0]);
  await planItemSubmitted(slackFormCtx(call, meta, { blockFor, fallback: 'watKanBeter', ack: call.ack }), input);
}
