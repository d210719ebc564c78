// Evaluatielijst (steps 3 and 4): per onderdeel how far the desired end state was reached,
// what was done (offered from actions marked klaar) and which actions are still needed.
import { SCORES } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { scoreText } from '../../../i18n/phrases.js';
import type { EvaluationView, MemberView } from '../../../app/views.js';
import { evaluationFormValues } from '../../../app/flows/open-forms.js';
import { EVALUATION_OPEN, evaluationItemBlocks, evaluationItemDoc, evaluationMenuDoc } from '../../../views/plan.js';
import { docElements, teamsMarkup, toAdaptiveCard } from './doc.js';
import { adaptiveCard, clip, heading, submit, subheading, text, type AdaptiveCard, type Element } from './common.js';
import { actionRows, errorLine, field, openedWith, type FormValues } from './plan.js';

export const EVALUATION_FORM = 'evaluation';
/** The button beside an onderdeel that opens its form. */
export { EVALUATION_OPEN };

const headingOf = (view: EvaluationView): string => t(view.lang, 'evaluation.heading', { moment: t(view.lang, `evaluation.moment.${view.moment}`) });

/** One onderdeel of an evaluation as just saved, for the team's channel. */
export const evaluationItemCard = (view: EvaluationView, onderdeel: string, members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(evaluationItemDoc(teamsMarkup(members), view, onderdeel));

/** The Evaluatielijst: each onderdeel as it stands, with a button that opens its own form. */
export const evaluationCard = (view: EvaluationView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(evaluationMenuDoc(teamsMarkup(members), view));

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
    ...docElements(evaluationItemBlocks(teamsMarkup(members), view, onderdeel)),
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
