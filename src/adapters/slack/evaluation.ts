// `/leerlijn evaluatie [terugkom|eind]`: the Evaluatielijst per onderdeel. For the
// coordinator, `eind` also opens the week-17 score round (src/app decides when it may).
import { z } from 'zod';
import { ValidationError } from '../../app/errors.js';
import { getEvaluation, saveEvaluationEntry, startFinalEvaluation } from '../../app/evaluation.js';
import { ONDERDEEL_CODES, SCALE, SCORES } from '../../domain/instrument.js';
import { t, tError } from '../../i18n/index.js';
import { actionFieldBlock, actionRowBlocks, readActionRows } from './action-rows.js';
import { errorText, ephemeral, formErrors } from './context.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { context } from './render/blocks.js';
import { onderdeelTitle } from './render/cards.js';
import { modal, parseMeta, radioInput, read, textInput } from './render/inputs.js';
import { renderEvaluationItem, renderEvaluationMenu } from './render/plan.js';
import { notifyOwners } from './plan.js';
import { postRound, tellRoundNotPosted } from './scoring.js';
import { postOrTell } from './tell.js';
import type { ActionCall, CommandCall, SubmitCall } from './types.js';

export const EVAL_CALLBACK = 'eval_item';
const MOMENTS: Record<string, 'terugkom' | 'eind'> = { '': 'terugkom', terugkom: 'terugkom', tussen: 'terugkom', interim: 'terugkom', eind: 'eind', final: 'eind', week17: 'eind' };
const Meta = z.object({ leerlijnId: z.uuid(), moment: z.enum(['terugkom', 'eind']), onderdeel: z.enum(ONDERDEEL_CODES), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });
const MenuValue = z.string().max(120).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(['terugkom', 'eind']), z.enum(ONDERDEEL_CODES)]));
const ROWS = 2;

export async function evaluationCommand(call: CommandCall): Promise<void> {
  await call.ack();
  const reply = (text: string): Promise<void> => ephemeral(call.client, call.channelId, call.userId, text);
  if (!call.leerlijn) return reply(tError(call.lang, 'no_leerlijn'));
  const moment = MOMENTS[(call.args[0] ?? '').toLowerCase()];
  if (!moment) return reply(t(call.lang, 'command.unknown', { command: escapeMrkdwn(`evaluatie ${call.args[0] ?? ''}`.slice(0, 40)) }));
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  try {
    if (moment === 'terugkom') {
      return await ephemeral(call.client, call.channelId, call.userId, renderEvaluationMenu(await getEvaluation(call.cx.deps, actor, call.leerlijn.id, moment)));
    }
    const started = await startFinalEvaluation(call.cx.deps, actor, call.leerlijn.id);
    if (started.round) {
      try {
        await postRound(call.cx, call.client, call.workspaceId, started.round);
      } catch (error) {
        // The round is open; `scores eind` posts what is missing once the channel takes it.
        await tellRoundNotPosted(call.cx, call.client, { channelId: call.channelId, userId: call.userId }, started.round, call.botUserId, error);
      }
    }
    await ephemeral(call.client, call.channelId, call.userId, renderEvaluationMenu(started.evaluation));
    if (started.roundRefused) await reply(errorText(call.cx, call.lang, started.roundRefused, 'evaluatie'));
  } catch (error) {
    await reply(errorText(call.cx, call.lang, error, 'evaluatie'));
  }
}

export async function openEvaluationItem(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MenuValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, moment, onderdeel] = parsed.data;
  const view = await getEvaluation(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId, moment);
  const lang = view.lang;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const done = item?.doneActions.map((a) => `• ${a.description}`).join('\n') ?? '';
  const blocks = [
    context(`*${onderdeelTitle(onderdeel, lang)}*${item?.gewensteEindsituatie ? `\n${item.gewensteEindsituatie.replace(/[&<>]/g, ' ').slice(0, 1500)}` : ''}`),
    radioInput('bereikt', t(lang, 'evaluation.bereikt'), SCORES.map((s) => ({ text: `${s} – ${SCALE[s][lang]}`, value: String(s) })), { initial: item?.bereikt ? String(item.bereikt) : null }),
    textInput('toelichting', t(lang, 'evaluation.toelichting'), { multiline: true, optional: true, max: 1000, initial: item?.toelichting }),
    textInput('ondernomen', t(lang, 'evaluation.ondernomen'), { multiline: true, optional: true, max: 1000, initial: item?.ondernomen ?? (done || null) }),
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
  let saved;
  try {
    saved = await saveEvaluationEntry(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, meta.leerlijnId, input);
  } catch (error) {
    if (error instanceof ValidationError) {
      const blockFor = (field: string): string | undefined => (field.startsWith('newActions') ? actionFieldBlock(field, 'newActions', rows.map((r) => r.row)) : field.split('.')[0]);
      return call.ack(formErrors(meta.lang, error, blockFor, 'bereikt'));
    }
    return call.ack({ bereikt: errorText(call.cx, meta.lang, error, 'evaluation') });
  }
  await call.ack();
  await postOrTell(call.cx, call.client, { channelId: meta.channelId, userId: call.userId, lang: meta.lang }, renderEvaluationItem(saved.evaluation, meta.onderdeel));
  await notifyOwners(call.cx, call.workspaceId, call.userId, meta.leerlijnId, saved.ownersToNotify, { client: call.client, channelId: meta.channelId, lang: meta.lang });
}

