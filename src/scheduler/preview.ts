// What a pass at a given moment would do, read without claiming or sending anything: the
// operator's `tick --dry-run`. Same selection and same notice building as a real pass.
import { channelWarningsToPlan, warningsToPlan } from '../app/retention.js';
import type { Db } from '../store/db.js';
import { leerlijnenDueForDeletion } from '../store/retention.js';
import { lateSendingHoursOf } from '../app/jobs/late-sends.js';
import { holdsUntil } from './late-hold.js';
import { peekDueJobs, peekHeldJobs } from './job-claims.js';
import type { DueJob } from './jobs-store.js';
import { noticeFor } from './notices-for.js';
import { targetKey } from './targets.js';

export interface PreviewLine {
  jobId: string;
  kind: string;
  runAt: Date;
  /** `delete`: the retention term deletes a leerlijn (jobId empty, as no job does it). `wait`: late, it waits out the night (or, for a retention warning, for working hours). */
  outcome: 'send' | 'wait' | 'skip' | 'drop' | 'superseded' | 'error' | 'delete';
  /** For a send: notice type, platform and recipients (ids only, never user text); else the reason. */
  detail: string;
}

/** `retentionDays`: the deployment's term, as the real pass has it (a retention warning is said under it). */
export async function previewPass(db: Db, now: Date, batchSize: number, retentionDays: number | null = null): Promise<PreviewLine[]> {
  const lines: PreviewLine[] = [];
  // The pass plans the retention warnings before it claims, so it sends those whose 09:00 has come.
  const planned = retentionDays === null ? [] : await warningsToPlan(db, now, retentionDays);
  const sentNow = planned.filter((w) => w.runAt <= now);
  // A warning still pending from before (the bot was down) is one the pass plans anew, not a second one.
  const replanned = new Set(planned.map((w) => w.leerlijnId));
  // And the channel copies of warnings that reached nobody, once in working hours (the same, planned anew when stale).
  const copying = retentionDays === null ? [] : await channelWarningsToPlan(db, now);
  const copies = copying.filter((c) => c.runAt <= now);
  const recopied = new Set(copying.map((c) => c.leerlijnId));
  const plannedAgain = (j: DueJob) => j.kind === 'retention_warning' && (j.occurrence === 'ended' ? replanned : recopied).has(j.subject);
  const due = (await peekDueJobs(db, now, batchSize)).filter((j) => !plannedAgain(j));
  // Held by an earlier pass till the morning (job-turn.ts): not claimed, but still to be sent.
  const held = (await peekHeldJobs(db, now, batchSize)).filter((j) => !plannedAgain(j)).map((j) => ({ ...j, superseded: false }));
  const jobs = [...sentNow.map((w) => plannedWarning(w.leerlijnId, w.runAt)), ...copies.map((c) => plannedWarning(c.leerlijnId, c.runAt, 'channel')), ...due, ...held];
  for (const job of jobs) lines.push(await lineFor(db, job, now, retentionDays));
  if (retentionDays === null) return lines;
  const deleted = await leerlijnenDueForDeletion(db, now, retentionDays);
  return [...lines, ...deleted.map((id) => ({ jobId: '', kind: 'retention_delete', runAt: now, outcome: 'delete' as const, detail: `leerlijn ${id} with all its data` }))];
}

/** What the pass would do with one job: its notice built as at send time, and held or not as a pass holds it (job-turn.ts). */
async function lineFor(db: Db, job: DueJob & { superseded: boolean }, now: Date, retentionDays: number | null): Promise<PreviewLine> {
  const base = { jobId: job.id, kind: job.kind, runAt: job.runAt };
  if (job.superseded) return { ...base, outcome: 'superseded', detail: 'a later follow-up of the same action is due' };
  // Held by an earlier pass: this pass does not claim it, whatever it would say now; it is judged when the wait ends.
  const heldUntil = job.payload.heldUntil && new Date(job.payload.heldUntil) > now ? new Date(job.payload.heldUntil) : null;
  const why = waitReason(job);
  const waiting = (what: string, until: Date): PreviewLine => ({ ...base, outcome: 'wait', detail: `${why}: ${what} at ${until.toISOString()}` });
  try {
    const built = await noticeFor(db, job, now, undefined, retentionDays);
    if (built.outcome !== 'send') {
      const detail = built.reason;
      return heldUntil ? waiting(`judged anew (now: ${built.outcome} ${detail})`, heldUntil) : { ...base, outcome: built.outcome, detail };
    }
    // A retried job skips whoever already got it, as the real pass does.
    const sentTo = job.payload.sentTo ?? [];
    const to = built.targets.map(targetKey).filter((k) => !sentTo.includes(k));
    const what = `${built.notice.type} via ${built.platform} to ${to.join(', ')}`;
    // Or one this pass would hold (late, found at night).
    const waitsUntil = heldUntil ?? (await holdsUntil(db, job, built, now, undefined, retentionDays));
    if (!waitsUntil) return { ...base, outcome: 'send', detail: what };
    const replaced = await whyNotThen(db, job, waitsUntil, retentionDays);
    return replaced ? { ...base, outcome: 'wait', detail: `${why}: will not go at ${waitsUntil.toISOString()} (${replaced}); now: ${what}` } : waiting(what, waitsUntil);
  } catch (error) {
    return { ...base, outcome: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Why a late job waits, as the hours it keeps to (lateSendingHoursOf) say: most wait out the night;
 * a retention warning waits for a working day's hours, also from a Friday at 18:00 till Monday.
 */
function waitReason(job: DueJob): string {
  const hours = lateSendingHoursOf(job);
  return hours.workingDaysOnly ? `outside working hours (working days ${hours.opens}–${hours.closes})` : 'late at night';
}

/**
 * Why a job held till `until` will not go then, as the pass at `until` builds it: a newer one takes
 * over (the due-day reminder from the one before it, as the due day has come), or there is nothing
 * to say by then. Null: it goes. Judged on today's state: what changes before then is not foreseen.
 * (A later follow-up due by then and superseding it at the claim cannot happen: all come due at 09:00.)
 */
async function whyNotThen(db: Db, job: DueJob, until: Date, retentionDays: number | null): Promise<string | null> {
  const then = await noticeFor(db, job, until, undefined, retentionDays);
  return then.outcome === 'send' ? null : `${then.outcome}: ${then.reason}`;
}

/** The warning job (or its channel copy) the pass would plan for this leerlijn (store/retention.ts), as it would claim it. */
function plannedWarning(leerlijnId: string, runAt: Date, occurrence: 'ended' | 'channel' = 'ended'): DueJob & { superseded: boolean } {
  return { id: '(planned)', kind: 'retention_warning', subject: leerlijnId, occurrence, leerlijnId, runAt, payload: {}, attempts: 1, superseded: false };
}
