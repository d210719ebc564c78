// Whether a meeting's document was filled in, one answer for both who ask: the channel post at
// the meeting's end (meeting-documents.ts) and the invitations' links (jobs/scheduler-reads.ts).
// A file of its own as both are imported from far apart (an import circle otherwise).
import type { DocumentKind } from '../documents/links.js';
import type { Queryable } from '../store/db.js';
import { planItemsOf } from '../store/actions.js';
import { evaluationEntriesOf } from '../store/evaluations.js';

type MeetingDocumentKind = 'actieplan' | 'evaluatie-terugkom' | 'evaluatie-eind';

/** Per document a meeting fills in, whether anything of it was: an empty form is nothing to keep, nor to link. */
const FILLED_IN: Readonly<Record<MeetingDocumentKind, (db: Queryable, leerlijnId: string) => Promise<boolean>>> = {
  actieplan: async (db, leerlijnId) => (await planItemsOf(db, leerlijnId)).length > 0,
  'evaluatie-terugkom': async (db, leerlijnId) => (await evaluationEntriesOf(db, leerlijnId, 'terugkom')).length > 0,
  'evaluatie-eind': async (db, leerlijnId) => (await evaluationEntriesOf(db, leerlijnId, 'eind')).length > 0,
};

const isMeetingDocument = (kind: DocumentKind): kind is MeetingDocumentKind => kind in FILLED_IN;

export async function filledIn(db: Queryable, leerlijnId: string, kind: DocumentKind): Promise<boolean> {
  return isMeetingDocument(kind) ? FILLED_IN[kind](db, leerlijnId) : false;
}

/** Which of the meetings' documents were filled in, by kind: what an invitation may link (jobs/scheduler-reads progressOf). */
export async function filledMeetingDocuments(db: Queryable, leerlijnId: string): Promise<Record<MeetingDocumentKind, boolean>> {
  // One after another: `db` may be a transaction's single connection.
  const filled = {} as Record<MeetingDocumentKind, boolean>;
  for (const kind of Object.keys(FILLED_IN) as MeetingDocumentKind[]) filled[kind] = await FILLED_IN[kind](db, leerlijnId);
  return filled;
}
