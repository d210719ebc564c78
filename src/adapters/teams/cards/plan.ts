// Actieplan (step 2) as Adaptive Cards: the plan, one onderdeel, the menu and its form, each
// written once in src/views (plan.ts, plan-forms.ts).
import { type OnderdeelCode } from '../../../domain/instrument.js';
import { planDoc, planItemDoc, planMenuDoc } from '../../../views/plan.js';
import { nameOf, teamsMarkup, toAdaptiveCard } from './doc.js';
import type { ActionPlanView, MemberView } from '../../../app/views.js';
import { planForm } from '../../../views/plan-forms.js';
import type { AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';
export { errorLine } from './form.js';

export type FormValues = Partial<Record<string, string>>;

export { nameOf };

/** One onderdeel of the actieplan as just saved, for the team's channel. */
export const planItemCard = (view: ActionPlanView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(planItemDoc(teamsMarkup(members), view, onderdeel));

/** The whole actieplan, for the team's channel. */
export const wholePlanCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planDoc(teamsMarkup(members), view));

/** The actieplan as it stands: each onderdeel, lowest week-1 score first, with a button that opens its own form. */
export const planCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planMenuDoc(teamsMarkup(members), view));

/** One onderdeel's form as it opens (src/views/plan-forms.ts); opened and redrawn in a chat through the form registry (flows.ts). */
export const planFormCard = (view: ActionPlanView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toFormCard(planForm(teamsMarkup(members), view, onderdeel), members);
