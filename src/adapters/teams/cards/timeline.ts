// The planning (src/views/leerlijn.ts) with its forms (src/views/planning-forms.ts) unfolding in the same card.
import type { Lang } from '../../../domain/instrument.js';
import { timelineDoc } from '../../../views/leerlijn.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import { showCard, type AdaptiveCard } from './common.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { toFormCard } from './form.js';
import { MOVE_FORM, moveForm, REMINDERS_FORM, remindersForm, ROLES_FORM, rolesForm, timelineOffers, type PlanningForm } from '../../../views/planning-forms.js';

/**
 * Moving one meeting, `kind` chosen where given; the form names its leerlijn, so it also works from a prompt in a personal chat.
 * `followUp`: the new evaluation meeting is listed (the timeline's followUpOffered).
 */
export const moveFormCard = (lang: Lang, leerlijnId: string, kind?: string, followUp = false): AdaptiveCard =>
  toFormCard(moveForm(lang, leerlijnId, kind ? { kind } : {}, { followUp }), []);

/** Notulist, invuller and location of `meetings` at once: one submit, saved all or nothing. */
export const rolesFormCard = (lang: Lang, leerlijnId: string, meetings: readonly MeetingView[], members: readonly MemberView[]): AdaptiveCard =>
  toFormCard(rolesForm(lang, leerlijnId, meetings), members);

/** `reminders`: a coordinator's view, whose form shows them. No form without `canEdit`; roles only `withRoles`. */
export function timelineCard(view: TimelineView, members: readonly MemberView[] = [], reminders?: ReminderSettings, canEdit = true, withRoles = canEdit): AdaptiveCard {
  const { lang, leerlijnId } = view;
  const cardOf: Record<PlanningForm, () => AdaptiveCard> = {
    [MOVE_FORM]: () => moveFormCard(lang, leerlijnId, undefined, view.followUpOffered === true),
    [ROLES_FORM]: () => rolesFormCard(lang, leerlijnId, view.meetings, members),
    // Offered only where `reminders` is given.
    [REMINDERS_FORM]: () => toFormCard(remindersForm(lang, leerlijnId, reminders!), []),
  };
  const actions = timelineOffers(lang, canEdit, withRoles, reminders !== undefined).map((o) => showCard(o.label, cardOf[o.form]()));
  return toAdaptiveCard(timelineDoc(teamsMarkup(members), view, canEdit), actions);
}
