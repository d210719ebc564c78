// Everything the bot says on its own (Notice), as Block Kit. Used by the Slack Messenger.
import type { Notice } from '../../../app/notices.js';
import type { HomeView } from '../../../app/views.js';
import { formatTime } from '../../../i18n/format.js';
import { t, type Lang, type MessageKey } from '../../../i18n/index.js';
import { nextButtonLabel } from '../../../i18n/progress-lines.js';
import { meetingStartStep } from '../../../app/flows/next-step.js';
import type { MeetingKind } from '../../../domain/meetings.js';
import { NEXT_STEP_ACTION } from './next-step-action.js';
import { assignRolesText, closeOpenText, digestText, dueDateText, invitationText, jobFailedText, meetingSentenceName, previousStatusText, programmeText } from '../../../i18n/phrases.js';
import { safeText, userMention } from '../mrkdwn.js';
import { homeDoc } from '../../../views/home.js';
import { slackMarkup, toBlockKit } from './doc.js';
import { actions, button, context, LIMITS, linesToSections, section, type Block, type Rendered } from './blocks.js';
import { MOVE_ACTION, ROLES_ACTION } from './leerlijn.js';
import { actionLine, actionWithButtons, renderMyActions } from './plan.js';

function school(n: { leerlijn: { schoolName: string; youthOrgName: string } }): string {
  return `${safeText(n.leerlijn.schoolName, 150)} · ${safeText(n.leerlijn.youthOrgName, 150)}`;
}

function reminder(n: Extract<Notice, { type: 'meeting_reminder' }>): string {
  const lang = n.leerlijn.lang;
  const m = n.meeting;
  const meeting = meetingSentenceName(lang, m.kind);
  if (n.when === 'invite') return invitationText(n, (label, url) => `<${url}|${label}>`);
  if (n.when === 'day_before') return t(lang, 'reminder.dayBefore', { meeting, time: formatTime(m.startsAt, n.leerlijn.timezone) });
  const nobody = t(lang, 'timeline.nobody');
  return t(lang, 'reminder.starting', {
    meeting,
    notulist: m.notulistUserId ? userMention(m.notulistUserId) : nobody,
    invuller: m.invullerUserId ? userMention(m.invullerUserId) : nobody,
  });
}

function meetingStartButton(lang: Lang, kind: MeetingKind): Block {
  const { next, command } = meetingStartStep(kind);
  return actions('meeting_start', [button(nextButtonLabel(lang, next), NEXT_STEP_ACTION, command, 'primary')]);
}

function prompt(n: Extract<Notice, { type: 'coordinator_prompt' }>): string {
  const lang = n.leerlijn.lang;
  if (n.prompt === 'actieplan_not_planned') return t(lang, 'reminder.actieplanNotPlanned');
  if (n.prompt === 'plan_going') return t(lang, 'reminder.planGoing');
  if (n.prompt === 'assign_roles' && n.meeting) return assignRolesText(lang, n.meeting, n.leerlijn.timezone);
  return closeOpenText(lang, { meetingKind: n.meeting?.kind ?? null, openRound: n.openRound, unagreed: n.unagreed });
}

function followup(n: Extract<Notice, { type: 'action_followup' }>): Rendered {
  const lang = n.leerlijn.lang;
  const a = n.action;
  const params = { action: safeText(a.description, 500), due: dueDateText(lang, a.dueDate) };
  const key = n.when === 'before' ? 'reminder.actionSoon' : n.when === 'due' ? 'reminder.actionDue' : 'reminder.actionOverdue';
  const text = t(lang, key, params);
  return { text, blocks: [section(text, { blockId: 'followup' }), context(school(n)), ...actionWithButtons(lang, a, 0)] };
}

function digest(n: Extract<Notice, { type: 'digest' }>): Rendered {
  const lang = n.leerlijn.lang;
  const text = digestText(lang, n);
  const changed = [...n.done, ...n.bezig, ...n.stuck];
  const blocks: Block[] = [section(`*${school(n)}*\n${text}`, { blockId: 'digest' })];
  if (changed.length === 0) blocks.push(context(t(lang, 'reminder.digestNothing')));
  else blocks.push(section(t(lang, 'reminder.digestChanged')), ...linesToSections(changed.map((a) => actionLine(lang, a))));
  if (n.overdue.length > 0) blocks.push(section(`*${t(lang, 'action.overdue')}*`), ...linesToSections(n.overdue.map((a) => actionLine(lang, a))));
  return { text, blocks: blocks.slice(0, 50) };
}

export function renderNotice(n: Notice): Rendered {
  const lang = n.leerlijn.lang;
  switch (n.type) {
    case 'owner_actions':
      return renderMyActions(lang, n.actions, t(lang, 'slack.ownerIntro', { school: school(n) }));
    case 'action_changed': {
      const text = t(lang, 'action.updated', { name: userMention(n.byUserId), action: safeText(n.action.description, 500), status: t(lang, `action.status.${n.action.status}`) });
      const note = n.note ? `\n> ${safeText(n.note, 500)}` : '';
      const before = previousStatusText(lang, n.previousStatus);
      return { text, blocks: [section(`${text}${note}`, { blockId: 'changed' }), context(`${school(n)} · ${before}`)] };
    }
    case 'meeting_reminder': {
      // The coordinator chose to notify everyone: Slack's @channel, in the text the notification shows.
      const text = n.notifyChannel ? `<!channel> ${reminder(n)}` : reminder(n);
      // The invitation says what the meeting will do, so people can prepare; its start says it
      // again, with the meeting's work one click away for the coordinator.
      const programme = n.when === 'day_before' ? [] : [section(programmeText(lang, n.meeting.programme), { blockId: 'programme' })];
      const start = n.when === 'start' ? [meetingStartButton(lang, n.meeting.kind)] : [];
      const where = n.meeting.location && n.when !== 'day_before' ? [section(t(lang, 'reminder.where', { location: safeText(n.meeting.location, 200) }), { blockId: 'where' })] : [];
      return { text, blocks: [section(text, { blockId: 'reminder' }), ...where, ...programme, ...start, context(school(n))] };
    }
    case 'coordinator_prompt': {
      const text = prompt(n);
      const blocks: Block[] = [section(text, { blockId: 'prompt' }), context(school(n))];
      // "Is the plan getting going?": if not, the terugkom may come earlier; one click to do it.
      if (n.prompt === 'plan_going') {
        blocks.push(actions('prompt_actions', [button(t(lang, 'reminder.button.moveTerugkom'), MOVE_ACTION, `${n.leerlijn.id}|terugkom`)]));
      }
      // A notulist and invuller are missing: the roles form, one click from this direct message.
      if (n.prompt === 'assign_roles') blocks.push(actions('prompt_actions', [button(t(lang, 'guide.button.coordinator.assign_roles'), ROLES_ACTION, n.leerlijn.id, 'primary')]));
      return { text, blocks };
    }
    case 'action_followup':
      return followup(n);
    case 'digest':
      return digest(n);
    case 'job_failed': {
      const text = jobFailedText(lang, n.jobKind, n.attempts);
      return { text, blocks: [section(text, { blockId: 'job_failed' }), context(school(n))] };
    }
    case 'step_document': {
      // What is said above the file; the messenger posts the file itself with it.
      const text = t(lang, `documents.posted.${n.document}` as MessageKey);
      return { text, blocks: [section(text, { blockId: 'step_document' }), context(school(n))] };
    }
  }
}

/** The App Home, each of one's actions with its status buttons (actions.ts answers a click there in the bot's DM). */
export function renderHome(view: HomeView): { type: 'home'; blocks: Block[] } {
  return { type: 'home', blocks: toBlockKit(homeDoc(slackMarkup, view), LIMITS.blocksPerView).blocks };
}
