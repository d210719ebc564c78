// A round's result in the channel once all ten onderdelen are agreed: posted once and kept
// current as agreed scores change, with the step's document delivered once. Two publishes of
// one round must not both find no result message and post two, nor post the older total last,
// so they run one at a time, each with the round as it is by then: within a process they queue
// here; across replicas they meet at a claim in Postgres (the posting claim of `scores`).
// The adapter says only how its platform posts or updates the result.
import { leerlijnInWorkspace, type Actor, type Deps } from './context.js';
import { forgetPosted, postedMessage, rememberPosted, whilePosting, type PostedMessage } from './posted.js';
import { getRound } from './round-views.js';
import { resultDocument, type StepDocument } from './step-documents.js';
import type { RoundView } from './views.js';
import type { Logger } from '../logger.js';

/**
 * Whether a publish left the round's outcome in the channel: 'refused' when the platform refused a post of it (its result
 * or filled instrument), which then comes with the next publish (an agreement again); an update refused leaves the older one.
 * 'posted' when a message of it that was not in the channel is now (what points to the outcome may say so from then on).
 */
export type Published = 'inChannel' | 'posted' | 'refused';

/** Of two messages' publishes, the one that matters to whoever acted: refused over posted over in the channel. */
export const bothPublished = (a: Published, b: Published): Published =>
  a === 'refused' || b === 'refused' ? 'refused' : a === 'posted' || b === 'posted' ? 'posted' : 'inChannel';

/** Posts or updates the result of `round` (all ten agreed) and its filled instrument, which names `schoolName`; delivers `document` (once) when there is one. */
export type PublishResult = (round: RoundView, document: StepDocument | null, schoolName: string) => Promise<Published>;

/** Which message of the outcome, named in the log when the platform refuses it. */
export type OutcomeMessage = 'round outcome' | 'filled instrument';

/** One message of a published result, as its platform posts it and updates it. */
export interface KeptMessage {
  /** Posts it; where it went, or null when the platform gave no id to find it by. */
  post(): Promise<PostedMessage | null>;
  /** Draws it anew where it was posted; 'gone' when the platform no longer has it (someone deleted it in the channel). */
  update(where: PostedMessage): Promise<void | 'gone'>;
}

/**
 * 'all': every message posted or drawn anew (an agreement changed the outcome). 'missing': only the messages not in the
 * channel are posted, the ones there are left as they stand (`scores` on a closed round: nothing changed, so nothing to draw).
 */
export type PublishMode = 'all' | 'missing';

/**
 * A result's message is posted once, under `key`, and updated after: run inside ResultPublishing.latest (one publisher
 * at a time per round), so a second agreement or a second click updates what the first posted instead of posting again.
 * Best effort: a post or update the platform refuses is logged, and what comes after it (the step's document, the next
 * step) still comes; once all ten are agreed nothing would send those later. A refused post is 'refused': not remembered,
 * it is posted by the next publish, and the flow tells whoever acted how to bring that about (card-clicks.ts). A post the
 * platform took without naming the message is remembered all the same: it is never posted twice, only not updated.
 * One deleted in the channel ('gone') is posted again at once, once `beforeRepost` (what must go first) went through.
 */
export async function postOnceThenUpdate(
  by: { deps: Pick<Deps, 'db'>; log: Logger },
  at: { workspaceId: string; leerlijnId: string; key: string; what: OutcomeMessage; mode: PublishMode; beforeRepost?: () => Promise<boolean> },
  message: KeptMessage,
): Promise<Published> {
  let where = await postedMessage(by.deps, at.workspaceId, at.key);
  // 'missing': in the channel already (posted, or posted without an id), it is left as it stands, not drawn anew.
  if (where && at.mode === 'missing') return 'inChannel';
  const refused = (error: unknown): 'refused' => {
    // The key names the round, never anything a person typed.
    by.log.warn({ err: error, key: at.key }, `${at.what} ${where ? 'not updated' : 'not posted'}`);
    return 'refused';
  };
  if (where?.messageId === '') {
    // Posted, but the platform named no message to update: it stands as it was posted, and is never posted again.
    by.log.info({ key: at.key }, `${at.what} posted without an id; not updated`);
    return 'inChannel';
  }
  if (where) {
    // A refused update leaves the older one standing: in the channel all the same.
    if ((await message.update(where).catch(refused)) !== 'gone') return 'inChannel';
    // Deleted in the channel: posted again now, so the outcome is back with this publish. What must go before it
    // (`beforeRepost`) refused: it is kept, so the next publish finds it gone again and tries once more.
    if (at.beforeRepost && !(await at.beforeRepost())) return 'refused';
    by.log.info({ key: at.key }, `${at.what} gone from the channel; posted again`);
    await forgetPosted(by.deps, at.workspaceId, at.key);
    where = null;
  }
  const posted = await message.post().catch(refused);
  if (posted === 'refused') return posted;
  // Outside the catch: a post that Postgres did not remember would be posted again, so that failure is not swallowed.
  // Without an id it is remembered as posted all the same (an empty id: POSTED_WITHOUT_ID).
  await rememberPosted(by.deps, { workspaceId: at.workspaceId, leerlijnId: at.leerlijnId, key: at.key, message: posted ?? POSTED_WITHOUT_ID });
  return 'posted';
}

/** A mark for a message the platform took but gave no id for: found, it is not posted again, and cannot be updated. */
const POSTED_WITHOUT_ID: PostedMessage = { channelId: '', messageId: '' };

/**
 * How a platform takes a message of the outcome out of the channel (deletes it, or empties it where it may not delete);
 * `key`: what it was kept under, for the log. Thrown: kept, for the next publish to remove.
 */
export type RemovePart = (where: PostedMessage, key: string) => Promise<void>;

/**
 * One message of the outcome too long for one post, its parts posted or updated in order, each under `keyOf(i)`. Stops at the
 * first refused post: a later part never stands in the channel without the one before it; the next publish posts from there.
 * Needing fewer parts than were posted (the outcome shrank), the ones left over are removed by `removePart` and forgotten: they
 * would show their older content under the new one. Only once every part before them was drawn anew, so a refused update
 * leaves the old text whole; a refused removal keeps its key, for the next publish to remove. A part gone from the channel is
 * no refused update: the parts after it are removed and it is posted again with them, in order, in this publish
 * (postOnceThenUpdate's `beforeRepost`); the parts left over still go. With `mode` 'missing' only the
 * parts not in the channel are posted: nothing is drawn anew, so nothing is removed either.
 */
export async function postPartsInOrder(
  by: { deps: Pick<Deps, 'db'>; log: Logger },
  at: { workspaceId: string; leerlijnId: string; what: OutcomeMessage; keyOf: (part: number) => string; mode: PublishMode },
  parts: readonly KeptMessage[],
  removePart: RemovePart,
): Promise<Published> {
  let allUpdated = true;
  let published: Published = 'inChannel';
  for (const [i, part] of parts.entries()) {
    // Deleted in the channel, a part is posted again at once, the parts after it removed first: it comes back above them
    // (the first, with the heading, never below the rest).
    const beforeRepost = () => removePartsFrom(by, at, i + 1, removePart);
    const kept = { workspaceId: at.workspaceId, leerlijnId: at.leerlijnId, key: at.keyOf(i), what: at.what, mode: at.mode, beforeRepost };
    const watched: KeptMessage = {
      post: () => part.post(),
      update: (where) => part.update(where).catch((error: unknown) => {
        allUpdated = false;
        throw error;
      }),
    };
    published = bothPublished(published, await postOnceThenUpdate(by, kept, watched));
    if (published === 'refused') return published;
  }
  if (allUpdated && at.mode !== 'missing') await removePartsFrom(by, at, parts.length, removePart);
  return published;
}

/**
 * The parts posted under `keyOf(from)` and after (posted in order, so up to the first not posted), removed and forgotten from
 * the last back: a refused removal stops there, so no part is left behind a forgotten one, where the next publish, looking
 * from `keyOf(from)` on, would never find it.
 */
async function removePartsFrom(
  by: { deps: Pick<Deps, 'db'>; log: Logger }, at: { workspaceId: string; what: OutcomeMessage; keyOf: (part: number) => string }, from: number, removePart: RemovePart,
): Promise<boolean> {
  const left: Array<{ key: string; where: PostedMessage }> = [];
  for (let i = from; ; i++) {
    const key = at.keyOf(i);
    const where = await postedMessage(by.deps, at.workspaceId, key);
    if (!where) break;
    left.push({ key, where });
  }
  for (const { key, where } of left.reverse()) {
    try {
      // Posted without an id (POSTED_WITHOUT_ID): it cannot be found to remove, only forgotten.
      if (where.messageId !== '') await removePart(where, key);
    } catch (error) {
      // The key names the round, never anything a person typed.
      by.log.warn({ err: error, key }, `${at.what} part left over not deleted`);
      return false;
    }
    await forgetPosted(by.deps, at.workspaceId, key);
  }
  return true;
}

/** How a platform posts a round's outcome (its messages, as `mode` says) and the step's document. */
export interface OutcomePoster {
  outcome(round: RoundView, schoolName: string): Promise<Published>;
  /** `round`: as read again under the claim. */
  document(document: StepDocument, round: RoundView): Promise<void>;
  /**
   * The round's head (Slack's round header, Teams' round card) drawn as `round` (read again under the claim) stands, all ten
   * agreed: pointing to the outcome when `outcomeInChannel`, else with the total alone (app/views.ts roundHeadSays).
   */
  head(round: RoundView, outcomeInChannel: boolean): Promise<void>;
}

/**
 * The round's outcome in its channel, after an agreement or `scores` (app/flows/rounds.ts), the same on every platform: read
 * again under the claim (ResultPublishing.latest: one publisher at a time per round), the outcome's messages, then the head,
 * then the step's document (delivered once): it follows the outcome it belongs to. Whether the outcome reached the channel.
 * The head states the total, so it is drawn here, from the same reading as the outcome: drawn by whoever clicked, from the
 * round as read before the claim, two agreements close together could leave the older total on it. It points to the
 * outcome only while that is in the channel; with `mode` 'missing' and every message there, nothing changed, so it stands.
 */
export function publishOutcomeThenDocument(results: ResultPublishing, actor: Actor, round: RoundView, poster: OutcomePoster, mode: PublishMode): Promise<Published> {
  return results.latest(actor, round, async (latest, document, schoolName) => {
    const published = await poster.outcome(latest, schoolName);
    if (mode === 'all' || published !== 'inChannel') await poster.head(latest, published !== 'refused');
    if (document) await poster.document(document, latest);
    return published;
  });
}

/** How often a replica asks again whether another one is done publishing this round. */
const WAIT_STEP_MS = 200;
/** A claim this old was left by a replica that died while publishing. */
const CLAIM_STALE_MS = 30_000;

export class ResultPublishing {
  /** Per round, the publish under way in this process. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: Deps) {}

  /**
   * After a changed agreement or score, or `scores` on a closed round: publishes the round's result if all ten are agreed
   * (agreed scores are never taken back).
   */
  latest(actor: Actor, round: RoundView, publish: PublishResult): Promise<Published> {
    if (!round.result) return Promise.resolve('inChannel');
    const { roundId } = round;
    const previous = this.running.get(roundId) ?? Promise.resolve();
    const run = previous.then(() => this.claimed(actor, round, publish));
    const settled = run.then(() => undefined, () => undefined);
    this.running.set(roundId, settled);
    void settled.then(() => {
      if (this.running.get(roundId) === settled) this.running.delete(roundId);
    });
    return run;
  }

  /** Publishes once no other replica is; a replica that died holding the claim is overtaken once it is stale. */
  private async claimed(actor: Actor, round: Pick<RoundView, 'roundId' | 'leerlijnId'>, publish: PublishResult): Promise<Published> {
    const publishLatest = async (): Promise<Published> => {
      // Read again: the other replica may have published an older state, or a newer one.
      const latest = await getRound(this.deps, actor, round.roundId);
      // All ten stay agreed (agreed scores are never taken back); a result is published only then.
      if (!latest.result) return 'inChannel';
      const leerlijn = await leerlijnInWorkspace(this.deps, actor.workspaceId, latest.leerlijnId);
      return publish(latest, resultDocument(latest), leerlijn?.schoolName ?? '');
    };
    const claim = { workspaceId: actor.workspaceId, leerlijnId: round.leerlijnId, what: `result:${round.roundId}`, staleMs: CLAIM_STALE_MS };
    for (let waited = 0; ; waited += WAIT_STEP_MS) {
      const published = await whilePosting(this.deps, claim, publishLatest);
      if (published !== 'busy') return published;
      // Past twice the stale age the clock is not moving (a test's) or the database is stuck.
      if (waited > 2 * CLAIM_STALE_MS) throw new Error('result not published: another replica kept the claim');
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }
}
