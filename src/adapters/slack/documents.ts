// A step's document as files in the team's channel (the chart with its alt text, then the PDF, in one message), and
// the coordinator's export as a file in their DM.
import type { PrivateFile } from '../../app/flows/surface.js';
import { postStepDocumentLogged, stepDocumentFiles, type PostedFile, type RemoveDocument, type StepDocument } from '../../app/step-documents.js';
import { t } from '../../i18n/index.js';
import { stepDocumentSaid } from '../../views/notices.js';
import { slackErrorCode } from './bot-token.js';
import { dmChannel, type SlackCtx, type WebClient } from './context.js';
import { slackMarkup } from './render/markup.js';

/** Slack takes at most this many characters of alt text. */
const ALT_TEXT_MAX = 1000;

/** What uploadFiles answers when Slack named no file: nothing to delete later. */
const NO_FILE_ID = 'uploaded';

/** Posts the files as one message with `said` above them; answers their ids, space-separated (the first alone before they were kept all). */
export async function uploadFiles(client: WebClient, channelId: string, said: string, files: readonly PostedFile[]): Promise<string> {
  const uploads = files.map((f) => ({ file: f.bytes, filename: f.name, title: f.name, ...(f.altText ? { alt_text: f.altText.slice(0, ALT_TEXT_MAX) } : {}) }));
  const res = (await client.filesUploadV2({ channel_id: channelId, initial_comment: said, file_uploads: uploads })) as { files?: Array<{ files?: Array<{ id?: string }> }> };
  const ids = (res.files ?? []).flatMap((done) => done.files ?? []).map((f) => f.id).filter((id): id is string => !!id);
  return ids.length > 0 ? ids.join(' ') : NO_FILE_ID;
}

/** What Slack answers for a file that is gone already: deleted before (by us, or by someone in the channel), or never there. */
const FILE_GONE = new Set(['file_not_found', 'file_deleted']);

/**
 * Deletes the files uploadFiles posted (the bot may delete its own); one Slack no longer has is gone already. Each file is
 * tried: a refused chart still lets its outdated PDF go; the first refusal is thrown after (step-documents logs it).
 */
export const deleteFiles = (client: WebClient): RemoveDocument => async (posted) => {
  const refused: unknown[] = [];
  for (const file of posted.messageId.split(' ').filter((id) => id !== '' && id !== NO_FILE_ID)) {
    await client.files.delete({ file }).catch((error: unknown) => {
      if (!FILE_GONE.has(slackErrorCode(error) ?? '')) refused.push(error);
    });
  }
  if (refused.length > 0) throw refused[0];
};

/**
 * Once per leerlijn and document (and version: an outdated one's files are deleted, app/step-documents.ts deliverOnce), or
 * every time it is asked for, as the document says; a failed upload is logged.
 */
export const postStepDocument = (cx: SlackCtx, client: WebClient, at: { workspaceId: string; channelId: string }, doc: StepDocument): Promise<void> =>
  postStepDocumentLogged(cx, 'slack', doc, async () => {
    const files = await stepDocumentFiles(cx.deps, doc);
    if (!files) throw new Error('document_gone');
    return uploadFiles(client, at.channelId, stepDocumentSaid(slackMarkup, doc.lang, doc.kind), files);
  }, at, deleteFiles(client));

/**
 * A private file in the person's DM with the bot, `said` above it. The export's comment names the school, for a coordinator
 * of several leerlijnen; the person's own data says it is theirs.
 */
export async function uploadPrivately(client: WebClient, userId: string, offer: PrivateFile): Promise<void> {
  const { file } = offer;
  const said = offer.kind === 'export'
    ? t(offer.leerlijn.lang, 'export.ready', { school: slackMarkup.user(offer.leerlijn.schoolName, 150) })
    : t(offer.lang, 'myData.fileReady');
  await client.filesUploadV2({ channel_id: await dmChannel(client, userId), filename: file.name, title: file.name, file: file.bytes, initial_comment: said });
}
