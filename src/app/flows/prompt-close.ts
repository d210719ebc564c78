// "Sluit de stemronde" on the coordinator's reminder that a round is still open, in her private
// chat: exactly what `sluit` in the channel does (closing.ts closeRoundFlow; the use case checks
// that this is its coordinator, that the leerlijn still runs and that the round is open, as the
// button's round id is forgeable), then the reminder answered where it was clicked. The
// round-closed message with "accept all" goes to the round's channel, never to the chat clicked
// in: the adapter's roundClosed posts it there (on Teams, a reply in the turn's conversation would
// land in the 1:1 chat).
import type { Lang } from '../../domain/instrument.js';
import { leerlijnById } from '../../store/leerlijnen.js';
import { leerlijnName } from '../context.js';
import { isUnrefused } from '../errors.js';
import { closeRoundFlow, type CloseOutcome, type CloseStage } from './closing.js';
import { errorView } from './error-view.js';
import { personalLang } from './reader-lang.js';
import { text, type ErrorView, type FlowCtx, type Surface, type TextView } from './surface.js';

/** What the reminder clicked in shows after the click. */
export type PromptCloseAnswer =
  /** The reminder drawn again as this sentence, without its button: closed now, closed already, or closed with the channel not told. */
  | { redraw: TextView }
  /** Refused for good (not its coordinator, the leerlijn stopped, no such round): the reminder drawn again as the refusal, without its button. */
  | { refused: ErrorView }
  /** Failed for now (our fault, the platform throttling): said beside the reminder, which keeps its button to click again. */
  | { failed: ErrorView };

/** `lang`: the private chat's own, where the platform says one (reader-lang.ts personalLang). */
export type PromptCloseCtx = Pick<FlowCtx, 'deps' | 'log' | 'actor'> & { lang?: Lang; surface: Pick<Surface, 'roundClosed' | 'throttled'> };

/**
 * The reminder's sentence after the close: where the result is, or that the channel was not told. The latter names the
 * channel to type `scores` in (closing.ts closedUntold does not): typed in this private chat, it finds no leerlijn.
 */
async function closedSaid(ctx: PromptCloseCtx, closed: CloseOutcome): Promise<TextView> {
  const leerlijn = await leerlijnById(ctx.deps.db, closed.round.leerlijnId);
  const name = leerlijn ? leerlijnName(leerlijn) : '';
  if (closed.untold) return { ...closed.untold, key: 'round.closedUntoldFromPrompt', params: { ...closed.untold.params, leerlijn: name } };
  // Another close got there first (`sluit` in the channel, a second click): it posted the message, this one nothing.
  return closed.notice ? text('round.closedBeforePrompt', { leerlijn: name }, { tone: 'warning' }) : text('round.closedFromPrompt', { leerlijn: name }, { tone: 'good' });
}

/**
 * Closes the round the reminder names; returns what the reminder shows, in the coordinator's language (as any answer in a
 * private chat). What is next is not told there: a private chat holds no leerlijn (next-step.ts tellNextStepInChannel);
 * the round-closed message in the channel carries it, with "accept all".
 */
export async function closeFromPromptFlow(ctx: PromptCloseCtx, roundId: string): Promise<PromptCloseAnswer> {
  const lang = await personalLang(ctx, false);
  const stage: CloseStage = { roundClosed: (round, summary) => ctx.surface.roundClosed(round, summary), tellNextStep: async () => undefined };
  let said: TextView;
  try {
    said = await closedSaid(ctx, await closeRoundFlow(ctx.deps, ctx.actor, roundId, stage));
  } catch (error) {
    const view = errorView(ctx, error, 'prompt_close');
    const said = { ...view, lang: view.lang ?? lang };
    // A refusal stays true however often the button is clicked; a failure may pass.
    return isUnrefused(view.code) ? { failed: said } : { refused: said };
  }
  return { redraw: { ...said, lang } };
}
