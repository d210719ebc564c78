// The documents an invitation names, each with a link where there is one: the official
// documents at the URL the school configured, the team's own filled ones as a signed link
// to the bot. Neutral: both platforms render the list (a link, or the name as today).
import type { DocumentsConfig } from '../config-documents.js';
import type { Lang } from '../domain/instrument.js';
import { documentsFor, type DocumentCode, type DocumentRef, type MeetingKind } from '../domain/meetings.js';
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
 * The document behind each filled entry: the earlier version (week 1's instrument, the terugkom Evaluatielijst),
 * or the one filled at the eindevaluatie where the meeting's entry says so (domain/meetings.ts `filledAt`): the
 * eindevaluatie compares with week 1, the new evaluation meeting after it discusses what the eindevaluatie filled in.
 */
const FILLED_KINDS: Readonly<Record<FilledCode, { earlier: DocumentKind; atEindevaluatie: DocumentKind }>> = {
  filled_signaleringsinstrument: { earlier: 'instrument-week1', atEindevaluatie: 'instrument-week17' },
  filled_actieplan: { earlier: 'actieplan', atEindevaluatie: 'actieplan' },
  filled_evaluatielijst: { earlier: 'evaluatie-terugkom', atEindevaluatie: 'evaluatie-eind' },
};

const kindOf = (code: FilledCode, entry: Pick<DocumentRef, 'filledAt'> | undefined): DocumentKind =>
  entry?.filledAt === 'eindevaluatie' ? FILLED_KINDS[code].atEindevaluatie : FILLED_KINDS[code].earlier;

/** The document `meeting`'s entry for `code` names; the earlier version where the meeting has no such entry. */
const filledKind = (meeting: MeetingKind, code: FilledCode): DocumentKind => kindOf(code, documentsFor(meeting).find((d) => d.code === code));

const isFilled = (code: DocumentCode): code is FilledCode => code in FILLED_CODES;

/** Which of the filled documents `meeting`'s invitation names exist. */
export function filledFor(meeting: MeetingKind, existing: ExistingDocuments): FilledDocuments {
  return {
    signaleringsinstrument: existing[filledKind(meeting, 'filled_signaleringsinstrument')] === true,
    actieplan: existing[filledKind(meeting, 'filled_actieplan')] === true,
    evaluatielijst: existing[filledKind(meeting, 'filled_evaluatielijst')] === true,
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
  return documentsFor(meeting).flatMap((d): LinkedDocument[] => {
    const label = d.label[leerlijn.lang];
    if (isFilled(d.code)) {
      return filled[FILLED_CODES[d.code]] ? [{ code: d.code, label, url: documentLink(config, leerlijn.id, kindOf(d.code, d), leerlijn.lang, now) }] : [];
    }
    return [{ code: d.code, label, url: config.officialUrls[d.code] ?? null }];
  });
}
