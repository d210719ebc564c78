// The flows' replies as Block Kit: written once in src/views/reply.ts; the planning and the
// team come with Slack's own buttons.
import { refusal, replyDoc, sentence } from '../../../views/reply.js';
import type { ErrorView, ReplyView, TextView } from '../../../app/flows/surface.js';
import { type Lang } from '../../../i18n/index.js';
import { section, type Rendered } from './blocks.js';
import { renderTeam, renderTimeline } from './leerlijn.js';
import { slackMarkup, toBlockKit } from './doc.js';

export const textOf = (placeLang: Lang, view: TextView): string => sentence(slackMarkup, placeLang, view);

export const errorTextOf = (lang: Lang, view: ErrorView): string => refusal(slackMarkup, lang, view);

/** A button whose click runs the command its value names, as if it were typed (register.ts). */
export { NEXT_STEP as NEXT_STEP_ACTION } from '../../../views/reply.js';

export function renderReply(lang: Lang, view: ReplyView): Rendered {
  if (view.type === 'timeline') return renderTimeline(view.timeline, view.canEdit);
  if (view.type === 'team') return teamReply(view.leerlijn.lang, view);
  return toBlockKit(replyDoc(slackMarkup, lang, view));
}

function teamReply(lang: Lang, view: Extract<ReplyView, { type: 'team' }>): Rendered {
  const team = renderTeam(view.leerlijn, view.canEdit);
  if (!view.change?.length) return team;
  const lines = view.change.map((l) => textOf(lang, l)).join('\n');
  return { text: lines, blocks: [section(lines, { blockId: 'team_change' }), ...team.blocks] };
}
