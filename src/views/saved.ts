// What the whole team sees in its channel after a form saved something, written once: the
// document, and the channel it goes to (the leerlijn's, also when the form came from a direct
// message). The start and a plain sentence stay each platform's: Slack tells a starter the bot
// cannot post by DM, and Teams names the starter by their Teams name.
import type { ChannelView } from '../app/flows/surface.js';
import type { MemberView } from '../app/views.js';
import { text, type Doc } from './doc.js';
import { sentence } from './reply.js';
import { teamDoc, timelineDoc } from './leerlijn.js';
import type { Markup } from './markup.js';
import { evaluationItemDoc, planDoc, planItemDoc } from './plan.js';

export type SavedPost = Extract<ChannelView, { type: 'timeline' | 'team' | 'plan' | 'plan_item' | 'evaluation_item' }>;

/** As the whole team sees it: no controls to change it. */
export function savedPostDoc(m: Markup, view: SavedPost): { doc: Doc; channelId: string } {
  switch (view.type) {
    case 'timeline':
      return { doc: timelineDoc(m, view.timeline, false), channelId: view.timeline.channelId };
    case 'team':
      return { doc: teamChangedDoc(m, view), channelId: view.leerlijn.channelId };
    case 'plan':
      return { doc: planDoc(m, view.plan), channelId: view.plan.channelId };
    case 'plan_item':
      return { doc: planItemDoc(m, view.plan, view.onderdeel), channelId: view.plan.channelId };
    case 'evaluation_item':
      return { doc: evaluationItemDoc(m, view.evaluation, view.onderdeel), channelId: view.evaluation.channelId };
  }
}

/** The team, and above it who became or stopped being coordinator (also what a notification says). */
function teamChangedDoc(m: Markup, view: Extract<SavedPost, { type: 'team' }>): Doc {
  const doc = teamDoc(m, view.leerlijn);
  if (!view.change?.length) return doc;
  const said = view.change.map((line) => sentence(m, view.leerlijn.lang, line)).join('\n');
  const [head, ...rest] = doc.blocks;
  return { fallback: said, blocks: [...(head ? [head] : []), text(said, { id: 'team_change', tone: 'strong' }), ...rest] };
}

/** The team the post names people from, for a platform that names them (Teams); read only when asked. */
export const savedPostMembers = (view: SavedPost): Promise<readonly MemberView[]> =>
  view.type === 'team' ? Promise.resolve([...view.leerlijn.members, ...(view.left ?? []).map(asFormer)]) : view.members();

/** Someone who left, as the team's list would have them: only their name is read. */
const asFormer = (p: Pick<MemberView, 'userId' | 'displayName'>): MemberView => ({ ...p, side: null, level: null, isCoordinator: false, isMember: false });
