// A step's document in the team's conversation: a card with a signed, expiring link to the PDF.
// src/app/step-documents.ts decides which document and when, and logs a failed post.
import { postStepDocumentLogged, type StepDocument } from '../../app/step-documents.js';
import { documentLink } from '../../documents/links.js';
import { stepDocumentDoc } from '../../views/notices.js';
import { teamsMarkup, toAdaptiveCard } from './cards/doc.js';
import { send } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

/**
 * Posted once per leerlijn and document, never replaced: no RemoveDocument is given, so a result whose agreed scores
 * changed posts nothing new. Its card's link renders the PDF when opened, from the database as it is then, and the chart is
 * drawn in the result card, which is redrawn; a second card would only show the same document twice.
 */
export const postStepDocument = (svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<void> =>
  postStepDocumentLogged(svc, 'teams', doc, async () => {
    const url = documentLink(svc.documents, doc.leerlijnId, doc.kind, doc.lang, svc.deps.now());
    const card = toAdaptiveCard(stepDocumentDoc(teamsMarkup([]), doc.lang, doc.kind, { url, ttlHours: svc.documents.linkTtlHours }));
    return (await send(svc, turn, card)) ?? 'sent';
  }, { workspaceId: turn.actor.workspaceId, channelId: turn.channelId });
