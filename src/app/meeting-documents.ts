// The document a meeting's work fills in, posted to the channel when the meeting ends: the
// Actieplan after week 3, the Evaluatielijst after week 9 and week 17. The meeting's end is the
// moment people expect it ("after each meeting everyone receives what was filled in"); saving
// is not, since the list is saved one onderdeel at a time during the meeting. The instruments
// of week 1 and week 17 come with their round's result instead (step-documents.ts). Saved only
// after the meeting ended, it comes once the saving stops (plan-jobs documentSavedAfter).
import type { DocumentsConfig } from '../config-documents.js';
import type { MeetingKind } from '../domain/meetings.js';
import { documentLink, meetingDocumentKind } from '../documents/links.js';
import type { Db } from '../store/db.js';
import { filledIn } from './filled-documents.js';
import type { Notice } from './notices.js';
import { stepDocumentFile } from './step-documents.js';
import type { LeerlijnView } from './views.js';

/**
 * What the channel gets at the meeting's end, made from the database as it is then: the PDF for
 * a platform that posts files, and a signed link to it for one that cannot (null without
 * PUBLIC_URL). Null when the meeting has no document or nothing of it was filled in.
 */
export async function meetingDocumentNotice(db: Db, leerlijn: LeerlijnView, meeting: MeetingKind, documents: DocumentsConfig, now: Date): Promise<Notice | null> {
  const kind = meetingDocumentKind(meeting);
  if (!kind || !(await filledIn(db, leerlijn.id, kind))) return null;
  const deps = { db, now: () => now, defaultTimezone: leerlijn.timezone, defaultLang: leerlijn.lang };
  const file = await stepDocumentFile(deps, { leerlijnId: leerlijn.id, kind, lang: leerlijn.lang });
  if (!file) return null;
  const link = documentLink(documents, leerlijn.id, kind, leerlijn.lang, now);
  return { type: 'step_document', leerlijn, document: kind, file, link, linkTtlHours: documents.linkTtlHours };
}
