// The retention term (AVG: nothing kept longer than it serves). A leerlijn that ended keeps its
// data for the deployment's term (RETENTION_DAYS), then the scheduler's tick deletes it with
// everything of it, as its coordinator's `verwijder` does. RETENTION_WARNING_DAYS before, its
// coordinators are told the date and that they can export it first or delete it now. Without a
// term (null: 'off') nothing is deleted unless by hand, as before.
//
// Judged by the tick's `now`, like app/housekeeping.ts: a tick run for a past moment
// (`tick --now`) finds less due and deletes less, never more.
import { formatDate } from '../i18n/format.js';
import { localParts } from '../domain/timeline.js';
import type { Lang } from '../domain/instrument.js';
import type { Logger } from '../logger.js';
import { deletionMomentOf, leerlijnenDueForDeletion, planChannelWarnings, planRetentionWarnings, replanOutdatedWarnings } from '../store/retention.js';
import { leerlijnInWorkspace, type Deps } from './context.js';
import { deleteExpiredLeerlijn } from './data.js';

export const RETENTION_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days an ended leerlijn is kept; null: until its coordinator deletes it. */
export type RetentionDays = number | null;

/** The day (in the leerlijn's zone) its data goes, written for people: "12 maart 2027". */
export function deletionDayText(lang: Lang, at: Date, timezone: string): string {
  return formatDate(lang, localParts(at, timezone).date);
}

/** When a leerlijn that ends at `endedAt` is deleted under this term; null without one. */
export function deletionMoment(endedAt: Date, days: RetentionDays): Date | null {
  return days === null ? null : new Date(endedAt.getTime() + days * DAY_MS);
}

/**
 * When this ended leerlijn's data goes: the term's end, or the later date its warning gave
 * (a warning that came late gives its full notice). Null without a term.
 */
export async function deletionMomentOfEnded(deps: Pick<Deps, 'db' | 'retentionDays'>, leerlijnId: string): Promise<Date | null> {
  const days = deps.retentionDays ?? null;
  return days === null ? null : deletionMomentOf(deps.db, leerlijnId, days);
}

/**
 * The day this leerlijn's data goes, in `lang`: for one that ended, the day it stands at; for
 * one still running, the day it would be if it stopped now (said before the stop). Null
 * without a term, or for a leerlijn of another workspace.
 */
export async function deletionDayOf(deps: Pick<Deps, 'db' | 'now' | 'retentionDays'>, workspaceId: string, leerlijnId: string, lang: Lang): Promise<string | null> {
  const leerlijn = await leerlijnInWorkspace(deps, workspaceId, leerlijnId);
  if (!leerlijn) return null;
  const at = leerlijn.status === 'active' ? deletionMoment(deps.now(), deps.retentionDays ?? null) : await deletionMomentOfEnded(deps, leerlijn.id);
  return at ? deletionDayText(lang, at, leerlijn.timezone) : null;
}

/** For the help: the term in days, where there is one. */
export function keptDays(deps: Pick<Deps, 'retentionDays'>): { keptDays?: number } {
  return deps.retentionDays ? { keptDays: deps.retentionDays } : {};
}

export interface Expired {
  warned: number;
  deleted: number;
}

/**
 * The tick's part: plan the warnings that are due (each a job, so sent once and retried like any
 * other notice; planned before the claim, so this same tick sends them), then delete the
 * leerlijnen whose date has come, each in its own transaction. Only counts are logged: no names,
 * no text. A failure is logged and fails no tick; the next one tries again.
 */
export async function expireEndedLeerlijnen(deps: Pick<Deps, 'db' | 'retentionDays'> & { log?: Logger }, now: Date): Promise<Expired> {
  const days = deps.retentionDays ?? null;
  const done: Expired = { warned: 0, deleted: 0 };
  if (days === null) return done;
  try {
    // Before the deletions: a warning planned again here moves its leerlijn's day on.
    done.warned = await replanOutdatedWarnings(deps.db, now, days, RETENTION_WARNING_DAYS);
    done.warned += await planRetentionWarnings(deps.db, now, days, RETENTION_WARNING_DAYS);
    done.warned += await planChannelWarnings(deps.db, now);
    for (const id of await leerlijnenDueForDeletion(deps.db, now, days)) {
      if (await deleteExpiredLeerlijn(deps, id, now, days)) done.deleted += 1;
    }
  } catch (error) {
    deps.log?.warn({ err: error, ...done }, 'scheduler could not finish the retention term');
  }
  if (done.warned + done.deleted > 0) deps.log?.info(done, 'scheduler retention term: leerlijnen warned and deleted');
  return done;
}
