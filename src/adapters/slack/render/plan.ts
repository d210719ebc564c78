// The actieplan, the team's action list, one's own actions and the evaluation lists as Block
// Kit: each written once in src/views (plan.ts, home.ts); the action ids their buttons carry.
import type { ActionPlanView, ActionView, EvaluationView } from '../../../app/views.js';
import type { OnderdeelCode } from '../../../domain/instrument.js';
import { type Lang } from '../../../i18n/index.js';
import {
  actionListDoc, EVALUATION_OPEN, evaluationItemDoc, evaluationMenuDoc, PLAN_OPEN, PLAN_POST, planDoc, planItemDoc, planMenuDoc,
} from '../../../views/plan.js';
import type { Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';
import { ownActionsDoc } from '../../../views/home.js';
import { STATUS_ACTION, STATUS_NOTE_ACTION } from './own-action.js';

export const PLAN_OPEN_ACTION = PLAN_OPEN;
export const PLAN_POST_ACTION = PLAN_POST;
export { STATUS_ACTION, STATUS_NOTE_ACTION };
export const EVAL_OPEN_ACTION = EVALUATION_OPEN;

export { soonestFirst } from '../../../app/present.js';

export const renderMyActions = (lang: Lang, list: readonly ActionView[], intro?: string): Rendered => toBlockKit(ownActionsDoc(slackMarkup, lang, list, intro));

export const renderPlan = (view: ActionPlanView): Rendered => toBlockKit(planDoc(slackMarkup, view));
export const renderPlanItem = (view: ActionPlanView, onderdeel: OnderdeelCode): Rendered => toBlockKit(planItemDoc(slackMarkup, view, onderdeel));
/** With the button that posts the whole plan in the channel. */
export const renderPlanMenu = (view: ActionPlanView): Rendered => toBlockKit(planMenuDoc(slackMarkup, view));
export const renderActionList = (lang: Lang, list: readonly ActionView[]): Rendered => toBlockKit(actionListDoc(slackMarkup, lang, list));
export const renderEvaluationMenu = (view: EvaluationView): Rendered => toBlockKit(evaluationMenuDoc(slackMarkup, view));
export const renderEvaluationItem = (view: EvaluationView, code: string): Rendered => toBlockKit(evaluationItemDoc(slackMarkup, view, code));
