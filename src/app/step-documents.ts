// After a step the team receives what was filled in (leerlijn.md: "after each meeting everyone
// receives what was filled in"): the agreed instrument once its round's result is complete,
// the comparison with `vergelijk`. Decided here, once; each platform delivers the file its
// way (Slack: a file in the channel; Teams: a signed link the bot serves itself).
import type { DocumentKind } from '../documents/links.js';
import { claimPosting, findMessage, releasePosting, rememberMessage } from '../store/posted-messages.js';
import type { Deps } from './context.js';
import { renderDocument } from './documents.js';
import type { ExportFile } from './export-files.js';
import type { RoundView } from './views.js';

export interface StepDocument {
  leerlijnId: string;
  kind: DocumentKind;
  lang: RoundView['lang'];
}

/** The document a completed round's result brings: its filled Signaleringsinstrument. */
export function resultDocument(round: RoundView): StepDocument | null {
  if (!round.result) return null;
  return { leerlijnId: round.leerlijnId, kind: round.moment === 'week1' ? 'instrument-week1' : 'instrument-week17', lang: round.lang };
}

/** The PDF as it is now, made from the database; null when its content is gone. */
export function stepDocumentFile(deps: Deps, doc: StepDocument): Promise<ExportFile | null> {
  // The expiry only matters for links; a file made to post now is not a link.
  return renderDocument(deps, { ...doc, expires: 0 });
}

/** How long another replica may hold the claim before it counts as dead. */
const CLAIM_STALE_MS = 60_000;

/**
 * Delivers a step's document once per leerlijn and document, also with several replicas: a
 * second agreed change to a complete round does not post it again. `deliver` answers the id of
 * what it posted. Returns false when it was delivered before or is being delivered elsewhere.
 */
export async function deliverOnce(deps: Deps, workspaceId: string, doc: StepDocument, channelId: string, deliver: () => Promise<string>): Promise<boolean> {
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
