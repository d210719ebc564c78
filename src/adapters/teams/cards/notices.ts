// Everything the bot says on its own (the Notice union) as Adaptive Cards.
import { formatTime } from '../../../i18n/format.js';
import { t } from '../../../i18n/index.js';
import { assignRolesText, closeOpenText, digestText, dueDateText, invitationText, jobFailedText, meetingSentenceName, previousStatusText, programmeText } from '../../../i18n/phrases.js';
import type { Notice } from '../../../app/notices.js';
import type { ActionView, LeerlijnView } from '../../../app/views.js';
import type { Lang } from '../../../domain/instrument.js';
import { adaptiveCard, forTeams, heading, note, submit, subheading, text, userText, type AdaptiveCard, type Element } from './common.js';
import { nextButtonLabel } from '../../../i18n/progress-lines.js';
import { meetingStartStep } from '../../../app/flows/next-step.js';
import { NEXT_STEP_FORM } from './next-step-form.js';
import { leerlijnTitle, moreActions, ownerActionBlock, ownerActionsCard } from './actions.js';
import { actionLine, nameOf } from './plan.js';
import { moveFormCard, rolesFormCard } from './timeline.js';
import { stepDocumentCard } from './document.js';

/** School and youth organisation, escaped: every notice names them. */
function list(lang: Lang, heading: string, actions: readonly ActionView[], l: LeerlijnView): Element[] {
  if (actions.length === 0) return [];
  return [subheading(heading), ...actions.slice(0, DIGEST_LISTED).map((a) => text(actionLine(lang, a, l.members), { size: 'Small' })), ...moreActions(lang, actions.length, DIGEST_LISTED)];
}

/** Per status in the weekly digest: enough to see what moved, short enough to read. */
const DIGEST_LISTED = 15;

function reminderCard(n: Extract<Notice, { type: 'meeting_reminder' }>): AdaptiveCard {
  const l = n.leerlijn;
  const lang = l.lang;
  const m = n.meeting;
  const meeting = meetingSentenceName(lang, m.kind);
  let message: string;
  if (n.when === 'invite') {
    message = invitationText(n, (label, url) => `[${label}](${url})`);
  } else if (n.when === 'day_before') {
    message = t(lang, 'reminder.dayBefore', { meeting, time: formatTime(m.startsAt, l.timezone) });
  } else {
    const who = (id: string | null): string => (id ? nameOf(l.members, id, lang) : t(lang, 'timeline.nobody'));
    message = t(lang, 'reminder.starting', { meeting, notulist: who(m.notulistUserId), invuller: who(m.invullerUserId) });
  }
  // The invitation says what the meeting will do; its start says it again, with the meeting's
  // work one click away for the coordinator (anyone else who clicks is refused).
  const programme = n.when === 'day_before' ? [] : [note(programmeText(lang, m.programme))];
  const start = n.when === 'start' ? meetingStartStep(m.kind) : null;
  const button = start ? [submit(nextButtonLabel(lang, start.next), NEXT_STEP_FORM, { command: start.command }, { style: 'positive' })] : [];
  const where = m.location && n.when !== 'day_before' ? [text(t(lang, 'reminder.where', { location: userText(m.location, 200) }))] : [];
  return adaptiveCard([note(leerlijnTitle(l)), text(message), ...where, ...programme], button);
}

function promptCard(n: Extract<Notice, { type: 'coordinator_prompt' }>): AdaptiveCard {
  const lang = n.leerlijn.lang;
  const message =
    n.prompt === 'actieplan_not_planned' ? t(lang, 'reminder.actieplanNotPlanned')
    : n.prompt === 'plan_going' ? t(lang, 'reminder.planGoing')
    : n.prompt === 'assign_roles' && n.meeting ? assignRolesText(lang, n.meeting, n.leerlijn.timezone)
    : closeOpenText(lang, { meetingKind: n.meeting?.kind ?? null, openRound: n.openRound, unagreed: n.unagreed });
  // "Is the plan getting going?": if not, the terugkom may come earlier; the form is right here.
  const move = n.prompt === 'plan_going'
    ? [{ type: 'Action.ShowCard', title: t(lang, 'reminder.button.moveTerugkom'), card: moveFormCard(lang, { kind: 'terugkom' }, new Map(), n.leerlijn.id) }]
    : [];
  // A notulist and invuller are missing: the roles form for this meeting, right in the chat.
  const roles = n.prompt === 'assign_roles' && n.meeting
    ? [{ type: 'Action.ShowCard', title: t(lang, 'guide.button.coordinator.assign_roles'), card: rolesFormCard(lang, [n.meeting], n.leerlijn.members, {}, new Map(), n.leerlijn.id) }]
    : [];
  return adaptiveCard([note(leerlijnTitle(n.leerlijn)), text(forTeams(message))], [...move, ...roles]);
}

function followupCard(n: Extract<Notice, { type: 'action_followup' }>): AdaptiveCard {
  const lang = n.leerlijn.lang;
  const a = n.action;
  const key = n.when === 'before' ? 'reminder.actionSoon' : n.when === 'due' ? 'reminder.actionDue' : 'reminder.actionOverdue';
  return adaptiveCard([note(leerlijnTitle(n.leerlijn)), text(t(lang, key, { action: userText(a.description, 200), due: dueDateText(lang, a.dueDate) })), ownerActionBlock(lang, a, n.leerlijn.id)]);
}

function digestCard(n: Extract<Notice, { type: 'digest' }>): AdaptiveCard {
  const l = n.leerlijn;
  const lang = l.lang;
  const changed = [...list(lang, t(lang, 'action.status.klaar'), n.done, l), ...list(lang, t(lang, 'action.status.bezig'), n.bezig, l), ...list(lang, t(lang, 'action.status.loopt_vast'), n.stuck, l)];
  const body = [heading(leerlijnTitle(l)), text(digestText(lang, n))];
  body.push(...(changed.length > 0 ? [text(t(lang, 'reminder.digestChanged')), ...changed] : [text(t(lang, 'reminder.digestNothing'))]));
  body.push(...list(lang, t(lang, 'action.overdue'), n.overdue, l));
  return adaptiveCard(body);
}

export function noticeCard(notice: Notice): AdaptiveCard {
  switch (notice.type) {
    case 'owner_actions':
      return ownerActionsCard(notice.leerlijn.lang, notice.actions, notice.leerlijn);
    case 'action_changed': {
      const { leerlijn: l, action: a } = notice;
      const lang = l.lang;
      const onTeam = l.members.some((m) => m.userId === notice.byUserId);
      const by = !onTeam && notice.byName ? userText(notice.byName, 100) : nameOf(l.members, notice.byUserId, lang);
      const line = t(lang, 'action.updated', { name: by, action: userText(a.description, 200), status: t(lang, `action.status.${a.status}`) });
      const before = note(`${leerlijnTitle(l)} · ${previousStatusText(lang, notice.previousStatus)}`);
      return adaptiveCard([text(line), ...(notice.note ? [note(t(lang, 'action.lastNote', { note: userText(notice.note, 300) }))] : []), before]);
    }
    case 'meeting_reminder':
      return reminderCard(notice);
    case 'coordinator_prompt':
      return promptCard(notice);
    case 'action_followup':
      return followupCard(notice);
    case 'digest':
      return digestCard(notice);
    case 'job_failed':
      return adaptiveCard([note(leerlijnTitle(notice.leerlijn)), text(forTeams(jobFailedText(notice.leerlijn.lang, notice.jobKind, notice.attempts)), { color: 'Attention' })]);
    case 'step_document':
      return stepDocumentCard(notice.leerlijn.lang, notice.document, notice.link, notice.linkTtlHours);
  }
}
