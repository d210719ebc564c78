// After a step taken in a form or on a card: the person who took it hears what is next
// (src/app/flows/next-step.ts decides what), privately, in the leerlijn's language.
import { nextStepView } from '../../app/flows/next-step.js';
import { leerlijnIn, type SlackCtx, type WebClient } from './context.js';
import { renderReply } from './render/reply.js';
import { tellPrivately } from './tell.js';

export interface StepPlace {
  cx: SlackCtx;
  client: WebClient;
  workspaceId: string;
  userId: string;
  channelId: string;
}

/** Best effort: the step is done and told already; a failure here is logged only. */
export async function tellNextStep(p: StepPlace): Promise<void> {
  try {
    // Read now: a start has just made the channel's leerlijn.
    const leerlijn = await leerlijnIn(p.cx, p.workspaceId, p.channelId);
    if (!leerlijn) return;
    const view = await nextStepView(p.cx.deps, { workspaceId: p.workspaceId, userId: p.userId }, leerlijn.id);
    if (view) await tellPrivately(p.cx, p.client, { channelId: p.channelId, userId: p.userId }, renderReply(leerlijn.lang, view));
  } catch (error) {
    p.cx.log.warn({ err: error }, 'slack: next step not told');
  }
}
