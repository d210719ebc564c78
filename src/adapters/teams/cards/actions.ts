// Actions: the team's list, and an owner's own actions with klaar / bezig / loopt vast
// buttons and a short note, answered in place.
import { type Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { dueDateText, onderdeelTitle } from '../../../i18n/phrases.js';
import type { ActionView, LeerlijnView, MemberView } from '../../../app/views.js';
import { adaptiveCard, container, execute, heading, note, subheading, text, tt, userText, type AdaptiveCard, type Element } from './common.js';
import { countText } from '../../../i18n/counts.js';
import { actionListDoc } from '../../../views/plan.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';

export const STATUS_VERB = 'status';
/** An owner's actions with their controls, as many as a card holds well. */
const MAX_LISTED = 25;
const STATUS_BUTTONS = ['klaar', 'bezig', 'loopt_vast'] as const;

export function noteInputId(actionId: string): string {
  return `note.${actionId}`;
}

/**
 * One action with its buttons; the note input travels with whichever button is pressed.
 * `leerlijnId` when the card shows one leerlijn's actions, so the card redrawn after a click
 * shows that leerlijn again rather than the owner's actions in all of them.
 */
export function ownerActionBlock(lang: Lang, a: ActionView, leerlijnId?: string): Element {
  const details = [
    `${t(lang, 'action.due')}: ${dueDateText(lang, a.dueDate)}`,
    t(lang, `action.status.${a.status}`),
    ...(a.overdue ? [`⚠️ ${t(lang, 'action.overdue')}`] : []),
  ].join(' · ');
  return container(
    [
      text(userText(a.description, 500), { weight: 'Bolder' }),
      note(`${onderdeelTitle(lang, a.onderdeel)} · ${details}`),
      ...(a.lastNote ? [note(t(lang, 'action.lastNote', { note: userText(a.lastNote, 300) }))] : []),
      { type: 'Input.Text', id: noteInputId(a.id), placeholder: t(lang, 'action.noteLabel'), maxLength: 500 },
      {
        type: 'ActionSet',
        actions: STATUS_BUTTONS.map((status) =>
          execute(t(lang, `action.button.${status}`), STATUS_VERB, { actionId: a.id, status, ...(leerlijnId ? { leerlijnId } : {}) }, a.status === status ? { style: 'positive' } : {}),
        ),
      },
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** A list cut at `shown` says how many it leaves out (none when it shows them all), as Slack's lists do. */
export function moreActions(lang: Lang, total: number, shown: number): Element[] {
  return total > shown ? [note(tt(lang, 'action.more', { actions: countText(lang, 'actie', total - shown) }))] : [];
}

/** How a card names a leerlijn: school · youth-work organisation, escaped for Markdown. */
export function leerlijnTitle(l: Pick<LeerlijnView, 'schoolName' | 'youthOrgName'>): string {
  return `${userText(l.schoolName, 150)} · ${userText(l.youthOrgName, 150)}`;
}

/** The owner's actions: in one leerlijn (named above them) or, without `of`, in all of theirs. */
export function ownerActionsCard(lang: Lang, actions: readonly ActionView[], of?: Pick<LeerlijnView, 'id' | 'schoolName' | 'youthOrgName'>): AdaptiveCard {
  const body: Element[] = [heading(t(lang, 'home.myActions'))];
  if (of) body.push(text(leerlijnTitle(of)));
  if (actions.length === 0) body.push(text(t(lang, 'home.noActions'), { isSubtle: true }));
  body.push(...actions.slice(0, MAX_LISTED).map((a) => ownerActionBlock(lang, a, of?.id)));
  // Said, as in Slack, so nobody thinks the list is complete.
  body.push(...moreActions(lang, actions.length, MAX_LISTED));
  return adaptiveCard(body);
}

export const actionsListCard = (lang: Lang, actions: readonly ActionView[], members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(actionListDoc(teamsMarkup(members), lang, actions));
