// Evaluatielijst (steps 3 and 4): per onderdeel how far the desired end state was reached,
// what was done (offered from actions marked klaar) and which actions are still needed.
import { SCORES } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { bereiktText, onderdeelTitle, scoreText } from '../../../i18n/phrases.js';
import type { EvaluationView, MemberView } from '../../../app/views.js';
import { adaptiveCard, clip, container, heading, note, submit, subheading, text, userText, type AdaptiveCard, type Element } from './common.js';
import { actionLine, actionRows, errorLine, field, type FormValues } from './plan.js';

export const EVALUATION_FORM = 'evaluation';

function items(view: EvaluationView, members: readonly MemberView[], only?: string): Element[] {
  const { lang } = view;
  return view.items.filter((item) => only === undefined || item.onderdeel === only).map((item) => {
    const lines: Element[] = [subheading(onderdeelTitle(lang, item.onderdeel))];
    if (item.gewensteEindsituatie) lines.push(note(`${t(lang, 'plan.gewensteEindsituatie')}: ${userText(item.gewensteEindsituatie, 500)}`));
    lines.push(text(bereiktText(lang, item.bereikt)));
    if (item.toelichting) lines.push(note(`${t(lang, 'evaluation.toelichting')}: ${userText(item.toelichting, 500)}`));
    if (item.ondernomen) lines.push(note(`${t(lang, 'evaluation.ondernomen')} ${userText(item.ondernomen, 500)}`));
    lines.push(...item.openActions.map((a) => text(actionLine(lang, a, members), { size: 'Small' })));
    return container(lines, { separator: true });
  });
}

const headingOf = (view: EvaluationView): string => t(view.lang, 'evaluation.heading', { moment: t(view.lang, `evaluation.moment.${view.moment}`) });

/** One onderdeel of an evaluation as just saved, for the team's channel. */
export function evaluationItemCard(view: EvaluationView, onderdeel: string, members: readonly MemberView[]): AdaptiveCard {
  return adaptiveCard([heading(headingOf(view)), ...items(view, members, onderdeel)]);
}

export function evaluationCard(
  view: EvaluationView,
  members: readonly MemberView[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const { lang } = view;
  const first = view.items[0];
  const selected = view.items.find((i) => i.onderdeel === values.onderdeel) ?? first;
  const done = selected?.doneActions.map((a) => a.description).join('; ') ?? '';
  const form: Element[] = [
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' })] : []),
    field('Input.ChoiceSet', 'onderdeel', t(lang, 'plan.button.add'), values, {
      choices: view.items.map((i) => ({ title: onderdeelTitle(lang, i.onderdeel), value: i.onderdeel })),
      value: values.onderdeel ?? first?.onderdeel,
    }),
    ...errorLine(errors, 'onderdeel'),
    field('Input.ChoiceSet', 'bereikt', t(lang, 'evaluation.bereikt'), values, {
      style: 'expanded',
      choices: SCORES.map((s) => ({ title: scoreText(lang, s), value: String(s) })),
    }),
    ...errorLine(errors, 'bereikt'),
    field('Input.Text', 'toelichting', t(lang, 'evaluation.toelichting'), values, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'toelichting'),
    field('Input.Text', 'ondernomen', t(lang, 'evaluation.ondernomen'), { ondernomen: clip(done, 1000), ...values }, { isMultiline: true, maxLength: 1000 }),
    ...(done ? [note(t(lang, 'evaluation.doneHint', { actions: userText(done, 500) }))] : []),
    ...errorLine(errors, 'ondernomen'),
    subheading(t(lang, 'evaluation.nogNodig')),
    ...actionRows(lang, 'newActions', members, values, errors),
  ];
  const body = [heading(headingOf(view)), ...items(view, members)];
  const data = { moment: view.moment };
  if (view.items.length === 0) return adaptiveCard([...body, text(t(lang, 'plan.empty'), { isSubtle: true })]);
  return adaptiveCard([...body, ...form], [submit(t(lang, 'evaluation.submit'), EVALUATION_FORM, data)]);
}
