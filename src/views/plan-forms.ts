// The forms for one onderdeel of the actieplan and of an evaluation, written once for both
// platforms (drawn by Slack's toModal and Teams' toFormCard). Their field ids are the use
// cases' field names; app/flows/plan-forms.ts reads them back into the use cases' input.
import type { ActionPlanView, ActionView, EvaluationView } from '../app/views.js';
import { evaluationFormValues, planFormValues } from '../app/flows/open-forms.js';
import { SCORES, type Lang, type OnderdeelCode } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import { onderdeelTitle, scoreText } from '../i18n/phrases.js';
import { heading, note, text, type Block } from './doc.js';
import { filled, type Field, type Form } from './form.js';
import type { Markup } from './markup.js';
import { actionLine, evaluationItemBlocks } from './plan.js';

/** The form names submits carry (Teams' cards have sent these since the start; Slack's modals said plan_item and eval_item). */
export const PLAN_FORM = 'plan';
export const EVALUATION_FORM = 'evaluation';
/** New actions per submit: Teams had 3 and Slack 2 or 3; three for both (more can follow in a second save). */
export const ACTION_ROWS = 3;

/** Rows of new actions (wat, wie, wanneer) named `<list>.<row>.<field>`; `before` goes above the first. */
function actionRowFields(lang: Lang, list: 'actions' | 'newActions', before: Block[]): Field[] {
  return Array.from({ length: ACTION_ROWS }, (_, row): Field[] => [
    { kind: 'text', id: `${list}.${row}.description`, label: `${row + 1}. ${t(lang, 'plan.description')}`, max: 500, optional: true, row, ...(row === 0 ? { before } : {}) },
    { kind: 'person', id: `${list}.${row}.ownerUserId`, label: t(lang, 'plan.owner'), optional: true, row },
    { kind: 'date', id: `${list}.${row}.dueDate`, label: t(lang, 'plan.due'), optional: true, row },
  ]).flat();
}

/** The actions an onderdeel has stay when it is saved: shown read-only above the rows that add new ones. */
function existingActions(m: Markup, lang: Lang, list: readonly ActionView[]): Block[] {
  if (list.length === 0) return [];
  return [note([m.bold(t(lang, 'plan.existingActions')), ...list.map((a) => actionLine(m, lang, a))].join('\n'))];
}

/** The actieplan form's inputs; `existing` only adds what is shown above the action rows, not an input. */
export function planFields(m: Markup, lang: Lang, existing: readonly ActionView[] = []): Field[] {
  return [
    { kind: 'text', id: 'watKanBeter', label: t(lang, 'plan.watKanBeter'), multiline: true, max: 1000 },
    { kind: 'text', id: 'gewensteEindsituatie', label: t(lang, 'plan.gewensteEindsituatie'), multiline: true, max: 1000 },
    ...actionRowFields(lang, 'actions', [...existingActions(m, lang, existing), text(m.bold(t(lang, 'plan.actions')))]),
  ];
}

/** `sent`: the values of a refused submit, shown again; otherwise the form opens with what was saved. */
export function planForm(m: Markup, view: ActionPlanView, onderdeel: OnderdeelCode, sent: Readonly<Record<string, string>> = {}): Form {
  const { lang } = view;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  return {
    id: PLAN_FORM,
    lang,
    title: t(lang, 'plan.title'),
    submit: t(lang, 'plan.submit'),
    close: t(lang, 'plan.close'),
    intro: [heading(t(lang, 'plan.heading')), text(m.bold(onderdeelTitle(lang, onderdeel)))],
    fields: planFields(m, lang, item?.actions),
    values: Object.keys(sent).length > 0 ? sent : filled(planFormValues(item)),
    data: { leerlijnId: view.leerlijnId, onderdeel },
  };
}

export function evaluationFields(m: Markup, lang: Lang): Field[] {
  return [
    { kind: 'choice', id: 'bereikt', label: t(lang, 'evaluation.bereikt'), style: 'radio', options: SCORES.map((s) => ({ label: scoreText(lang, s), value: String(s) })) },
    { kind: 'text', id: 'toelichting', label: t(lang, 'evaluation.toelichting'), multiline: true, max: 1000, optional: true },
    { kind: 'text', id: 'ondernomen', label: t(lang, 'evaluation.ondernomen'), multiline: true, max: 1000, optional: true },
    ...actionRowFields(lang, 'newActions', [text(m.bold(t(lang, 'evaluation.nogNodig')))]),
  ];
}

/** The onderdeel as it stands (its end state, answer, open actions) above its inputs. */
export function evaluationForm(m: Markup, view: EvaluationView, onderdeel: OnderdeelCode, sent: Readonly<Record<string, string>> = {}): Form {
  const { lang } = view;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const about = item ? evaluationItemBlocks(m, view, onderdeel) : [text(m.bold(onderdeelTitle(lang, onderdeel)))];
  return {
    id: EVALUATION_FORM,
    lang,
    title: t(lang, 'evaluation.title'),
    submit: t(lang, 'evaluation.submit'),
    close: t(lang, 'evaluation.close'),
    intro: [heading(t(lang, 'evaluation.heading', { moment: t(lang, `evaluation.moment.${view.moment}`) })), ...about],
    fields: evaluationFields(m, lang),
    values: Object.keys(sent).length > 0 ? sent : filled(evaluationFormValues(item)),
    data: { leerlijnId: view.leerlijnId, moment: view.moment, onderdeel },
  };
}
