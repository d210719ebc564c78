// After a step taken in a form or on a card: the person who took it hears what is next
// (src/app/flows/next-step.ts decides what), in the conversation they acted in.
import { nextStepInChannel } from '../../app/flows/next-step.js';
import { cardActivity } from './messenger.js';
import { renderReply } from './reply.js';
import { withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

/** Best effort: the step is done and told already; a failure here is logged only. */
export async function tellNextStep(svc: TeamsServices, turn: Turn): Promise<void> {
  try {
    // A personal chat holds no leerlijn: nothing is next there.
    const next = turn.personal ? null : await nextStepInChannel(svc.deps, turn.actor, turn.channelId);
    if (next) await withRetry(() => turn.context.sendActivity(cardActivity(renderReply(next.lang, next.view, new Map()))));
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: next step not told');
  }
}
