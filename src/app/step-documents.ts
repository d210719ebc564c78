// After a step the team receives what was filled in (leerlijn.md: "after each meeting everyone
// receives what was filled in"): the agreed instrument with its chart once its round's result is
// complete, the actieplan and the Evaluatielijst when their meeting ends, the comparison with
// `vergelijk`. Decided here, once; each platform delivers the file its way (Slack: files in the
// channel; Teams: a signed link the bot serves itself, and its own chart in the result card).
import { comparisonChartAlt, comparisonChartPng, resultChartAlt, resultChartPng } from '../documents/charts/index.js';
import type { DocumentKind } from '../documents/links.js';
import type { Logger } from '../logger.js';
import type { Platform } from '../store/leerlijnen.js';
import { claimPosting, findMessage, releasePosting, rememberMessage, type PostedMessage } from '../store/posted-messages.js';
import type { Deps } from './context.js';
import { DOCUMENT_PREFIX } from './posted.js';
import { renderDocument } from './documents.js';
import { CONTENT_TYPES, type ExportFile } from './export-files.js';
import type { ComparisonView, RoundView } from './views.js';

/** A picture that goes with a document: drawn only where a platform shows the picture itself. */
export interface StepChart {
  alt: string;
  png: () => Promise<Buffer>;
}

export interface StepDocument {
  leerlijnId: string;
  kind: DocumentKind;
  lang: RoundView['lang'];
  /** The chart of a result or a comparison, with its PDF: people look at it, they file the PDF. */
  chart?: StepChart;
  /**
   * Posted once per leerlijn (a result's: once per `version`, see deliverOnce), or every time it is asked for (the
   * comparison: its flow decides whether `vergelijk` posts it again).
   */
  once: boolean;
  /**
   * What a document posted once shows, where it can change after it was posted: a result's agreed scores (the coordinator
   * may still change one). Posted showing another version, it is replaced where the platform can remove what it posted.
   */
  version?: string;
}

/** A file to post, with the words a screen reader says for a picture. */
export interface PostedFile extends ExportFile {
  altText?: string;
}

/** The document a completed round's result brings: its filled Signaleringsinstrument, with the result's chart. */
export function resultDocument(round: RoundView): StepDocument | null {
  if (!round.result) return null;
  const { lang } = round;
  return {
    leerlijnId: round.leerlijnId,
    kind: round.moment === 'week1' ? 'instrument-week1' : 'instrument-week17',
    lang,
    chart: { alt: resultChartAlt(round, lang), png: () => resultChartPng(round, lang) },
    once: true,
    version: resultVersion(round),
  };
}

/** The agreed scores in the instrument's order ("P1:1 P2:3 …"): all the chart and the filled instrument show that can still change. */
const resultVersion = (round: RoundView): string => round.cards.map((c) => `${c.onderdeel}:${c.closed?.agreed ?? '-'}`).join(' ');

/** The document `vergelijk` brings: the comparison's PDF, with its chart (week 17 beside week 1). */
export function comparisonDocument(view: ComparisonView): StepDocument {
  const { lang } = view;
  return { leerlijnId: view.leerlijnId, kind: 'vergelijking', lang, chart: { alt: comparisonChartAlt(view, lang), png: () => comparisonChartPng(view, lang) }, once: false };
}

/** The PDF as it is now, made from the database; null when its content is gone. */
export function stepDocumentFile(deps: Deps, doc: Pick<StepDocument, 'leerlijnId' | 'kind' | 'lang'>): Promise<ExportFile | null> {
  // The expiry only matters for links; a file made to post now is not a link.
  return renderDocument(deps, { leerlijnId: doc.leerlijnId, kind: doc.kind, lang: doc.lang, expires: 0 });
}

/** The files a step posts: its chart first (what people look at), then the PDF, named alike. */
export async function stepDocumentFiles(deps: Deps, doc: StepDocument): Promise<PostedFile[] | null> {
  const pdf = await stepDocumentFile(deps, doc);
  if (!pdf) return null;
  if (!doc.chart) return [pdf];
  const chart: PostedFile = { name: pdf.name.replace(/\.pdf$/, '.png'), bytes: await doc.chart.png(), contentType: CONTENT_TYPES.png, altText: doc.chart.alt };
  return [chart, pdf];
}

/** How long another replica may hold the claim before it counts as dead. */
const CLAIM_STALE_MS = 60_000;

/**
 * How a platform takes a document it posted out of the channel (Slack: deletes its files); `posted` as deliver answered it.
 * Not given where what was posted always shows the current document (Teams: a link that renders the PDF when opened).
 */
export type RemoveDocument = (posted: PostedMessage) => Promise<void>;

/** Where a step's document was posted, once per leerlijn and document. */
const documentKey = (doc: Pick<StepDocument, 'kind' | 'leerlijnId'>): string => `${DOCUMENT_PREFIX}${doc.kind}:${doc.leerlijnId}`;
/** A mark, no message: the version (StepDocument.version) of the document posted under documentKey. */
const versionKey = (doc: Pick<StepDocument, 'kind' | 'leerlijnId'>): string => `document_version:${doc.kind}:${doc.leerlijnId}`;

type DeliveredDocument = Pick<StepDocument, 'kind' | 'leerlijnId' | 'version'>;

/**
 * What to do with a document posted once: 'post' (never posted), null (posted, and as it is now: nothing to do), or the
 * posted one to replace: posted showing another version, where the platform can `remove` it. Posted before versions were
 * kept (no mark), it is left as it stands: which scores it shows is not known, and posting it again could double it.
 */
async function whatToDeliver(deps: Pick<Deps, 'db'>, workspaceId: string, doc: DeliveredDocument, removable: boolean): Promise<'post' | PostedMessage | null> {
  const posted = await findMessage(deps.db, workspaceId, documentKey(doc));
  if (!posted) return 'post';
  if (!removable || doc.version === undefined) return null;
  const version = await findMessage(deps.db, workspaceId, versionKey(doc));
  return version && version.messageId !== doc.version ? posted : null;
}

/**
 * Delivers a step's document once per leerlijn and document, also with several replicas: a second agreed change to a
 * complete round does not post it again. A document whose `version` changed since (an agreed score changed) is delivered
 * once more, where the platform can `remove` the older one, so the channel does not keep the outdated one beside it: posted,
 * then the outdated one removed (refused: logged). `deliver` answers the id of what it posted. Returns
 * false when it was delivered before, as it is now, or is being delivered elsewhere.
 */
export async function deliverOnce(
  deps: Pick<Deps, 'db' | 'now'>, workspaceId: string, doc: DeliveredDocument, channelId: string, deliver: () => Promise<string>,
  replace?: { remove: RemoveDocument; log: Logger },
): Promise<boolean> {
  const key = documentKey(doc);
  if ((await whatToDeliver(deps, workspaceId, doc, replace !== undefined)) === null) return false;
  if (!(await claimPosting(deps.db, workspaceId, doc.leerlijnId, key, deps.now(), CLAIM_STALE_MS))) return false;
  try {
    // Read again under the claim: another poster may have delivered this version while this one looked.
    const todo = await whatToDeliver(deps, workspaceId, doc, replace !== undefined);
    if (todo === null) return false;
    const id = await deliver();
    // After the current one is in: a refused post leaves the channel its outdated document, not none, until the next try.
    if (todo !== 'post' && replace) await removeLogged(replace, todo, key);
    await rememberMessage(deps.db, workspaceId, doc.leerlijnId, key, { channelId, messageId: id });
    if (doc.version !== undefined) await rememberMessage(deps.db, workspaceId, doc.leerlijnId, versionKey(doc), { channelId, messageId: doc.version });
    return true;
  } finally {
    await releasePosting(deps.db, workspaceId, key);
  }
}

/** A refused removal leaves the outdated document beside the current one: logged with its ids, never thrown. */
async function removeLogged(replace: { remove: RemoveDocument; log: Logger }, posted: PostedMessage, key: string): Promise<void> {
  try {
    await replace.remove(posted);
  } catch (error) {
    // Ids only: the key names the document and leerlijn, the message id the platform's files.
    replace.log.warn({ err: error, key, channelId: posted.channelId, messageId: posted.messageId }, 'outdated step document not removed');
  }
}

/** A document posted every time it is asked for (the comparison), kept under its message: its key starts as documentKey's. */
function rememberEach(deps: Pick<Deps, 'db'>, at: { workspaceId: string; channelId: string }, doc: StepDocument, messageId: string): Promise<void> {
  return rememberMessage(deps.db, at.workspaceId, doc.leerlijnId, `${documentKey(doc)}:${messageId}`, { channelId: at.channelId, messageId });
}

/**
 * A step's document posted by a platform (`post` answers the id of what it posted) in the channel `at`: once per
 * leerlijn and document (and version) where the document says so (deliverOnce), otherwise every time it is asked for,
 * each kept under its own message for its leerlijn's deletion (app/leftovers.ts). `remove`: how the platform takes an
 * outdated one out, where it can (RemoveDocument). A failure is logged only: the step itself is done and shown already.
 */
export async function postStepDocumentLogged(
  by: { deps: Pick<Deps, 'db' | 'now'>; log: Logger }, platform: Platform, doc: StepDocument, post: () => Promise<string>, at: { workspaceId: string; channelId: string },
  remove?: RemoveDocument,
): Promise<void> {
  try {
    if (doc.once) return void (await deliverOnce(by.deps, at.workspaceId, doc, at.channelId, post, remove && { remove, log: by.log }));
    const posted = await post();
    const notKept = (error: unknown): void => by.log.warn({ err: error, document: doc.kind }, `${platform}: step document posted, not kept`);
    await rememberEach(by.deps, at, doc, posted).catch(notKept);
  } catch (error) {
    by.log.warn({ err: error, document: doc.kind }, `${platform}: step document not posted`);
  }
}
