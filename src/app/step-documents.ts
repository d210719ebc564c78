// After a step the team receives what was filled in (leerlijn.md: "after each meeting everyone
// receives what was filled in"): the agreed instrument with its chart once its round's result is
// complete, the actieplan and the Evaluatielijst when their meeting ends, the comparison with
// `vergelijk`. Decided here, once; each platform delivers the file its way (Slack: files in the
// channel; Teams: a signed link the bot serves itself, and its own chart in the result card).
import { comparisonChartAlt, comparisonChartPng, resultChartAlt, resultChartPng } from '../documents/charts/index.js';
import type { DocumentKind } from '../documents/links.js';
import type { Logger } from '../logger.js';
import type { Platform } from '../store/leerlijnen.js';
import { claimPosting, findMessage, releasePosting, rememberMessage } from '../store/posted-messages.js';
import type { Deps } from './context.js';
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
   * Posted once per leerlijn (a result's: a later change to a complete round does not post it again), or every time
   * it is asked for (the comparison: its flow decides whether `vergelijk` posts it again).
   */
  once: boolean;
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
  };
}

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
 * Delivers a step's document once per leerlijn and document, also with several replicas: a
 * second agreed change to a complete round does not post it again. `deliver` answers the id of
 * what it posted. Returns false when it was delivered before or is being delivered elsewhere.
 */
export async function deliverOnce(deps: Pick<Deps, 'db' | 'now'>, workspaceId: string, doc: Pick<StepDocument, 'kind' | 'leerlijnId'>, channelId: string, deliver: () => Promise<string>): Promise<boolean> {
  const key = `document:${doc.kind}:${doc.leerlijnId}`;
  if (await findMessage(deps.db, workspaceId, key)) return false;
  if (!(await claimPosting(deps.db, workspaceId, doc.leerlijnId, key, deps.now(), CLAIM_STALE_MS))) return false;
  try {
    const id = await deliver();
    await rememberMessage(deps.db, workspaceId, doc.leerlijnId, key, { channelId, messageId: id });
    return true;
  } finally {
    await releasePosting(deps.db, workspaceId, key);
  }
}

/**
 * A step's document posted by a platform (`post` answers the id of what it posted) in the channel `at`: once per
 * leerlijn and document where the document says so (deliverOnce), otherwise every time it is asked for. A failure is
 * logged only: the step itself is done and shown already.
 */
export async function postStepDocumentLogged(
  by: { deps: Pick<Deps, 'db' | 'now'>; log: Logger }, platform: Platform, doc: StepDocument, post: () => Promise<string>, at: { workspaceId: string; channelId: string },
): Promise<void> {
  try {
    if (doc.once) await deliverOnce(by.deps, at.workspaceId, doc, at.channelId, post);
    else await post();
  } catch (error) {
    by.log.warn({ err: error, document: doc.kind }, `${platform}: step document not posted`);
  }
}
