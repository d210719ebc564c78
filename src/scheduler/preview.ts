// What a pass at a given moment would do, read without claiming or sending anything: the
// operator's `tick --dry-run`. Same selection and same notice building as a real pass.
import type { Db } from '../store/db.js';
import { peekDueJobs } from './jobs-store.js';
import { noticeFor, targetKey } from './notices-for.js';

export interface PreviewLine {
  jobId: string;
  kind: string;
  runAt: Date;
  outcome: 'send' | 'skip' | 'drop' | 'superseded' | 'error';
  /** For a send: notice type, platform and recipients (ids only, never user text); else the reason. */
  detail: string;
}

/** `retentionDays`: the deployment's term, as the real pass has it (a retention warning is said under it). */
export async function previewPass(db: Db, now: Date, batchSize: number, retentionDays: number | null = null): Promise<PreviewLine[]> {
  const lines: PreviewLine[] = [];
  for (const job of await peekDueJobs(db, now, batchSize)) {
    const base = { jobId: job.id, kind: job.kind, runAt: job.runAt };
    if (job.superseded) {
      lines.push({ ...base, outcome: 'superseded', detail: 'a later follow-up of the same action is due' });
      continue;
    }
    try {
      const built = await noticeFor(db, job, now, undefined, retentionDays);
      if (built.outcome !== 'send') {
        lines.push({ ...base, outcome: built.outcome, detail: built.reason });
        continue;
      }
      // A retried job skips whoever already got it, as the real pass does.
      const sentTo = job.payload.sentTo ?? [];
      const to = built.targets.map(targetKey).filter((k) => !sentTo.includes(k));
      lines.push({ ...base, outcome: 'send', detail: `${built.notice.type} via ${built.platform} to ${to.join(', ')}` });
    } catch (error) {
      lines.push({ ...base, outcome: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return lines;
}
