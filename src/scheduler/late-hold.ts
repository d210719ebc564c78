// Whether a pass holds a late notice till the morning (app/jobs/late-sends.ts decides when), the
// same for a real pass (job-turn.ts) and its dry run (preview.ts).
import { firstCouldGo, lateSendingHoursOf, lateSendWaitsUntil } from '../app/jobs/late-sends.js';
import type { DocumentsConfig } from '../config-documents.js';
import type { Db } from '../store/db.js';
import type { DueJob } from './jobs-store.js';
import { MEETING_STARTED, noticeFor, type Built } from './notices-for.js';

/**
 * Null: send it now. Else the moment it waits for. Not when waiting makes it useless: a reminder
 * of a meeting that has begun by then (an evening meeting at 20:30, its reminder found at 20:10)
 * goes now, as its own rules say. A notice another one takes over from by then (the due-day
 * reminder after the one before, next week's digest) still waits: the morning's one tells it.
 */
export async function holdsUntil(
  db: Db,
  job: DueJob,
  built: Extract<Built, { outcome: 'send' }>,
  now: Date,
  documents: DocumentsConfig | undefined,
  retentionDays: number | null | undefined,
): Promise<Date | null> {
  const until = lateSendWaitsUntil(firstCouldGo(job.runAt, job.plannedAt), now, built.timezone, lateSendingHoursOf(job));
  if (!until) return null;
  // Not read (the database does not answer): it waits all the same; the morning's pass judges it.
  const then = await noticeFor(db, job, until, documents, retentionDays ?? null).catch(() => null);
  return then?.outcome === 'drop' && then.reason === MEETING_STARTED ? null : until;
}
