// A step's document as a file in the team's channel (src/app/step-documents.ts decides which
// and when). A failed upload is logged: the step itself is done and shown already.
import { deliverOnce, stepDocumentFile, type StepDocument } from '../../app/step-documents.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { SlackCtx, WebClient } from './context.js';

async function upload(cx: SlackCtx, client: WebClient, channelId: string, doc: StepDocument): Promise<string> {
  const file = await stepDocumentFile(cx.deps, doc);
  if (!file) throw new Error('document_gone');
  const said = t(doc.lang, `documents.posted.${doc.kind}` as MessageKey);
  const res = (await client.filesUploadV2({ channel_id: channelId, filename: file.name, title: file.name, file: file.bytes, initial_comment: said })) as { files?: Array<{ files?: Array<{ id?: string }> }> };
  return res.files?.[0]?.files?.[0]?.id ?? 'uploaded';
}

/** Once per leerlijn and document, also with several replicas. */
export async function postStepDocumentOnce(cx: SlackCtx, client: WebClient, workspaceId: string, channelId: string, doc: StepDocument): Promise<void> {
  try {
    await deliverOnce(cx.deps, workspaceId, doc, channelId, () => upload(cx, client, channelId, doc));
  } catch (error) {
    cx.log.warn({ err: error, document: doc.kind }, 'slack: step document not posted');
  }
}

/** Every time it is asked for (the comparison is asked for with `vergelijk`). */
export async function postStepDocument(cx: SlackCtx, client: WebClient, channelId: string, doc: StepDocument): Promise<void> {
  try {
    await upload(cx, client, channelId, doc);
  } catch (error) {
    cx.log.warn({ err: error, document: doc.kind }, 'slack: step document not posted');
  }
}
