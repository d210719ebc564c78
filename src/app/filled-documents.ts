// Whether a meeting's document was filled in, one answer for both who ask: the channel post at
// the meeting's end (meeting-documents.ts) and the invitations' links (jobs/scheduler-reads.ts).
// A file of its own as both are imported from far apart (an import circle otherwise).
import type { MeetingDocumentKind } from '../documents/links.js';
import type { Queryable } from '../store/db.js';

/**
 * Whether each meeting document was filled in, as columns named by its kind, of the leerlijn `$1`: an empty form
 * is nothing to keep, nor to link. `exists` reads no rows of the plan or the evaluations. Also a part of the
 * scheduler's one query per invitation (jobs/scheduler-reads.ts progressOf).
 */
export const FILLED_DOCUMENTS_COLUMNS = `
       exists (select 1 from plan_items p where p.leerlijn_id = $1::uuid) as "actieplan",
       exists (select 1 from evaluation_entries e where e.leerlijn_id = $1::uuid and e.moment = 'terugkom') as "evaluatie-terugkom",
       exists (select 1 from evaluation_entries e where e.leerlijn_id = $1::uuid and e.moment = 'eind') as "evaluatie-eind"`;

export type FilledDocuments = Record<MeetingDocumentKind, boolean>;

export async function filledIn(db: Queryable, leerlijnId: string, kind: MeetingDocumentKind): Promise<boolean> {
  const { rows } = await db.query<FilledDocuments>(`select ${FILLED_DOCUMENTS_COLUMNS}`, [leerlijnId]);
  return rows[0]![kind];
}
