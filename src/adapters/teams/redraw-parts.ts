// A card that went as several messages (cards/split.ts) redrawn part by part: the whole in the last one is refused over
// 100 KB and showed the first part twice. Which messages they are: app/posted.ts.
import { forgetParts, orGone, postedParts, rememberParts, type PostedMessage } from '../../app/posted.js';
import type { AdaptiveCard } from './cards/common.js';
import { cardsToSend } from './cards/split.js';
import { cardActivity } from './messenger.js';
import { isGone, turnRetry, withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';
import { sendEach } from './forms.js';

/**
 * Fewer parts now: the first messages go, so the last (its buttons, its own view) stays; more: the extra posted after.
 * Updated first, deleted last: a failure halfway leaves the old text, never none. A part deleted in the channel is forgotten.
 * The last one deleted, the card is kept as it was: its parts under an earlier one would make that one the card's last, and
 * a later redraw from the deleted one's own view would post the card's rest anew under it.
 */
export async function redrawParts(svc: Pick<TeamsServices, 'deps' | 'retry' | 'log'>, turn: Pick<Turn, 'context' | 'actor'>, last: PostedMessage, card: AdaptiveCard, leerlijnId: string | null): Promise<void> {
  const { context } = turn;
  const retry = turnRetry(svc.retry, context);
  const old = await postedParts(svc.deps, turn.actor.workspaceId, last);
  const parts = cardsToSend(card);
  const kept = old.slice(Math.max(0, old.length - parts.length));
  const redrawn = async (i: number): Promise<boolean> => {
    const gone = await orGone(withRetry(() => context.updateActivity({ ...cardActivity(parts[i]!), id: kept[i]! }), retry), isGone);
    return gone !== 'gone';
  };
  // The last one (its buttons) first: gone, none of the others is touched, so they stay as they were, whole. It is kept's
  // last: postedParts ends with it, and a card goes as one part at least.
  if (!(await redrawn(kept.length - 1))) return svc.log.info('teams: a card\'s last message (its buttons) is gone; its parts kept as they were');
  // A part deleted in the channel is left out (its text with it): failing on it would leave the last part, with the
  // buttons, never redrawn again.
  const standing: string[] = [];
  for (const [i, id] of kept.slice(0, -1).entries()) if (await redrawn(i)) standing.push(id);
  const now = [...standing, last.messageId, ...(await sendEach(svc, turn, parts.slice(kept.length)))];
  if (now.at(-1) !== last.messageId || now.length !== old.length) {
    await forgetParts(svc.deps, turn.actor.workspaceId, last, old.length);
    await rememberParts(svc.deps, turn.actor.workspaceId, leerlijnId, last.channelId, now);
  }
  for (const id of old.slice(0, old.length - kept.length)) await orGone(withRetry(() => context.deleteActivity(id), retry), isGone);
}
