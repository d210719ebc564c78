// Configuration of the documents: where the bot is reachable for signed document links,
// the key that signs them, and where a school keeps the official (blank) documents.
// Parsed by loadConfig in config.ts, like every other variable; kept apart to stay small.
import { z } from 'zod';

export const OFFICIAL_DOCUMENTS = ['factsheet', 'reader', 'signaleringsinstrument', 'format_actieplan', 'evaluatielijst'] as const;
export type OfficialDocument = (typeof OFFICIAL_DOCUMENTS)[number];

export interface DocumentsConfig {
  /** Where people reach the bot's HTTP server, without a trailing slash; links are off without it. */
  publicUrl?: string;
  linkSecret?: string;
  /** How long a document link stays valid. */
  linkTtlHours: number;
  /** The official documents a school keeps on its own drive; invitations link those given. */
  officialUrls: Partial<Record<OfficialDocument, string>>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const blankIsUnset = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

const httpsUrl = z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL');
// A public address is https; plain http only for a bot on this machine (development).
export const publicUrl = z.url().refine((u) => u.startsWith('https://') || (u.startsWith('http://') && LOOPBACK.has(new URL(u).hostname)), 'must be an https:// URL');

const MIN_SECRET = 32;
const MIN_DISTINCT = 10;

/** Long and varied enough that guessing it is hopeless; 'x' × 40 is long but not a secret. */
function secretProblem(secret: string | undefined): string | null {
  if (!secret) return 'required when PUBLIC_URL is set: it signs the document links (e.g. `openssl rand -base64 48`)';
  if (secret.length < MIN_SECRET || new Set(secret).size < MIN_DISTINCT) {
    return `too weak: use at least ${MIN_SECRET} random characters (e.g. \`openssl rand -base64 48\`)`;
  }
  return null;
}

const urlVariable = (doc: OfficialDocument): string => `DOCUMENT_URL_${doc.toUpperCase()}`;

/** Every variable this module reads, for the documentation's check (tests/docs.test.ts). */
export const DOCUMENT_VARIABLES: readonly string[] = ['PUBLIC_URL', 'DOCUMENT_LINK_SECRET', 'DOCUMENT_LINK_TTL_HOURS', ...OFFICIAL_DOCUMENTS.map(urlVariable)];

/** The documents' settings, or the problems, each naming its variable. */
export function parseDocumentsConfig(source: Record<string, string | undefined>): { config: DocumentsConfig; problems: string[] } {
  const problems: string[] = [];
  const check = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const raw = blankIsUnset(source[name]);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) problems.push(`${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.success ? parsed.data : undefined;
  };
  const url = check('PUBLIC_URL', publicUrl);
  const linkSecret = blankIsUnset(source.DOCUMENT_LINK_SECRET);
  const weak = url ? secretProblem(linkSecret) : null;
  if (weak) problems.push(`DOCUMENT_LINK_SECRET: ${weak}`);
  const linkTtlHours = check('DOCUMENT_LINK_TTL_HOURS', z.coerce.number().int().min(1).max(24 * 90)) ?? 24 * 14;
  const officialUrls: DocumentsConfig['officialUrls'] = {};
  for (const doc of OFFICIAL_DOCUMENTS) {
    const value = check(urlVariable(doc), httpsUrl);
    if (value) officialUrls[doc] = value;
  }
  return { config: { publicUrl: url?.replace(/\/+$/, ''), linkSecret, linkTtlHours, officialUrls }, problems };
}
