// Signed, expiring links to a leerlijn's filled documents, for Teams, where a bot cannot
// simply post a file to a channel. The token carries leerlijn, document, language and
// expiry, signed with HMAC-SHA256; the server makes the PDF anew from the database at each
// request, so nothing is stored and a deleted leerlijn's links stop working at once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { DocumentsConfig } from '../config-documents.js';
import type { Lang } from '../domain/instrument.js';
import type { MeetingKind } from '../domain/meetings.js';

export const DOCUMENT_KINDS = ['instrument-week1', 'instrument-week17', 'actieplan', 'evaluatie-terugkom', 'evaluatie-eind', 'vergelijking'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The documents a meeting's work fills in. */
export type MeetingDocumentKind = 'actieplan' | 'evaluatie-terugkom' | 'evaluatie-eind';

const MEETING_DOCUMENT: Readonly<Partial<Record<MeetingKind, MeetingDocumentKind>>> = {
  actieplan: 'actieplan',
  terugkom: 'evaluatie-terugkom',
  eindevaluatie: 'evaluatie-eind',
};

/** The document a meeting's work fills in; null for the signalering, whose instrument comes with its round's result. */
export function meetingDocumentKind(kind: MeetingKind): MeetingDocumentKind | null {
  return MEETING_DOCUMENT[kind] ?? null;
}

export interface DocumentClaim {
  leerlijnId: string;
  kind: DocumentKind;
  lang: Lang;
  /** Unix seconds. */
  expires: number;
}

export const DOCUMENT_PATH = '/documents/';
/** Changes when the token's meaning changes, so old tokens cannot be read the new way. */
const CONTEXT = 'leerlijn-document-v1';

const Payload = z.object({ l: z.uuid(), k: z.enum(DOCUMENT_KINDS), g: z.enum(['nl', 'en']), e: z.number().int() });

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${CONTEXT}.${payload}`).digest();
}

export function signDocumentToken(secret: string, claim: DocumentClaim): string {
  const payload = Buffer.from(JSON.stringify({ l: claim.leerlijnId, k: claim.kind, g: claim.lang, e: claim.expires })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claim of a genuine, unexpired token; null for anything else, without saying why. */
export function verifyDocumentToken(secret: string, token: string, now: Date): DocumentClaim | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null; // signed by us but unreadable: cannot happen unless the format changed
  }
  const claim = Payload.safeParse(parsed);
  if (!claim.success || claim.data.e * 1000 <= now.getTime()) return null;
  return { leerlijnId: claim.data.l, kind: claim.data.k, lang: claim.data.g, expires: claim.data.e };
}

/** The URL people click, valid for the configured hours; null while PUBLIC_URL is not set. */
export function documentLink(config: DocumentsConfig, leerlijnId: string, kind: DocumentKind, lang: Lang, now: Date): string | null {
  if (!config.publicUrl || !config.linkSecret) return null;
  const expires = Math.floor(now.getTime() / 1000) + config.linkTtlHours * 3600;
  return `${config.publicUrl}${DOCUMENT_PATH}${signDocumentToken(config.linkSecret, { leerlijnId, kind, lang, expires })}`;
}
