// A card that went as several messages (cards/split.ts), drawn anew in those messages: each part in
// its own message, not the whole card in the last one (which Teams refuses over 100 KB, and which
// otherwise showed everyone the first part twice). Which messages they are is kept in app/posted.ts.
import type { PostedMessage } from '../../app/posted.js';
import { forgetParts, postedParts, rememberParts } from '../../app/posted.js';
import type { AdaptiveCard } from './cards/common.js';
import { cardsToSend } from './cards/split.js';
import { cardActivity } from './messenger.js';
import { turnRetry, withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';
import { sendEach } from './forms.js';

/**
 * `card` drawn in the messages of the card whose last message is `last`. Fewer parts now: the first
 * messages go (Teams' deleteActivity), so that the last, whose buttons and own view a form is sent
 * from, stays where it is; more: the extra parts are posted after. Updated first, deleted last: a
 * failure halfway leaves the old text, never none.
 */
export async function redrawParts(svc: Pick<TeamsServices, 'deps' | 'retry'>, turn: Pick<Turn, 'context' | 'actor'>, last: PostedMessage, card: AdaptiveCard, leerlijnId: string | null): Promise<void> {
  const { context } = turn;
  const retry = turnRetry(svc.retry, context);
  const old = await postedParts(svc.deps, turn.actor.workspaceId, last);
  const parts = cardsToSend(card);
  const kept = old.slice(Math.max(0, old.length - parts.length));
  for (const [i, id] of kept.entries()) await withRetry(() => context.updateActivity({ ...cardActivity(parts[i]!), id }), retry);
  const now = [...kept, ...(await sendEach(svc, turn, parts.slice(kept.length)))];
  if (now.at(-1) !== last.messageId || now.length !== old.length) {
    await forgetParts(svc.deps, turn.actor.workspaceId, last, old.length);
    await rememberParts(svc.deps, turn.actor.workspaceId, leerlijnId, last.channelId, now);
  }
  for (const id of old.slice(0, old.length - kept.length)) await withRetry(() => context.deleteActivity(id), retry);
}
