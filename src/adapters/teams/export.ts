// `export` as a real file. Teams lets a bot put a file in the user's OneDrive only after the
// user accepts a file consent card in their 1:1 chat with the bot. The data is taken again at
// accept time (and the permission checked again), so the file never holds what a stale card
// promised or what its holder may no longer see.
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { exportArchive, type ExportFile } from '../../app/export-files.js';
import { isAppError } from '../../app/errors.js';
import { leerlijnLang, type LeerlijnRow } from '../../app/context.js';
import { firstDelivery } from '../../app/platform-records.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { FileConsentAnswer } from './payloads.js';
import { errorCard, messageCard } from './cards/common.js';
import { reply, turnMessenger } from './forms.js';
import { isLoopbackUrl, retryAfterSeconds } from '../../http.js';
import { turnRetry, withRetry } from './retry.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
export const FILE_CONSENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** The coordinator's export offered in their 1:1 chat (the flow checked they coordinate), in its leerlijn's language. */
export async function sendExportConsent(svc: TeamsServices, turn: Turn, file: ExportFile, of: Pick<LeerlijnRow, 'id' | 'schoolName' | 'lang'>): Promise<void> {
  const { id: leerlijnId, schoolName: school, lang } = of;
  const consent = {
    contentType: FILE_CONSENT_TYPE,
    name: file.name,
    content: {
      description: t(lang, 'teams.exportDescription', { school }),
      sizeInBytes: file.bytes.length,
      // Only which leerlijn: the data itself is taken again when the user accepts.
      acceptContext: { leerlijnId },
      declineContext: { leerlijnId },
    },
  };
  const sent = await turnMessenger(svc, turn).activityToUser(turn.actor.workspaceId, turn.actor.userId, { type: 'message', summary: consent.content.description, attachments: [consent] });
  if (!sent.ok) {
    svc.log.warn({ error: sent.error }, 'teams export consent card not delivered');
    return reply(svc, turn, messageCard(t(lang, 'teams.exportNoChat'), 'attention'));
  }
  await reply(svc, turn, messageCard(t(lang, 'teams.exportInChat'), 'good'));
}

/**
 * Teams hands out https upload sessions in the user's OneDrive for Business
 * (https://<tenant>-my.sharepoint.com/…/uploadSession): the school's export goes nowhere else,
 * whoever signed the accept. Without auth only a local Emulator may name one.
 */
function uploadAllowed(svc: TeamsServices, url: string): boolean {
  if (!svc.conn.authEnabled) return isLoopbackUrl(url);
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const host = parsed?.hostname.toLowerCase() ?? '';
  const allowed = parsed?.protocol === 'https:' && svc.uploadHosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (!allowed) svc.log.warn({ host }, 'teams upload url refused: not an allowed upload host');
  return allowed;
}

/** The longest wait a 429's Retry-After may ask before the coordinator is told to try again instead. */
const MAX_UPLOAD_WAIT_S = 30;

/**
 * One PUT of the whole file; the status and Retry-After as sent, or null (logged) when no answer came.
 * Given up after the deployment's upload timeout: Node's own limits would hold the coordinator for
 * minutes on a stalled OneDrive. Logged without the url: an upload session's url lets its holder write.
 */
async function putWhole(svc: TeamsServices, url: string, bytes: Buffer): Promise<{ status: number; retryAfter: string | null } | null> {
  try {
    const response = await fetch(url, {
      method: 'PUT', headers: { 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` }, body: bytes, signal: AbortSignal.timeout(svc.uploadTimeoutMs),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) svc.log.warn({ err: error }, 'teams export upload failed');
    // The timeout bounds sending the file too: the size tells a stalled OneDrive from a slow uplink.
    else svc.log.warn({ timeoutMs: svc.uploadTimeoutMs, bytes: bytes.length }, 'teams export upload did not finish in time (OneDrive stalled, or the uplink is too slow for the file)');
    return null;
  }
}

/**
 * The whole file to the upload session Teams opened; false (logged) when it did not land.
 * OneDrive throttles with 429 and says when to come back: a 429 took nothing, so after a short
 * wait the same PUT is sent once more; a 5xx may have taken part of the file, so it is not sent again.
 * This wait is not counted against the turn's budget (retry.ts turnRetry) on purpose. That budget keeps
 * a message's request inside the 15 s after which Teams sends the message again; an accept is an invoke,
 * which http-shim.ts answers within INVOKE_DEADLINE_MS whatever its turn still does, so Teams has its
 * answer and sends nothing again. And a file OneDrive takes after 12 s is worth more to the coordinator
 * than a "try again" that means a new export and a new consent card. MAX_UPLOAD_WAIT_S bounds the wait.
 */
async function upload(svc: TeamsServices, url: string, bytes: Buffer): Promise<boolean> {
  let answer = await putWhole(svc, url, bytes);
  if (answer?.status === 429) {
    const asked = retryAfterSeconds(answer.retryAfter, svc.deps.now().getTime());
    // At least the deployment's first backoff, as withRetry waits: a wait said as none, a date
    // passed, or no wait said at all must not send the same PUT again at once.
    const waitMs = Math.max((asked ?? 0) * 1000, svc.retry.baseMs);
    if (waitMs <= MAX_UPLOAD_WAIT_S * 1000) {
      await svc.retry.sleep(waitMs);
      answer = await putWhole(svc, url, bytes);
    }
  }
  const ok = answer !== null && answer.status >= 200 && answer.status < 300;
  if (answer && !ok) svc.log.warn({ status: answer.status }, 'teams export upload refused');
  return ok;
}

function fileInfoActivity(info: NonNullable<FileConsentAnswer['uploadInfo']>): Partial<Activity> {
  return {
    type: 'message',
    // What the feed and a phone say of it, rather than "Card".
    summary: info.name,
    attachments: [{ contentType: FILE_INFO_TYPE, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } }],
  };
}

/**
 * What a consent answer is answered once for: Teams delivers an invoke again when it thinks the first went unanswered.
 * An accept by its upload session (one session takes one upload); a decline by its card, the message Teams names in
 * this chat (else, where it names none, the invoke itself). Null: not an answer to claim.
 */
function answerKey(turn: Turn, value: FileConsentAnswer | null): string | null {
  if (value?.action === 'decline') {
    const { conversation, replyToId, id } = turn.context.activity;
    // Naming neither, every decline in this chat would share one key and silence the next card's.
    const card = replyToId ?? id;
    return card ? `file-consent-decline:${conversation.id}:${card}:${value.context?.leerlijnId ?? ''}` : null;
  }
  const session = value?.uploadInfo?.uploadUrl;
  return session ? `file-consent:${createHash('sha256').update(session).digest('hex')}` : null;
}

/**
 * The user's answer to the consent card: upload and show the file, or say it was not sent.
 * `value`: the parsed answer, or null when Teams sent something that is not one.
 * Claimed before anything is built: a redelivery costs nothing, and whatever the first delivery
 * ends in (the file, a refusal, "try again") is the one thing the coordinator is told. The price:
 * a process that dies mid-build leaves the claim, and a redelivery of that accept says nothing;
 * a second Allow brings its own upload session (so Teams does, as far as we know: unchecked in a
 * real tenant) and is answered, as is `export` again. (Claimed after the build, each delivery
 * built the ZIP and, in an outage, each apologized.)
 */
export async function answerConsent(svc: TeamsServices, turn: Turn, value: FileConsentAnswer | null): Promise<void> {
  const key = answerKey(turn, value);
  if (key && !(await firstDelivery(svc.deps, 'teams', key))) return svc.log.info('teams export answer delivered again; answered already');
  const leerlijnId = value?.context?.leerlijnId ?? null;
  const lang = await leerlijnLang(svc.deps, turn.actor.workspaceId, leerlijnId, turn.lang);
  const warn = (key: MessageKey): Promise<void> => reply(svc, turn, messageCard(t(lang, key), 'attention'));
  if (value?.action === 'decline') return warn('teams.exportDeclined');
  const info = value?.uploadInfo;
  if (!leerlijnId || !info?.uploadUrl || !info.contentUrl || !uploadAllowed(svc, info.uploadUrl)) return warn('teams.exportUploadFailed');
  let file: ExportFile;
  try {
    file = await exportArchive(svc.deps, turn.actor, leerlijnId);
  } catch (error) {
    // Deleted since the card was sent: "no leerlijn in this channel" would make no sense in a 1:1 chat.
    if (isAppError(error) && error.code === 'no_leerlijn') return warn('teams.exportGone');
    // An outage too is said in the leerlijn's language: a personal chat's turn has only the deployment's.
    return reply(svc, turn, errorCard(lang, error, (err) => svc.log.error({ err }, 'teams export not built')));
  }
  if (await upload(svc, info.uploadUrl, file.bytes)) await withRetry(() => turn.context.sendActivity(fileInfoActivity(info)), turnRetry(svc.retry, turn.context));
  else await warn('teams.exportUploadFailed');
}
