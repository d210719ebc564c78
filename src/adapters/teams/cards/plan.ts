// Actieplan (step 2) as Adaptive Cards: the plan, one onderdeel, the menu and its form, each
// written once in src/views (plan.ts, plan-forms.ts).
import { type OnderdeelCode } from '../../../domain/instrument.js';
import { PLAN_OPEN, planDoc, planItemDoc, planMenuDoc } from '../../../views/plan.js';
import { nameOf, teamsMarkup, toAdaptiveCard } from './doc.js';
import type { ActionPlanView, MemberView } from '../../../app/views.js';
import { PLAN_FORM, planForm } from '../../../views/plan-forms.js';
import type { AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';
export { errorLine } from './form.js';

export { PLAN_FORM };
/** The button beside an onderdeel that opens its form. */
export { PLAN_OPEN };

export type FormValues = Partial<Record<string, string>>;

export { nameOf };

/** One onderdeel of the actieplan as just saved, for the team's channel. */
export const planItemCard = (view: ActionPlanView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(planItemDoc(teamsMarkup(members), view, onderdeel));

/** The whole actieplan, for the team's channel. */
export const wholePlanCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planDoc(teamsMarkup(members), view));

/** The actieplan as it stands: each onderdeel, lowest week-1 score first, with a button that opens its own form. */
export const planCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planMenuDoc(teamsMarkup(members), view));

/** One onderdeel's form (src/views/plan-forms.ts); a refused submit comes back with the values sent and the reasons beside them. */
export function planFormCard(
  view: ActionPlanView,
  onderdeel: OnderdeelCode,
  members: readonly MemberView[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  return toFormCard(planForm(teamsMarkup(members), view, onderdeel, values), members, errors);
}
