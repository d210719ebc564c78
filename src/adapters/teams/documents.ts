// A step's document in the team's conversation, as a card with a signed, expiring link to the
// PDF (written once in src/views/notices.ts stepDocumentDoc). src/app/step-documents.ts decides
// which document and when; a failed post is logged, the step itself is done and shown already.
import { postStepDocumentLogged, type StepDocument } from '../../app/step-documents.js';
import { documentLink } from '../../documents/links.js';
import { stepDocumentDoc } from '../../views/notices.js';
import { teamsMarkup, toAdaptiveCard } from './cards/doc.js';
import type { AdaptiveCard } from './cards/common.js';
import { send } from './forms.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

function documentCard(svc: TeamsServices, doc: StepDocument): AdaptiveCard {
  const url = documentLink(svc.documents, doc.leerlijnId, doc.kind, doc.lang, svc.deps.now());
  return toAdaptiveCard(stepDocumentDoc(teamsMarkup([]), doc.lang, doc.kind, { url, ttlHours: svc.documents.linkTtlHours }));
}

async function post(svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<string> {
  return (await send(svc, turn, documentCard(svc, doc))) ?? 'sent';
}

/** In the conversation acted in; once, or every time it is asked for, as the document says (StepDocument.once). */
export const postStepDocument = (svc: TeamsServices, turn: Turn, doc: StepDocument): Promise<void> =>
  postStepDocumentLogged(svc, 'teams', doc, () => post(svc, turn, doc), { workspaceId: turn.workspaceId, channelId: turn.channelId });

/** In the team's channel `channelId`, also from a personal chat (a form saved there); once, as the document says. */
export function postStepDocumentIn(svc: TeamsServices, turn: Turn, channelId: string, doc: StepDocument): Promise<void> {
  if (!turn.personal && turn.channelId === channelId) return postStepDocument(svc, turn, doc);
  return postStepDocumentLogged(svc, 'teams', doc, async () => {
    const sent = await svc.messenger.cardToChannel(turn.workspaceId, channelId, documentCard(svc, doc));
    if (!sent.ok) throw new Error(sent.error);
    return sent.messageId ?? 'sent';
  }, { workspaceId: turn.workspaceId, channelId });
}
