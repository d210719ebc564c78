// After a step taken in a form or on a card: the person who took it hears what is next
// (src/app/flows/next-step.ts decides what), in the conversation they acted in.
import { nextStepView } from '../../app/flows/next-step.js';
import { cardActivity } from './messenger.js';
import { renderReply } from './reply.js';
import { withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import { readTurn, type Turn } from './turn.js';

/** Best effort: the step is done and told already; a failure here is logged only. */
export async function tellNextStep(svc: TeamsServices, turn: Turn): Promise<void> {
  try {
    // Read again: a start has just made the channel's leerlijn, with its own language.
    const now = await readTurn(svc.deps, turn.context);
    if (!now.leerlijn) return;
    const view = await nextStepView(svc.deps, now.actor, now.leerlijn.id);
    if (view) await withRetry(() => turn.context.sendActivity(cardActivity(renderReply(now.lang, view, new Map()))));
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: next step not told');
  }
}
