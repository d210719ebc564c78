// The timeline and the team: written once in src/views/leerlijn.ts; here
// Slack's own controls below them (buttons that open a modal).
import type { LeerlijnView, TimelineView } from '../../../app/views.js';
import { t } from '../../../i18n/index.js';
import { MOVE_TO, teamDoc, timelineDoc } from '../../../views/leerlijn.js';
import { actions, button, type Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

export const MOVE_ACTION = 'meeting_move';
export const ROLES_ACTION = 'meeting_roles';
export const REMINDERS_ACTION = 'meeting_reminders';
/** A click moves the meeting to that day at its own time: `<leerlijn id>|<meeting>|<date>`. */
export const MOVE_TO_ACTION = MOVE_TO;
export const TEAM_EDIT_ACTION = 'team_edit';

/** With `withButtons` (a coordinator's own view): move a meeting, set the roles, the reminders. */
export function renderTimeline(view: TimelineView, withButtons: boolean): Rendered {
  const rendered = toBlockKit(timelineDoc(slackMarkup, view, withButtons));
  if (!withButtons) return rendered;
  const lang = view.lang;
  const controls = actions('timeline', [
    button(t(lang, 'timeline.button.move'), MOVE_ACTION, view.leerlijnId),
    button(t(lang, 'timeline.button.roles'), ROLES_ACTION, view.leerlijnId),
    button(t(lang, 'reminders.button.open'), REMINDERS_ACTION, view.leerlijnId),
  ]);
  return { ...rendered, blocks: [...rendered.blocks, controls] };
}

export function renderTeam(view: LeerlijnView, withEditButton: boolean): Rendered {
  const rendered = toBlockKit(teamDoc(slackMarkup, view));
  if (!withEditButton) return rendered;
  return { ...rendered, blocks: [...rendered.blocks, actions('team', [button(t(view.lang, 'team.title'), TEAM_EDIT_ACTION, view.id)])] };
}
