// The Evaluatielijst per onderdeel: a modal per item from `evaluatie`'s menu (src/app/flows).
import { z } from 'zod';
import { getEvaluation } from '../../app/evaluation.js';
import { evaluationItemSubmitted } from '../../app/flows/plan-forms.js';
import { evaluationFormValues } from '../../app/flows/open-forms.js';
import { ONDERDEEL_CODES, SCALE, SCORES } from '../../domain/instrument.js';
import { t } from '../../i18n/index.js';
import { actionFieldBlock, actionRowBlocks, readActionRows } from './action-rows.js';
import { errorText } from './context.js';
import { context } from './render/blocks.js';
import { onderdeelTitle } from './render/cards.js';
import { modal, parseMeta, radioInput, read, textInput } from './render/inputs.js';
import { slackFormCtx } from './form-surface.js';
import type { ActionCall, SubmitCall } from './types.js';

export const EVAL_CALLBACK = 'eval_item';
const Meta = z.object({ leerlijnId: z.uuid(), moment: z.enum(['terugkom', 'eind']), onderdeel: z.enum(ONDERDEEL_CODES), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });
const MenuValue = z.string().max(120).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(['terugkom', 'eind']), z.enum(ONDERDEEL_CODES)]));
const ROWS = 2;

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
  const lang = view.lang;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const shown = evaluationFormValues(item);
  const blocks = [
    context(`*${onderdeelTitle(onderdeel, lang)}*${item?.gewensteEindsituatie ? `\n${item.gewensteEindsituatie.replace(/[&<>]/g, ' ').slice(0, 1500)}` : ''}`),
    radioInput('bereikt', t(lang, 'evaluation.bereikt'), SCORES.map((s) => ({ text: `${s} – ${SCALE[s][lang]}`, value: String(s) })), { initial: shown.bereikt }),
    textInput('toelichting', t(lang, 'evaluation.toelichting'), { multiline: true, optional: true, max: 1000, initial: shown.toelichting }),
    textInput('ondernomen', t(lang, 'evaluation.ondernomen'), { multiline: true, optional: true, max: 1000, initial: shown.ondernomen }),
    context(t(lang, 'evaluation.nogNodig')),
    ...actionRowBlocks(lang, ROWS),
  ];
  const meta = { leerlijnId, moment, onderdeel, channelId: call.channelId, lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(EVAL_CALLBACK, t(lang, 'evaluation.title'), t(lang, 'evaluation.submit'), t(lang, 'evaluation.close'), blocks, meta) });
}

export async function submitEvaluationItem(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ bereikt: t('nl', 'field.invalid') });
  const rows = readActionRows(call.values, ROWS);
  const input = {
    moment: meta.moment,
    onderdeel: meta.onderdeel,
    bereikt: read.selected(call.values, 'bereikt') ?? '',
    toelichting: read.optionalText(call.values, 'toelichting'),
    ondernomen: read.optionalText(call.values, 'ondernomen'),
    newActions: rows.map(({ row: _row, ...a }) => a),
  };
  const blockFor = (field: string): string | undefined => (field.startsWith('newActions') ? actionFieldBlock(field, 'newActions', rows.map((r) => r.row)) : field.split('.')[0]);
  await evaluationItemSubmitted(slackFormCtx(call, meta, { blockFor, fallback: 'bereikt', ack: call.ack }), input);
}
