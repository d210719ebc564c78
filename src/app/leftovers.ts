// What a leerlijn being deleted (`verwijder`, its retention term) leaves in its channel that a click would only hear is
// gone: its rounds' cards, head and round-closed message, a meeting's start with its work's button, its documents' links
// and the replies whose buttons everyone sees (Teams). Found by the records of where they were posted, which go with its data: read before the delete, drawn
// deleted after it, each by the platform's Messenger (its `redraw`). Its documents go with its data too: removed where the
// Messenger can (`removeDocument`: Slack's files), drawn deleted elsewhere; so do its rounds' outcomes
// and the comparison, with their scores and charts. Best effort: a message not drawn or document not
// removed is logged, and the delete is done either way.
import type { Logger } from '../logger.js';
import { leerlijnById, type Platform } from '../store/leerlijnen.js';
import { leerlijnMessagesUnder } from '../store/posted-messages.js';
import type { Deps } from './context.js';
import type { Messenger } from './messenger.js';
import {
  cardKey, CHANNEL_NOTICE_PREFIX, closedKey, COMPARISON_PREFIX, DOCUMENT_PREFIX, firstPosted, headerKey, INSTRUMENT_PREFIX, OUTCOME_PREFIX, RESULT_PREFIX,
  resultKeys, SHARED_REPLY_PREFIX,
} from './posted.js';
import type { PostedMessage } from './posted.js';
import { roundsForRedraw } from './round-views.js';
import type { LeftoverView, RoundView } from './views.js';

export interface Leftover {
  /** Names the message in the log: a round, an onderdeel, a document kind, a message id; never what a person typed. */
  key: string;
  where: PostedMessage;
  view: LeftoverView;
  /** A step's document (app/step-documents.ts): removed rather than drawn where the Messenger can. */
  document?: true;
}

/** A round drawn as its leerlijn's delete leaves it: stopped (no controls), and saying it is deleted rather than stopped. */
export const asDeleted = (round: RoundView): RoundView => ({
  ...round, stopped: true, deleted: true, cards: round.cards.map((card) => ({ ...card, stopped: true, deleted: true })),
});

/** Where a round's head is: Slack's header message above its thread, Teams' result card (under an older key too). */
const headKeysOn = (platform: Platform, roundId: string): readonly [string, ...string[]] => (platform === 'slack' ? [headerKey(roundId)] : resultKeys(roundId));
/** Where a round's outcome with its scores is: Slack's result and filled instrument messages, Teams' outcome card (its head is under result:). */
const outcomePrefixesOn = (platform: Platform): string[] => (platform === 'slack' ? [RESULT_PREFIX, INSTRUMENT_PREFIX] : [OUTCOME_PREFIX]);

async function roundLeftovers(deps: Pick<Deps, 'db'>, platform: Platform, workspaceId: string, round: RoundView): Promise<Leftover[]> {
  const under = async (keys: readonly [string, ...string[]], view: LeftoverView): Promise<Leftover[]> => {
    const where = await firstPosted(deps, workspaceId, keys);
    return where ? [{ key: keys[0], where, view }] : [];
  };
  const found = [
    under(headKeysOn(platform, round.roundId), { type: 'round_head', round }),
    ...round.cards.map((card) => under([cardKey(round.roundId, card.onderdeel)], { type: 'score_card', card })),
    under([closedKey(round.roundId)], { type: 'round_closed', round }),
  ];
  return (await Promise.all(found)).flat();
}

/**
 * What the leerlijn left in its channel, as it is to be drawn once deleted; `rounds` false where the caller draws its rounds
 * itself (the delete flow, before the delete: app/flows/data.ts).
 */
export async function leftoversOf(deps: Pick<Deps, 'db'>, platform: Platform, workspaceId: string, leerlijnId: string, rounds: boolean): Promise<Leftover[]> {
  const leerlijn = await leerlijnById(deps.db, leerlijnId);
  if (!leerlijn || leerlijn.workspaceId !== workspaceId) return [];
  const drawn = rounds ? await roundsForRedraw(deps, workspaceId, leerlijnId) : [];
  const ofRounds = await Promise.all(drawn.map((round) => roundLeftovers(deps, platform, workspaceId, asDeleted(round))));
  const prefixes = [CHANNEL_NOTICE_PREFIX, SHARED_REPLY_PREFIX, DOCUMENT_PREFIX, COMPARISON_PREFIX, ...outcomePrefixesOn(platform)];
  const others = await leerlijnMessagesUnder(deps.db, workspaceId, leerlijnId, prefixes);
  const deleted: LeftoverView = { type: 'deleted', lang: leerlijn.lang };
  const leftover = ({ key, ...where }: PostedMessage & { key: string }): Leftover =>
    ({ key, where, view: deleted, ...(key.startsWith(DOCUMENT_PREFIX) ? { document: true as const } : {}) });
  return [...ofRounds.flat(), ...others.map(leftover)];
}

/**
 * Each leftover drawn deleted by `messenger`, one after the other, a document removed instead where it can; one not drawn or
 * removed (refused, failed) is logged by its key and the rest go on.
 */
export async function drawLeftoversDeleted(messenger: Messenger, log: Logger | undefined, workspaceId: string, leftovers: readonly Leftover[]): Promise<void> {
  for (const { key, where, view, document } of leftovers) {
    const removing = document && messenger.removeDocument !== undefined;
    const failed = `${messenger.platform}: ${removing ? 'a document of a deleted leerlijn not removed' : 'a message of a deleted leerlijn not drawn deleted'}`;
    const target = { workspaceId, ...where };
    try {
      const done = await (removing ? messenger.removeDocument?.(target) : messenger.redraw?.(target, view));
      if (done && !done.ok) log?.warn({ key, error: done.error }, failed);
    } catch (error) {
      log?.warn({ err: error, key }, failed);
    }
  }
}
