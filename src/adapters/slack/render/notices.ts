// Everything the bot says on its own, written once in src/views/notices.ts; here Slack's additions
// (@channel, and the button of a coordinator's prompt that opens a modal).
import type { Notice } from '../../../app/notices.js';
import type { HomeView } from '../../../app/views.js';
import type { Doc } from '../../../views/doc.js';
import { homeDoc } from '../../../views/home.js';
import { noticeDoc, promptForm } from '../../../views/notices.js';
import { actions, button, LIMITS, type Block, type Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';
import { MOVE_ACTION, ROLES_ACTION, withBlocks } from './reply.js';

/** The coordinator chose to notify everyone: Slack's @channel, in the text the notification shows. */
function toEveryone(doc: Doc): Doc {
  const blocks = doc.blocks.map((b) => (b.type === 'text' && b.id === 'reminder' ? { ...b, text: `<!channel> ${b.text}` } : b));
  return { fallback: `<!channel> ${doc.fallback}`, blocks };
}

function promptButtons(n: Extract<Notice, { type: 'coordinator_prompt' }>): Block[] {
  const form = promptForm(n);
  if (!form) return [];
  const { id } = n.leerlijn;
  const open = form.form === 'move_terugkom'
    ? button(form.label, MOVE_ACTION, `${id}|terugkom`)
    : button(form.label, ROLES_ACTION, `${id}|${form.meeting.kind}`, 'primary');
  return [actions('prompt_actions', [open])];
}

export function renderNotice(n: Notice): Rendered {
  const doc = noticeDoc(slackMarkup, n);
  if (n.type === 'meeting_reminder' && n.notifyChannel) return toBlockKit(toEveryone(doc));
  return n.type === 'coordinator_prompt' ? withBlocks(toBlockKit(doc), ...promptButtons(n)) : toBlockKit(doc);
}

/** The App Home, each of one's actions with its status buttons (actions.ts answers a click there in the bot's DM). */
export const renderHome = (view: HomeView): { type: 'home'; blocks: Block[] } =>
  ({ type: 'home', blocks: toBlockKit(homeDoc(slackMarkup, view), LIMITS.blocksPerView).blocks });
