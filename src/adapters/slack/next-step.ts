// After a step taken in a form or on a card: the person who took it hears what is next
// (src/app/flows/next-step.ts decides what), privately, in the leerlijn's language.
import { nextStepInChannel } from '../../app/flows/next-step.js';
import type { SlackCtx, WebClient } from './context.js';
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
    const next = await nextStepInChannel(p.cx.deps, { workspaceId: p.workspaceId, userId: p.userId }, p.channelId);
    if (next) await tellPrivately(p.cx, p.client, { channelId: p.channelId, userId: p.userId }, renderReply(next.lang, next.view));
  } catch (error) {
    p.cx.log.warn({ err: error }, 'slack: next step not told');
  }
}
