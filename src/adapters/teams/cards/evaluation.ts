// Evaluatielijst (steps 3 and 4) as Adaptive Cards: the list, one onderdeel and its form, each
// written once in src/views (plan.ts, plan-forms.ts).
import type { OnderdeelCode } from '../../../domain/instrument.js';
import type { EvaluationView, MemberView } from '../../../app/views.js';
import { EVALUATION_OPEN, evaluationItemDoc, evaluationMenuDoc } from '../../../views/plan.js';
import { EVALUATION_FORM, evaluationForm } from '../../../views/plan-forms.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import type { AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';

export { EVALUATION_FORM };
/** The button beside an onderdeel that opens its form. */
export { EVALUATION_OPEN };

/** One onderdeel of an evaluation as just saved, for the team's channel. */
export const evaluationItemCard = (view: EvaluationView, onderdeel: string, members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(evaluationItemDoc(teamsMarkup(members), view, onderdeel));

/** The Evaluatielijst: each onderdeel as it stands, with a button that opens its own form. */
export const evaluationCard = (view: EvaluationView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(evaluationMenuDoc(teamsMarkup(members), view));

/** One onderdeel's form (src/views/plan-forms.ts); a refused submit comes back with the values sent and the reasons beside them. */
export function evaluationFormCard(
  view: EvaluationView,
  onderdeel: OnderdeelCode,
  members: readonly MemberView[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  return toFormCard(evaluationForm(teamsMarkup(members), view, onderdeel, values), members, errors);
}
