// After a step taken on a score card: the flow (src/app/flows/next-step.ts) decides what the
// person who took it hears next; here it is a card in the conversation they acted in. Not
// through surface.ts, which imports the score cards: this keeps the imports free of a circle.
import { tellNextStepInChannel } from '../../app/flows/next-step.js';
import type { ReplyView } from '../../app/flows/surface.js';
import { reply } from './forms.js';
import { renderReply } from './reply.js';
import type { TeamsServices } from './services.js';
import { placeOf, type Turn } from './turn.js';

/** Best effort: the step is done and told already; a failure here is logged only. */
export function tellNextStep(svc: TeamsServices, turn: Turn): Promise<void> {
  const surface = { reply: (view: ReplyView) => reply(turn, renderReply(turn.lang, view, new Map())) };
  return tellNextStepInChannel({ deps: svc.deps, log: svc.log, actor: turn.actor, place: placeOf(turn), surface });
}
