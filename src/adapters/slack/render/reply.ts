// The flows' replies as Block Kit, written once in src/views/reply.ts (the planning and the team in
// src/views/leerlijn.ts); here Slack's buttons below the planning and the team, which open a modal.
import { refusal, replyDoc, sentence } from '../../../views/reply.js';
import { teamDoc, timelineDoc } from '../../../views/leerlijn.js';
import type { ErrorView, ReplyView, TextView } from '../../../app/flows/surface.js';
import type { LeerlijnView, TimelineView } from '../../../app/views.js';
import { t, type Lang } from '../../../i18n/index.js';
import { actions, button, section, type Block, type Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

export const MOVE_ACTION = 'meeting_move';
export const ROLES_ACTION = 'meeting_roles';
export const REMINDERS_ACTION = 'meeting_reminders';
export const TEAM_EDIT_ACTION = 'team_edit';

export const textOf = (placeLang: Lang, view: TextView): string => sentence(slackMarkup, placeLang, view);

export const errorTextOf = (lang: Lang, view: ErrorView): string => refusal(slackMarkup, lang, view);

export const withBlocks = (r: Rendered, ...blocks: Block[]): Rendered => ({ ...r, blocks: [...r.blocks, ...blocks] });

/** `withButtons`: a coordinator's own view, with the forms to move a meeting and, where offered, to set the roles and the reminders. */
export function renderTimeline(view: TimelineView, withButtons: boolean, withRoles = withButtons, withReminders = withButtons): Rendered {
  const rendered = toBlockKit(timelineDoc(slackMarkup, view, withButtons));
  if (!withButtons) return rendered;
  const { lang, leerlijnId } = view;
  return withBlocks(rendered, actions('timeline', [
    button(t(lang, 'timeline.button.move'), MOVE_ACTION, leerlijnId),
    ...(withRoles ? [button(t(lang, 'timeline.button.roles'), ROLES_ACTION, leerlijnId)] : []),
    ...(withReminders ? [button(t(lang, 'reminders.button.open'), REMINDERS_ACTION, leerlijnId)] : []),
  ]));
}

export function renderTeam(view: LeerlijnView, withEditButton: boolean): Rendered {
  const rendered = toBlockKit(teamDoc(slackMarkup, view));
  return withEditButton ? withBlocks(rendered, actions('team', [button(t(view.lang, 'team.title'), TEAM_EDIT_ACTION, view.id)])) : rendered;
}

export function renderReply(lang: Lang, view: ReplyView): Rendered {
  if (view.type === 'timeline') return renderTimeline(view.timeline, view.canEdit, view.rolesOffered, view.reminders !== undefined);
  if (view.type !== 'team') return toBlockKit(replyDoc(slackMarkup, lang, view));
  const team = renderTeam(view.leerlijn, view.canEdit);
  if (!view.change?.length) return team;
  const lines = view.change.map((l) => textOf(view.leerlijn.lang, l)).join('\n');
  return { text: lines, blocks: [section(lines, { blockId: 'team_change' }), ...team.blocks] };
}
