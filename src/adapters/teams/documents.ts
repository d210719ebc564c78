// A step's document in the team's conversation, as a card with a signed, expiring link to the
// PDF (cards/notices.ts). src/app/step-documents.ts decides which document and when; a failed
// post is logged, the step itself is done and shown already.
import { deliverOnce, type StepDocument } from '../../app/step-documents.js';
import { documentLink } from '../../documents/links.js';
import type { AdaptiveCard } from './cards/common.js';
import { stepDocumentCard } from './cards/notices.js';
import { cardActivity } from './messenger.js';
import { withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

function documentCard(svc: TeamsServices, doc: StepDocument): AdaptiveCard {
  const url = documentLink(svc.documents, doc.leerlijnId, doc.kind, doc.lang, svc.deps.now());
  return stepDocumentCard(doc.lang, doc.kind, url, svc.documents.linkTtlHours);
}

async function post(svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<string> {
  const sent = await withRetry(() => turn.context.sendActivity(cardActivity(documentCard(svc, doc))));
  return sent?.id ?? 'sent';
}

/** Once per leerlijn and document (a later change to a complete round does not post it again). */
export async function postStepDocumentOnce(svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<void> {
  try {
    await deliverOnce(svc.deps, turn.workspaceId, doc, turn.channelId, () => post(svc, turn, doc));
  } catch (error) {
    svc.log.warn({ err: error, document: doc.kind }, 'teams: step document not posted');
  }
}

/** Every time it is asked for (the comparison, with `vergelijk`). */
export async function postStepDocument(svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<void> {
  try {
    await post(svc, turn, doc);
  } catch (error) {
    svc.log.warn({ err: error, document: doc.kind }, 'teams: step document not posted');
  }
}
