// Evaluatielijst (steps 3 and 4) as Adaptive Cards: the list and an onderdeel's form, each written
// once in src/views (plan.ts, plan-forms.ts); what a save posts is src/views/saved.ts.
import type { OnderdeelCode } from '../../../domain/instrument.js';
import type { EvaluationView, MemberView } from '../../../app/views.js';
import { evaluationMenuDoc } from '../../../views/plan.js';
import { evaluationForm } from '../../../views/plan-forms.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import type { AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';

/** The Evaluatielijst: each onderdeel as it stands, with a button that opens its own form. */
export const evaluationCard = (view: EvaluationView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(evaluationMenuDoc(teamsMarkup(members), view));

/** One onderdeel's form as it opens (src/views/plan-forms.ts); opened and redrawn in a chat through the form registry (flows.ts). */
export const evaluationFormCard = (view: EvaluationView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toFormCard(evaluationForm(teamsMarkup(members), view, onderdeel), members);
