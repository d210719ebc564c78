// Actions: the team's list, and an owner's own actions with klaar / bezig / loopt vast
// buttons and a short note, answered in place.
import { type Lang } from '../../../domain/instrument.js';
import type { ActionView, LeerlijnView, MemberView } from '../../../app/views.js';
import { userText, type AdaptiveCard, type Element } from './common.js';
import { actionListDoc } from '../../../views/plan.js';
import { moreActions as neutralMoreActions, ownActionsDoc } from '../../../views/home.js';
import { docElements, teamsMarkup, toAdaptiveCard } from './doc.js';
import { noteInputId, ownerActionBlock, STATUS_VERB } from './own-action.js';

export { noteInputId, ownerActionBlock, STATUS_VERB };

/** A list cut at `shown` says how many it leaves out (none when it shows them all), as Slack's lists do. */
export const moreActions = (lang: Lang, total: number, shown: number): Element[] => docElements(neutralMoreActions(teamsMarkup([]), lang, total, shown));

/** How a card names a leerlijn: school · youth-work organisation, escaped for Markdown. */
export function leerlijnTitle(l: Pick<LeerlijnView, 'schoolName' | 'youthOrgName'>): string {
  return `${userText(l.schoolName, 150)} · ${userText(l.youthOrgName, 150)}`;
}

/** The owner's actions: in one leerlijn (named above them) or, without `of`, in all of theirs. */
export const ownerActionsCard = (lang: Lang, actions: readonly ActionView[], of?: Pick<LeerlijnView, 'id' | 'schoolName' | 'youthOrgName'>): AdaptiveCard =>
  toAdaptiveCard(ownActionsDoc(teamsMarkup([]), lang, actions, of ? leerlijnTitle(of) : undefined, of?.id));

export const actionsListCard = (lang: Lang, actions: readonly ActionView[], members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(actionListDoc(teamsMarkup(members), lang, actions));
