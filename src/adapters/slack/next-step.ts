// After a step taken on a score card: the flow (src/app/flows/next-step.ts) decides what the
// person who took it hears next; here it is told privately. Not through surface.ts, which
// imports the score cards' closing.ts: this keeps the imports free of a circle.
import { tellNextStepInChannel } from '../../app/flows/next-step.js';
import type { ReplyView } from '../../app/flows/surface.js';
import { langOf } from './context.js';
import { renderReply } from './render/reply.js';
import { tellPrivately } from './tell.js';
import type { SlackCaller } from './types.js';

export interface StepPlace extends SlackCaller {
  channelId: string;
}

/** Best effort: the step is done and told already; a failure here is logged only. */
export function tellNextStep(p: StepPlace): Promise<void> {
  // The next step is said in its leerlijn's language, whatever the fallback here.
  const reply = (view: ReplyView) => tellPrivately(p.cx, p.client, p, renderReply(langOf(p.cx, null), view));
  const place = { channelId: p.channelId, personal: false, repliesSeenByAll: false };
  return tellNextStepInChannel({ deps: p.cx.deps, log: p.cx.log, actor: { workspaceId: p.workspaceId, userId: p.userId }, place, surface: { reply } });
}
