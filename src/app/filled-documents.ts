// Whether a meeting's document was filled in, one answer for both who ask: the channel post at
// the meeting's end (meeting-documents.ts) and the invitations' links (jobs/scheduler-reads.ts).
// A file of its own as both are imported from far apart (an import circle otherwise).
import type { DocumentKind } from '../documents/links.js';
import type { Queryable } from '../store/db.js';

type MeetingDocumentKind = 'actieplan' | 'evaluatie-terugkom' | 'evaluatie-eind';

/**
 * Which of the meetings' documents were filled in, by kind, in one round trip: an empty form is nothing to keep,
 * nor to link. `exists` reads no rows of the plan or the evaluations, which the scheduler asks for every invitation.
 */
export async function filledMeetingDocuments(db: Queryable, leerlijnId: string): Promise<Record<MeetingDocumentKind, boolean>> {
  const { rows } = await db.query<Record<MeetingDocumentKind, boolean>>(
    `select
       exists (select 1 from plan_items p where p.leerlijn_id = $1::uuid) as "actieplan",
       exists (select 1 from evaluation_entries e where e.leerlijn_id = $1::uuid and e.moment = 'terugkom') as "evaluatie-terugkom",
       exists (select 1 from evaluation_entries e where e.leerlijn_id = $1::uuid and e.moment = 'eind') as "evaluatie-eind"`,
    [leerlijnId],
  );
  return rows[0]!;
}

const isMeetingDocument = (kind: DocumentKind): kind is MeetingDocumentKind =>
  kind === 'actieplan' || kind === 'evaluatie-terugkom' || kind === 'evaluatie-eind';

export async function filledIn(db: Queryable, leerlijnId: string, kind: DocumentKind): Promise<boolean> {
  return isMeetingDocument(kind) && (await filledMeetingDocuments(db, leerlijnId))[kind];
}
