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
  /** Not there yet, and why (domain/meetings.ts `untilFilled`): named so the reader knows to expect it. */
  notYet?: 'week1_not_agreed';
}

/** Which of the team's own documents exist, by kind, as read when the invitation is sent. */
export type ExistingDocuments = Readonly<Partial<Record<DocumentKind, boolean>>>;

type FilledCode = 'filled_signaleringsinstrument' | 'filled_actieplan' | 'filled_evaluatielijst';

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

const kindOf = (code: FilledCode, entry: Pick<DocumentRef, 'filledAt'>): DocumentKind =>
  entry.filledAt === 'eindevaluatie' ? FILLED_KINDS[code].atEindevaluatie : FILLED_KINDS[code].earlier;

const isFilled = (code: DocumentCode): code is FilledCode => code in FILLED_KINDS;

/**
 * Filled documents that do not exist yet (not `true` in `existing`) are left out, unless the meeting builds on
 * them (`untilFilled`): those are named without a link, saying why they are not there yet.
 */
export function invitationDocuments(
  meeting: MeetingKind,
  existing: ExistingDocuments,
  config: DocumentsConfig,
  leerlijn: { id: string; lang: Lang },
  now: Date,
): LinkedDocument[] {
  return documentsFor(meeting).flatMap((d): LinkedDocument[] => {
    const label = d.label[leerlijn.lang];
    if (isFilled(d.code)) {
      const kind = kindOf(d.code, d);
      if (existing[kind] === true) return [{ code: d.code, label, url: documentLink(config, leerlijn.id, kind, leerlijn.lang, now) }];
      return d.untilFilled ? [{ code: d.code, label, url: null, notYet: d.untilFilled }] : [];
    }
    return [{ code: d.code, label, url: config.officialUrls[d.code] ?? null }];
  });
}
