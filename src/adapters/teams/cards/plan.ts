// Actieplan (step 2) as Adaptive Cards: the menu and an onderdeel's form, each written once in
// src/views (plan.ts, plan-forms.ts); what a save posts is src/views/saved.ts.
import { type OnderdeelCode } from '../../../domain/instrument.js';
import { planMenuDoc } from '../../../views/plan.js';
import { nameOf, teamsMarkup, toAdaptiveCard } from './doc.js';
import type { ActionPlanView, MemberView } from '../../../app/views.js';
import { planForm } from '../../../views/plan-forms.js';
import type { AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';
export { errorLine } from './form.js';

export type FormValues = Partial<Record<string, string>>;

export { nameOf };

/** The actieplan as it stands: each onderdeel, lowest week-1 score first, with a button that opens its own form. */
export const planCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planMenuDoc(teamsMarkup(members), view));

/** One onderdeel's form as it opens (src/views/plan-forms.ts); opened and redrawn in a chat through the form registry (flows.ts). */
export const planFormCard = (view: ActionPlanView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toFormCard(planForm(teamsMarkup(members), view, onderdeel), members);
