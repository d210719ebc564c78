// `export` and `mijn-gegevens` as a file: Teams lets a bot put one in the user's OneDrive only after they
// accept a file consent card in their 1:1 chat. The data (and the permission) is taken again at accept time, so
// the file never holds what a stale card promised or what its holder may no longer see.
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { fileOfferAnswered } from '../../app/export-offer.js';
import type { PrivateFile, PrivateFileSent } from '../../app/flows/surface.js';
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

/**
 * Offered in the person's 1:1 chat. The accept builds the file again (fileOfferAnswered), from what the card's context
 * says it is: the export of a leerlijn, or the person's own data, naming whose, as only they may take it.
 */
export async function sendFileConsent(svc: TeamsServices, turn: Turn, offer: PrivateFile): Promise<PrivateFileSent> {
  const { file } = offer;
  const description = offer.kind === 'export'
    ? t(offer.leerlijn.lang, 'teams.exportDescription', { school: offer.leerlijn.schoolName })
    : t(offer.lang, 'teams.myDataDescription');
  const context = offer.kind === 'export'
    ? { leerlijnId: offer.leerlijn.id }
    : { kind: offer.kind, userId: turn.actor.userId, lang: offer.lang, ...(offer.leerlijnId ? { leerlijnId: offer.leerlijnId } : {}) };
  const content = { description, sizeInBytes: file.bytes.length, acceptContext: context, declineContext: context };
  const consent = { type: 'message', summary: description, attachments: [{ contentType: FILE_CONSENT_TYPE, name: file.name, content }] };
  const sent = await turnMessenger(svc, turn).activityToUser(turn.actor.workspaceId, turn.actor.userId, consent);
  if (!sent.ok) svc.log.warn({ error: sent.error, kind: offer.kind }, 'teams file consent card not delivered');
  return { as: 'offer', ...(sent.ok ? {} : { error: sent.error }) };
}

/**
 * Teams' upload sessions are in the user's OneDrive for Business (https://<tenant>-my.sharepoint.com/…):
 * the export goes nowhere else, whoever signed the accept. Without auth only a local Emulator may name one.
 */
function uploadAllowed(svc: TeamsServices, url: string): boolean {
  if (!svc.conn.authEnabled) return isLoopbackUrl(url);
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const host = parsed?.hostname.toLowerCase() ?? '';
  const allowed = parsed?.protocol === 'https:' && svc.uploadHosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (!allowed) svc.log.warn({ host }, 'teams upload url refused: not an allowed upload host');
  return allowed;
}

/** The longest Retry-After waited out before the coordinator is told to try again instead. */
const MAX_UPLOAD_WAIT_S = 30;

/**
 * One PUT of the whole file, or null (logged) without an answer: timed out, as Node's own limits hold the coordinator
 * for minutes on a stalled OneDrive. Never log the url: it lets its holder write.
 */
async function putWhole(svc: TeamsServices, url: string, bytes: Buffer): Promise<{ status: number; retryAfter: string | null } | null> {
  try {
    const response = await fetch(url, {
      method: 'PUT', headers: { 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` }, body: bytes, signal: AbortSignal.timeout(svc.uploadTimeoutMs),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) svc.log.warn({ err: error }, 'teams file upload failed');
    // The timeout bounds sending the file too: the size tells a stalled OneDrive from a slow uplink.
    else svc.log.warn({ timeoutMs: svc.uploadTimeoutMs, bytes: bytes.length }, 'teams file upload did not finish in time (OneDrive stalled, or the uplink is too slow for the file)');
    return null;
  }
}

/**
 * False (logged) when the file did not land. A 429 took nothing, so after its wait the same PUT goes once
 * more; a 5xx may have taken part of the file, so it does not. The wait is outside the turn's budget
 * (turnRetry) on purpose: an accept is an invoke, answered by http-shim.ts in time whatever its turn
 * still does, and a late file is worth more than a "try again" that means a new export and consent card.
 */
async function upload(svc: TeamsServices, url: string, bytes: Buffer): Promise<boolean> {
  let answer = await putWhole(svc, url, bytes);
  if (answer?.status === 429) {
    const asked = retryAfterSeconds(answer.retryAfter, svc.deps.now().getTime());
    // At least the first backoff: no wait, a past date or none said must not resend at once.
    const waitMs = Math.max((asked ?? 0) * 1000, svc.retry.baseMs);
    if (waitMs <= MAX_UPLOAD_WAIT_S * 1000) {
      await svc.retry.sleep(waitMs);
      answer = await putWhole(svc, url, bytes);
    }
  }
  const ok = answer !== null && answer.status >= 200 && answer.status < 300;
  if (answer && !ok) svc.log.warn({ status: answer.status }, 'teams file upload refused');
  return ok;
}

function fileInfoActivity(info: NonNullable<FileConsentAnswer['uploadInfo']>): Partial<Activity> {
  return {
    type: 'message',
    // What the feed and a phone say, rather than "Card".
    summary: info.name,
    attachments: [{ contentType: FILE_INFO_TYPE, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } }],
  };
}

/** The key an answer is answered once by (Teams redelivers invokes): an accept's upload session, a decline's card. */
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
 * Uploads and shows the file, or says why not (`value` null: Teams sent no answer). Claimed before the build, so a
 * redelivery costs nothing; the price: one dying mid-build leaves the claim, and a new Allow or `export` is needed.
 */
export async function answerConsent(svc: TeamsServices, turn: Turn, value: FileConsentAnswer | null): Promise<void> {
  const key = answerKey(turn, value);
  if (key && !(await firstDelivery(svc.deps, 'teams', key))) return svc.log.info('teams file offer answer delivered again; answered already');
  const info = value?.uploadInfo;
  const uploadable = (): boolean => !!info?.uploadUrl && !!info.contentUrl && uploadAllowed(svc, info.uploadUrl);
  const context = value?.context;
  const answer = {
    declined: value?.action === 'decline', leerlijnId: context?.leerlijnId ?? null, uploadable,
    ...(context?.kind === 'my-data' ? { kind: context.kind, owner: context.userId ?? null, lang: context.lang ?? turn.lang } : { kind: 'export' as const }),
  };
  const outcome = await fileOfferAnswered(svc.deps, turn.actor, answer, turn.lang);
  const warn = (key: MessageKey): Promise<void> => reply(svc, turn, messageCard(t(outcome.lang, key), 'attention'));
  if ('say' in outcome) return warn(outcome.say);
  if ('failed' in outcome) return reply(svc, turn, errorCard(outcome.lang, outcome.failed, (err) => svc.log.error({ err, kind: answer.kind }, 'teams file offer: file not built')));
  if (!info || !(await upload(svc, info.uploadUrl, outcome.file.bytes))) return warn(outcome.uploadFailed);
  await withRetry(() => turn.context.sendActivity(fileInfoActivity(info)), turnRetry(svc.retry, turn.context));
}
