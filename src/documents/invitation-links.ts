// The documents an invitation names, each with a link where there is one: the official
// documents at the URL the school configured, the team's own filled ones as a signed link
// to the bot. Neutral: both platforms render the list (a link, or the name as today).
import type { DocumentsConfig } from '../config-documents.js';
import type { Lang } from '../domain/instrument.js';
import { documentsFor, type DocumentCode, type MeetingKind } from '../domain/meetings.js';
import { documentLink, type DocumentKind } from './links.js';

export interface LinkedDocument {
  code: DocumentCode;
  label: string;
  url: string | null;
}

/** Which of the filled documents an invitation names exist (the shape of the invitation notice's `filled`). */
export type FilledDocuments = Readonly<Record<'signaleringsinstrument' | 'actieplan' | 'evaluatielijst', boolean>>;

/** Which of the team's own documents exist, by kind, as read when the invitation is sent. */
export type ExistingDocuments = Readonly<Partial<Record<DocumentKind, boolean>>>;

type FilledCode = 'filled_signaleringsinstrument' | 'filled_actieplan' | 'filled_evaluatielijst';

const FILLED_CODES: Readonly<Record<FilledCode, keyof FilledDocuments>> = {
  filled_signaleringsinstrument: 'signaleringsinstrument',
  filled_actieplan: 'actieplan',
  filled_evaluatielijst: 'evaluatielijst',
};

/**
 * The four meetings want week 1's instrument and the interim (terugkom) Evaluatielijst: the
 * eindevaluatie compares with week 1 and fills the list in again (leerlijn.md, documents per
 * meeting). The new evaluation meeting after it is about the next steps agreed at the
 * eindevaluatie, so it wants what that meeting filled in: week 17's instrument and the eind list.
 */
const UP_TO_EINDEVALUATIE: Readonly<Record<FilledCode, DocumentKind>> = {
  filled_signaleringsinstrument: 'instrument-week1',
  filled_actieplan: 'actieplan',
  filled_evaluatielijst: 'evaluatie-terugkom',
};
const AFTER_EINDEVALUATIE: Readonly<Record<FilledCode, DocumentKind>> = {
  filled_signaleringsinstrument: 'instrument-week17',
  filled_actieplan: 'actieplan',
  filled_evaluatielijst: 'evaluatie-eind',
};

const filledKinds = (meeting: MeetingKind): Readonly<Record<FilledCode, DocumentKind>> =>
  meeting === 'vervolgevaluatie' ? AFTER_EINDEVALUATIE : UP_TO_EINDEVALUATIE;

const isFilled = (code: DocumentCode): code is FilledCode => code in FILLED_CODES;

/** Which of the filled documents `meeting`'s invitation names exist. */
export function filledFor(meeting: MeetingKind, existing: ExistingDocuments): FilledDocuments {
  const kinds = filledKinds(meeting);
  return {
    signaleringsinstrument: existing[kinds.filled_signaleringsinstrument] === true,
    actieplan: existing[kinds.filled_actieplan] === true,
    evaluatielijst: existing[kinds.filled_evaluatielijst] === true,
  };
}

/** Filled documents that do not exist yet are left out, as the invitations do today. */
export function invitationDocuments(
  meeting: MeetingKind,
  filled: FilledDocuments,
  config: DocumentsConfig,
  leerlijn: { id: string; lang: Lang },
  now: Date,
): LinkedDocument[] {
  const kinds = filledKinds(meeting);
  return documentsFor(meeting).flatMap((d): LinkedDocument[] => {
    const label = d.label[leerlijn.lang];
    if (isFilled(d.code)) {
      return filled[FILLED_CODES[d.code]] ? [{ code: d.code, label, url: documentLink(config, leerlijn.id, kinds[d.code], leerlijn.lang, now) }] : [];
    }
    return [{ code: d.code, label, url: config.officialUrls[d.code] ?? null }];
  });
}
