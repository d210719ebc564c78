// The team's action list and an owner's own actions (src/views/plan.ts, home.ts) as Adaptive
// Cards; each own action's controls are Teams' own (own-action.ts).
import { type Lang } from '../../../domain/instrument.js';
import type { ActionView, LeerlijnView, MemberView } from '../../../app/views.js';
import type { AdaptiveCard } from './common.js';
import { actionListDoc } from '../../../views/plan.js';
import { leerlijnName, ownActionsDoc } from '../../../views/home.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { noteInputId, ownerActionBlock, STATUS_VERB } from './own-action.js';

export { noteInputId, ownerActionBlock, STATUS_VERB };

/** The owner's actions: in one leerlijn (named above them) or, without `of`, in all of theirs. */
export const ownerActionsCard = (lang: Lang, actions: readonly ActionView[], of?: Pick<LeerlijnView, 'id' | 'schoolName' | 'youthOrgName'>): AdaptiveCard =>
  toAdaptiveCard(ownActionsDoc(teamsMarkup([]), lang, actions, of ? leerlijnName(teamsMarkup([]), of) : undefined, of?.id));

export const actionsListCard = (lang: Lang, actions: readonly ActionView[], members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(actionListDoc(teamsMarkup(members), lang, actions));
