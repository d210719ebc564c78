// Evaluatielijst (steps 3 and 4): per onderdeel how far the desired end state was reached,
// what was done (offered from actions marked klaar) and which actions are still needed.
import { SCORES } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { bereiktText, onderdeelTitle, scoreText } from '../../../i18n/phrases.js';
import type { EvaluationView, MemberView } from '../../../app/views.js';
import { evaluationFormValues } from '../../../app/flows/open-forms.js';
import { actionSet, adaptiveCard, clip, container, heading, note, submit, subheading, text, userText, type AdaptiveCard, type Element } from './common.js';
import { actionLine, actionRows, errorLine, field, openedWith, type FormValues } from './plan.js';

export const EVALUATION_FORM = 'evaluation';
/** The button beside an onderdeel that opens its form. */
export const EVALUATION_OPEN = 'evaluation_open';

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

/** The Evaluatielijst: each onderdeel as it stands, with a button that opens its own form. */
export function evaluationCard(view: EvaluationView, members: readonly MemberView[]): AdaptiveCard {
  const { lang } = view;
  if (view.items.length === 0) return adaptiveCard([heading(headingOf(view)), text(t(lang, 'plan.empty'), { isSubtle: true })]);
  const withButtons = items(view, members).map((item, i) => {
    const open = submit(t(lang, 'evaluation.button.fill'), EVALUATION_OPEN, { moment: view.moment, onderdeel: view.items[i]!.onderdeel });
    return { ...item, items: [...(item.items as Element[]), actionSet([open])] };
  });
  return adaptiveCard([heading(headingOf(view)), ...withButtons]);
}

/**
 * One onderdeel's form, starting from what is known of it (app/flows/open-forms.ts); a refused
 * submit comes back with the values sent and the reasons beside them.
 */
export function evaluationFormCard(
  view: EvaluationView,
  onderdeel: string,
  members: readonly MemberView[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const { lang } = view;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const shown = evaluationFormValues(item);
  const filled = openedWith(values, { ...shown, ondernomen: shown.ondernomen && clip(shown.ondernomen, 1000) });
  const body: Element[] = [
    heading(headingOf(view)),
    ...items(view, members, onderdeel),
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' })] : []),
    ...errorLine(errors, 'onderdeel'),
    field('Input.ChoiceSet', 'bereikt', t(lang, 'evaluation.bereikt'), filled, {
      style: 'expanded',
      choices: SCORES.map((s) => ({ title: scoreText(lang, s), value: String(s) })),
    }),
    ...errorLine(errors, 'bereikt'),
    field('Input.Text', 'toelichting', t(lang, 'evaluation.toelichting'), filled, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'toelichting'),
    field('Input.Text', 'ondernomen', t(lang, 'evaluation.ondernomen'), filled, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'ondernomen'),
    subheading(t(lang, 'evaluation.nogNodig')),
    ...actionRows(lang, 'newActions', members, filled, errors),
  ];
  return adaptiveCard(body, [submit(t(lang, 'evaluation.submit'), EVALUATION_FORM, { moment: view.moment, onderdeel })]);
}
