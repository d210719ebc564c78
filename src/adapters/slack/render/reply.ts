// The flows' replies (src/views/reply.ts, the planning and the team in src/views/leerlijn.ts) and what the bot says on
// its own (src/views/notices.ts) as Block Kit, with Slack's additions: buttons below them that open a modal, @channel.
import { refusal, replyDoc, sentence, teamChangeLines } from '../../../views/reply.js';
import { teamDoc, timelineDoc } from '../../../views/leerlijn.js';
import { noticeDoc, promptForm } from '../../../views/notices.js';
import { homeDoc } from '../../../views/home.js';
import { MOVE_FORM, REMINDERS_FORM, ROLES_FORM, timelineOffers, type PlanningForm } from '../../../views/planning-forms.js';
import type { Doc } from '../../../views/doc.js';
import type { ErrorView, ReplyView, TextView } from '../../../app/flows/surface.js';
import { notifiesEveryone, type Notice } from '../../../app/notices.js';
import type { HomeView, LeerlijnView, TimelineView } from '../../../app/views.js';
import { t, type Lang } from '../../../i18n/index.js';
import { actions, button, LIMITS, section, type Block, type Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

export const MOVE_ACTION = 'meeting_move';
export const ROLES_ACTION = 'meeting_roles';
export const REMINDERS_ACTION = 'meeting_reminders';
export const TEAM_EDIT_ACTION = 'team_edit';

export const textOf = (placeLang: Lang, view: TextView): string => sentence(slackMarkup, placeLang, view);

/** A refusal as plain text (a modal's field error reads no markup), or `inMarkup` as mrkdwn with what was typed escaped. */
export const errorTextOf = (lang: Lang, view: ErrorView, inMarkup = false): string => refusal(slackMarkup, lang, view, inMarkup);

const withBlocks = (r: Rendered, ...blocks: Block[]): Rendered => ({ ...r, blocks: [...r.blocks, ...blocks] });

const TIMELINE_ACTIONS: Record<PlanningForm, string> = { [MOVE_FORM]: MOVE_ACTION, [ROLES_FORM]: ROLES_ACTION, [REMINDERS_FORM]: REMINDERS_ACTION };

/** `withButtons`: a coordinator's own view, with buttons that open the planning's forms in a modal. */
export function renderTimeline(view: TimelineView, withButtons: boolean, withRoles = withButtons, withReminders = withButtons): Rendered {
  const rendered = toBlockKit(timelineDoc(slackMarkup, view, withButtons));
  const offers = timelineOffers(view.lang, withButtons, withRoles, withReminders);
  if (offers.length === 0) return rendered;
  return withBlocks(rendered, actions('timeline', offers.map((o) => button(o.label, TIMELINE_ACTIONS[o.form], view.leerlijnId))));
}

export function renderTeam(view: LeerlijnView, withEditButton: boolean): Rendered {
  const rendered = toBlockKit(teamDoc(slackMarkup, view));
  return withEditButton ? withBlocks(rendered, actions('team', [button(t(view.lang, 'team.title'), TEAM_EDIT_ACTION, view.id)])) : rendered;
}

export function renderReply(lang: Lang, view: ReplyView): Rendered {
  if (view.type === 'timeline') return renderTimeline(view.timeline, view.canEdit, view.rolesOffered, view.reminders !== undefined);
  if (view.type !== 'team') return toBlockKit(replyDoc(slackMarkup, lang, view));
  const team = renderTeam(view.leerlijn, view.canEdit);
  const lines = teamChangeLines(slackMarkup, view).map((c) => c.text).join('\n');
  return lines ? { text: lines, blocks: [section(lines, { blockId: 'team_change' }), ...team.blocks] } : team;
}

/** Slack's @channel, in the text the notification shows. */
function toEveryone(doc: Doc): Doc {
  const blocks = doc.blocks.map((b) => (b.type === 'text' && b.id === 'reminder' ? { ...b, text: `<!channel> ${b.text}` } : b));
  return { fallback: `<!channel> ${doc.fallback}`, blocks };
}

/** The prompt's planning form opens in a modal on the meeting its button names. */
function promptButtons(n: Extract<Notice, { type: 'coordinator_prompt' }>): Block[] {
  const form = promptForm(n);
  if (!form) return [];
  return [actions('prompt_actions', [button(form.label, TIMELINE_ACTIONS[form.form], `${n.leerlijn.id}|${form.kind}`, form.style)])];
}

export function renderNotice(n: Notice): Rendered {
  const doc = noticeDoc(slackMarkup, n);
  if (notifiesEveryone(n)) return toBlockKit(toEveryone(doc));
  return n.type === 'coordinator_prompt' ? withBlocks(toBlockKit(doc), ...promptButtons(n)) : toBlockKit(doc);
}

/** The App Home, each of one's actions with its status buttons (actions.ts answers a click there in the bot's DM). */
export const renderHome = (view: HomeView): { type: 'home'; blocks: Block[] } =>
  ({ type: 'home', blocks: toBlockKit(homeDoc(slackMarkup, view), LIMITS.blocksPerView).blocks });
