// Posting a round once, for both platforms: what of it is not in the channel yet is posted,
// under the posting claim, and each message is remembered as soon as it is posted, so after a
// failure partway (the bot not in the channel, rate limits) `scores` again posts only the rest.
// The adapter says only how its platform posts the round's head message and a card.
import { cardKey, firstPosted, rememberPosted, unpostedCards, whilePosting } from '../posted.js';
import type { Deps } from '../context.js';
import type { Lang } from '../../domain/instrument.js';
import { t, type Params } from '../../i18n/index.js';
import type { RoundView, ScoreCardView } from '../views.js';

export interface RoundPoster {
  /** The conversation the messages go to, remembered with each. */
  channelId: string;
  /** The keys the round's head message may be recorded under (an older key last); it is posted under the first. */
  headKeys: readonly [string, ...string[]];
  /**
   * Slack's header only opens the thread for the cards: with every card in place none is
   * posted. Teams' result card stands on its own and is posted whenever it is missing.
   */
  headOnlyWithCards: boolean;
  /** Posts the head message; its id, or undefined when the platform gave none (then it is not remembered). */
  postHead(): Promise<string | undefined>;
  /** Posts one card; `head`: the head message's id (Slack posts the cards in its thread). */
  postCard(card: ScoreCardView, head: string | undefined): Promise<string | undefined>;
}

/**
 * Posts what of the round is not posted yet: its head message, then the missing cards in the
 * round's order. Returns how many messages were posted, or 'busy' when another `scores` (on
 * any replica) is posting this round right now.
 */
export function postRoundOnce(deps: Pick<Deps, 'db' | 'now'>, workspaceId: string, round: RoundView, poster: RoundPoster): Promise<number | 'busy'> {
  const remember = async (key: string, messageId: string | undefined): Promise<void> => {
    if (messageId) await rememberPosted(deps, { workspaceId, leerlijnId: round.leerlijnId, key, message: { channelId: poster.channelId, messageId } });
  };
  return whilePosting(deps, { workspaceId, leerlijnId: round.leerlijnId, what: `round:${round.roundId}` }, async () => {
    const missing = await unpostedCards(deps, workspaceId, round.roundId, round.cards);
    if (missing.length === 0 && poster.headOnlyWithCards) return 0;
    let posted = 0;
    let head = (await firstPosted(deps, workspaceId, poster.headKeys))?.messageId;
    if (!head) {
      head = await poster.postHead();
      await remember(poster.headKeys[0], head);
      posted += 1;
    }
    for (const card of missing) {
      await remember(cardKey(round.roundId, card.onderdeel), await poster.postCard(card, head));
      posted += 1;
    }
    return posted;
  });
}

/** The command that opens or posts the rest of a round of this moment (its cards, or the message that it closed), in the leerlijn's language: week 17's is not the default. */
export function roundCommand(moment: 'week1' | 'week17', lang: Lang): string {
  return moment === 'week17' ? (lang === 'en' ? 'scores final' : 'scores eind') : 'scores';
}

/**
 * Told when not all of the round's cards went to the channel: the round is open, why (as the platform says it, the
 * `round.postFailed` key's `why`), and that the same command again posts the rest.
 */
export function roundNotPostedWords(
  round: Pick<RoundView, 'lang' | 'moment'>, why: 'notInChannel' | 'other' | 'teams', params: Params = {},
): string {
  return t(round.lang, `round.postFailed.${why}`, { ...params, command: roundCommand(round.moment, round.lang) });
}
