// The documents an invitation names, each with a link where there is one: the official
// documents at the URL the school configured, the team's own filled ones as a signed link
// to the bot. Neutral: both platforms render the list (a link, or the name as today).
import type { DocumentsConfig } from '../config-documents.js';
import type { Lang } from '../domain/instrument.js';
import type { DocumentCode, DocumentRef } from '../domain/meetings.js';
import { documentLink, type DocumentKind } from './links.js';

export interface LinkedDocument {
  code: DocumentCode;
  label: string;
  url: string | null;
}

/** Which of the team's own filled documents exist (the shape of the invitation notice's `filled`). */
export type FilledDocuments = Readonly<Record<'signaleringsinstrument' | 'actieplan' | 'evaluatielijst', boolean>>;

type FilledCode = 'filled_signaleringsinstrument' | 'filled_actieplan' | 'filled_evaluatielijst';

/** The invitations that ask for filled documents want week 1's instrument and the interim evaluation. */
const FILLED: Readonly<Record<FilledCode, { kind: DocumentKind; exists: keyof FilledDocuments }>> = {
  filled_signaleringsinstrument: { kind: 'instrument-week1', exists: 'signaleringsinstrument' },
  filled_actieplan: { kind: 'actieplan', exists: 'actieplan' },
  filled_evaluatielijst: { kind: 'evaluatie-terugkom', exists: 'evaluatielijst' },
};

const isFilled = (code: DocumentCode): code is FilledCode => code in FILLED;

/** Filled documents that do not exist yet are left out, as the invitations do today. */
export function invitationDocuments(
  documents: readonly DocumentRef[],
  filled: FilledDocuments,
  config: DocumentsConfig,
  leerlijn: { id: string; lang: Lang },
  now: Date,
): LinkedDocument[] {
  return documents.flatMap((d): LinkedDocument[] => {
    const label = d.label[leerlijn.lang];
    if (isFilled(d.code)) {
      const { kind, exists } = FILLED[d.code];
      return filled[exists] ? [{ code: d.code, label, url: documentLink(config, leerlijn.id, kind, leerlijn.lang, now) }] : [];
    }
    return [{ code: d.code, label, url: config.officialUrls[d.code] ?? null }];
  });
}
