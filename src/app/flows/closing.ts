// Closing a round, decided once for both platforms and every way to close it (the `sluit`
// command, Slack's close button in the round header, Teams' close button on the result card):
// the use case closes (it checks the coordinator; closeOnCard decides a race), the posted round
// is drawn closed, and only the close that closed it posts the closed summary and tells the
// next step. The adapter draws (CloseStage); who is told what is decided here and in rounds.ts.
import type { Actor, Deps } from '../context.js';
import type { Logger } from '../../logger.js';
import { isAppError } from '../errors.js';
import type { LiveCounts } from '../live-counts.js';
import { cardKey, closedKey, firstPosted, orGone, rememberPosted, untoldKey, type PostedMessage } from '../posted.js';
import { closeRound } from '../rounds.js';
import { getRound, roundForRedraw } from '../round-views.js';
import { closedRoundNext, type RoundView, type ScoreCardView } from '../views.js';
import { text, type TextView } from './surface.js';
import { roundCommand } from './post-round.js';

export interface CloseOutcome {
  round: RoundView;
  /** Closed by this click: the coordinator hears what is next. */
  tellNextStep: boolean;
  /** Another close got there first: the person is told so (a warning), not that their vote was lost. */
  notice?: TextView;
  /** The message telling the channel was not posted (refused): the person who closed it is told, and how to have it posted. */
  untold?: TextView;
}

/**
 * The round is closed, but the channel was not told: `scores` again posts that message (scoresFlow), with "agree all";
 * when even the mark that it is owed could not be kept, `scores` cannot, and the coordinator is not promised it.
 */
function closedUntold(round: Pick<RoundView, 'moment' | 'lang'>, kept: boolean): TextView {
  const terms = { moment: `moment.${round.moment}` as const };
  if (!kept) return text('round.closedUntoldNotKept', undefined, { terms, tone: 'warning' });
  return text('round.closedUntold', { command: roundCommand(round.moment, round.lang) }, { terms, tone: 'warning' });
}

/** The use case's close; when another close got there first, the round as it is now with the notice, rather than the refusal. */
async function closeOnCard(deps: Deps, actor: Actor, roundId: string): Promise<CloseOutcome> {
  try {
    return { round: await closeRound(deps, actor, roundId), tellNextStep: true };
  } catch (error) {
    if (!(isAppError(error) && error.code === 'round_not_open')) throw error;
    return { round: await getRound(deps, actor, roundId), tellNextStep: false, notice: text('round.alreadyClosed', {}, { tone: 'warning' }) };
  }
}

/** The adapter's side of a close, implemented once per platform. */
export interface CloseStage {
  /**
   * Draws the posted round closed (Slack: its header and cards; Teams: its result card and
   * cards); with `summary`, also posts the closed summary where the platform posts it. When that
   * summary was not posted (refused), what whoever closed it hears; else null.
   */
  roundClosed(round: RoundView, summary: boolean): Promise<TextView | null>;
  /** The person who closed it hears what is next for the round's leerlijn. */
  tellNextStep(leerlijnId: string): Promise<void>;
}

/**
 * Closes the round and shows it closed. A close that lost the race to another close draws the
 * round again but posts nothing: the summary and the next step came with the close that won,
 * and drawing the same closed round twice is harmless, while it mends a posted round whose
 * first redraw failed (a header that would otherwise offer its close button for good). What
 * the person is told of the race (`notice`), or that the channel was not told (`untold`), is the caller's to say.
 */
export async function closeRoundFlow(deps: Deps, actor: Actor, roundId: string, stage: CloseStage): Promise<CloseOutcome> {
  const closed = await closeOnCard(deps, actor, roundId);
  const untold = await stage.roundClosed(closed.round, !closed.notice);
  if (closed.tellNextStep) await stage.tellNextStep(closed.round.leerlijnId);
  return untold ? { ...closed, untold } : closed;
}

/**
 * Remembers the round-closed message just posted, drawn from `posted`, and returns the round as
 * it now stands when the message should say otherwise (agreeing ended), for the adapter to draw
 * it again; else null. An agreement or a stop that landed between the post and this remember
 * looked for the message, found none and drew nothing: it committed before it looked, so the
 * read after remembering sees it. So one of the two always draws the message as it ends.
 */
export async function closedMessagePosted(deps: Deps, workspaceId: string, posted: RoundView, where: PostedMessage): Promise<RoundView | null> {
  await rememberPosted(deps, { workspaceId, leerlijnId: posted.leerlijnId, key: closedKey(posted.roundId), message: where });
  const now = await roundForRedraw(deps, workspaceId, posted.roundId);
  return closedRoundNext(now) === closedRoundNext(posted) && now.stopped === posted.stopped ? null : now;
}

/**
 * Whether the channel's round-closed message is drawn again with the round (on both platforms, after an agreement,
 * a stop or a close that lost its race): it shows only what comes next (closedRoundNext), so it is redrawn once "agree all"
 * is no longer open (no proposal left: choose per onderdeel; all ten agreed or the leerlijn stopped: nothing), not on every
 * agreement while it still says what it said.
 */
export const closedMessageChanges = (round: RoundView): boolean => closedRoundNext(round) !== 'agree';

/** How one platform draws a closed round; showClosedRound decides what is drawn when. */
export interface ClosedDrawing {
  /** The posted round drawn closed: its header (Slack) or result card (Teams) and each card. */
  round(round: RoundView): Promise<void>;
  /** Posts the round-closed message; where it landed, or null when the platform named no message. */
  postClosed(round: RoundView): Promise<PostedMessage | null>;
  /** The posted round-closed message drawn as `round` now stands; best effort (the platform may no longer have it). */
  redrawClosed(round: RoundView): Promise<void>;
}

/**
 * A closed round on one platform (Surface.roundClosed): its waiting live counts dropped and the one under way awaited,
 * so none lands over the results (app/live-counts.ts); drawn closed; with `summary` the channel is told in a message
 * of its own, remembered, and drawn again at once when agreeing ended while it was posted (closedMessagePosted);
 * without, that message is redrawn where it changed. With `summary`, the round's own redraw is best effort too (it does
 * not keep the channel from being told), and a refused post marks the message owed (untold:<round>) and returns what
 * whoever closed it is told (closedUntold); null when the channel was told. Past the post, best effort: it is closed either way.
 */
export async function showClosedRound(
  ctx: { deps: Deps; log: Logger; liveCounts: Pick<LiveCounts, 'closeRound'> },
  workspaceId: string,
  round: RoundView,
  summary: boolean,
  draw: ClosedDrawing,
): Promise<TextView | null> {
  try {
    await ctx.liveCounts.closeRound(round.roundId);
    await draw.round(round);
  } catch (error) {
    // Without the summary nothing is owed: the close that won the race posts it.
    if (!summary) throw error;
    // Told all the same: a redraw that can never pass (its header deleted in the channel) would otherwise hold the
    // message back for good. What was not drawn is mended by use: an agreement redraws its card, "agree all" each
    // card, a click on the header's close button the whole round.
    ctx.log.warn({ err: error }, 'round closed, not drawn closed; the channel is told all the same');
  }
  if (!summary) {
    if (closedMessageChanges(round)) await draw.redrawClosed(round);
    return null;
  }
  let where: PostedMessage | null;
  try {
    where = await draw.postClosed(round);
  } catch (error) {
    return leftUntold(ctx, workspaceId, round, error);
  }
  try {
    const changed = where ? await closedMessagePosted(ctx.deps, workspaceId, round, where) : null;
    if (changed) await draw.redrawClosed(changed);
  } catch (error) {
    ctx.log.warn({ err: error }, 'round closed and told in the channel; its message not remembered or redrawn');
  }
  return null;
}

/** The round-closed message not posted (refused): owed, and what whoever closed it hears (closedUntold). */
async function leftUntold(ctx: { deps: Deps; log: Logger }, workspaceId: string, round: RoundView, error: unknown): Promise<TextView> {
  ctx.log.warn({ err: error }, 'round closed, not told in the channel');
  return closedUntold(round, await markUntold(ctx, workspaceId, round));
}

/** The unposted round-closed message marked, for `scores` to post (rounds.ts); false when not kept (no database): `scores` will say it is closed. */
async function markUntold(ctx: { deps: Deps; log: Logger }, workspaceId: string, round: RoundView): Promise<boolean> {
  const mark = { workspaceId, leerlijnId: round.leerlijnId, key: untoldKey(round.roundId), message: { channelId: round.channelId, messageId: '' } };
  try {
    await rememberPosted(ctx.deps, mark);
    return true;
  } catch (error) {
    ctx.log.warn({ err: error }, 'round closed message refused; not kept for scores');
    return false;
  }
}

/**
 * A round's keyed messages (head, score cards, round-closed message) as one platform draws them (R), updates one, tells one deleted (`isGone`).
 * With `coalesce` a redraw is only asked for, run once per key when allowed (Teams, its `update` logs what fails); else awaited (Slack).
 */
export interface RoundRedraws<R> {
  /** Names the platform in the log. */
  platform: 'slack' | 'teams';
  head(round: RoundView, outcomeInChannel?: boolean): R;
  card(card: ScoreCardView): R;
  closed(round: RoundView): R;
  headKeys(roundId: string): readonly [string, ...string[]];
  update(where: PostedMessage, drawn: R, key: string): Promise<void>;
  isGone?(error: unknown): boolean;
  coalesce?(key: string, redraw: () => Promise<void>): void;
}

/** A round's messages redrawn: the head, ClosedDrawing's `round` and `redrawClosed`, CardStage's `redraw`. */
export interface RoundRedrawn {
  head(round: RoundView, outcomeInChannel?: boolean): Promise<void>;
  round(closed: RoundView): Promise<void>;
  redraw(round: RoundView, card?: ScoreCardView): Promise<void>;
  redrawClosed(round: RoundView): Promise<void>;
}

/**
 * Awaited (no `coalesce`): `round` and `head` let a message deleted in the channel go; `redrawClosed` is best effort (a
 * message gone must not keep an "agree all" from its result); `redraw` (CardStage's) throws, for the click to report.
 * With `coalesce` each redraw is only asked for, so nothing here throws or sees a message gone: the port's `update` logs.
 */
export function roundRedraws<R>(ctx: { deps: Deps; log: Logger }, workspaceId: string, port: RoundRedraws<R>): RoundRedrawn {
  const redrawUnder = async (keys: readonly [string, ...string[]], render: () => R): Promise<void> => {
    const task = async () => {
      const where = await firstPosted(ctx.deps, workspaceId, keys);
      if (where) await port.update(where, render(), keys[0]);
    };
    await (port.coalesce ? port.coalesce(keys[0], task) : task());
  };
  // The key names the round and onderdeel, never anything a person typed.
  const unlessGone = async (keys: readonly [string, ...string[]], render: () => R): Promise<void> => {
    const gone = await orGone(redrawUnder(keys, render), port.isGone ?? (() => false));
    if (gone === 'gone') ctx.log.warn({ key: keys[0] }, `${port.platform}: a closed round's message is gone; not redrawn`);
  };
  const cardKeys = (card: ScoreCardView) => [cardKey(card.roundId, card.onderdeel)] as const;
  const head = (round: RoundView, outcomeInChannel = true) => unlessGone(port.headKeys(round.roundId), () => port.head(round, outcomeInChannel));
  return {
    head,
    async round(closed) {
      await head(closed);
      for (const card of closed.cards) await unlessGone(cardKeys(card), () => port.card(card));
    },
    async redraw(round, card) {
      for (const c of card ? [card] : round.cards) await redrawUnder(cardKeys(c), () => port.card(c));
    },
    redrawClosed: (round) => redrawUnder([closedKey(round.roundId)], () => port.closed(round))
      .catch((error: unknown) => ctx.log.warn({ err: error }, `${port.platform}: round-closed message not redrawn`)),
  };
}
