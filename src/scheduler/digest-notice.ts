// The Monday digest for each coordinator: what changed in the actions since the last digest
// they got, as that time left each action, and which are overdue now.
import { ownersOffTeam, type MarkOwner } from '../app/former-owners.js';
import type { Notice } from '../app/notices.js';
import type { ActionView, LeerlijnView } from '../app/views.js';
import { actionsForNotices, statusChangesBetween, type SchedulerActionRow } from '../app/jobs/scheduler-reads.js';
import { addDays, DIGEST_RELEVANT_DAYS, nineOn } from '../app/jobs/plan-jobs.js';
import { localParts } from '../domain/timeline.js';
import type { Db } from '../store/db.js';
import type { LeerlijnRow } from '../store/leerlijnen.js';
import { digestsBefore, digestsMissedBy, type DueJob } from './jobs-store.js';
import { targetKey, type Target } from './targets.js';

export interface DigestInput {
  db: Db;
  job: DueJob;
  now: Date;
  leerlijn: LeerlijnRow;
  view: LeerlijnView;
  coordinators: Target[];
}

/** Nothing to say, too late to say it, or what to say to whom (one notice per group of coordinators). */
export type DigestPlan = { skip: string } | { drop: string } | { sends: Array<{ notice: Notice; targets: Target[] }> };

export function actionView(a: SchedulerActionRow, today: string): ActionView {
  return {
    id: a.id,
    leerlijnId: a.leerlijnId,
    onderdeel: a.onderdeel,
    description: a.description,
    ownerUserId: a.ownerUserId,
    dueDate: a.dueDate,
    status: a.status,
    source: a.source,
    overdue: a.status !== 'klaar' && a.dueDate < today,
    lastNote: a.lastNote,
  };
}

export async function digestFor(d: DigestInput): Promise<DigestPlan> {
  const staleAt = nineOn(d.job.occurrence, DIGEST_RELEVANT_DAYS, d.leerlijn.timezone);
  if (d.now >= staleAt) return { drop: 'superseded' };
  const rows = await actionsForNotices(d.db, d.leerlijn.id);
  if (rows.length === 0) return { skip: 'no_actions' };
  if (d.coordinators.length === 0) return { skip: 'no_recipients' };
  const groups = new Map<string, Target[]>();
  for (const [target, from] of await digestStarts(d)) groups.set(from, [...(groups.get(from) ?? []), target]);
  const sends: Array<{ notice: Notice; targets: Target[] }> = [];
  // Marked for the coordinator: an action whose owner left is reminded to nobody.
  const markOwner = await ownersOffTeam(d.db, d.leerlijn.id, d.view.members);
  for (const [from, targets] of groups) {
    const notice = await digestSince(d, rows, from, markOwner);
    if (notice) sends.push({ notice, targets });
  }
  return sends.length === 0 ? { skip: 'all_done' } : { sends };
}

/**
 * The Monday each coordinator's digest counts from: where the last digest that went out ended (its
 * Monday 09:00; none yet: a week before the first digest, so a first one that was dropped loses
 * nothing). So a digest sent late repeats nothing the one before told and misses nothing after it.
 * A coordinator a digest was given up on (an outage of their direct messages) counts from the last
 * one they got instead: what they missed comes with their next one, once, and not to the others.
 * One who was never tried (made coordinator since) starts with the others.
 */
async function digestStarts(d: DigestInput): Promise<Array<[Target, string]>> {
  const monday = d.job.occurrence;
  const { lastSent, first } = await digestsBefore(d.db, d.leerlijn.id, monday);
  const beforeFirst = addDays(first ?? monday, -7);
  const missed = await digestsMissedBy(d.db, d.leerlijn.id, monday, d.coordinators.map(targetKey));
  return d.coordinators.map((c) => {
    const key = targetKey(c);
    return [c, missed.has(key) ? (missed.get(key) ?? beforeFirst) : (lastSent ?? beforeFirst)];
  });
}

/**
 * The digest that counts from Monday `from` 09:00 to its own Monday 09:00, whenever a tick sends
 * it: what changed after its own 09:00 is the next one's news. Null when there is nothing to say:
 * "nothing changed" nudges while work is open, but once all is klaar (so none overdue) and that
 * was told, the Mondays stay quiet instead of repeating it for months after week 17.
 */
async function digestSince(d: DigestInput, rows: readonly SchedulerActionRow[], from: string, markOwner: MarkOwner): Promise<Notice | null> {
  const { timezone } = d.leerlijn;
  const monday = d.job.occurrence;
  const today = localParts(d.now, timezone).date;
  const changes = await statusChangesBetween(d.db, d.leerlijn.id, nineOn(from, 0, timezone), nineOn(monday, 0, timezone));
  const view = (a: SchedulerActionRow): ActionView => markOwner(actionView(a, today));
  const changed = rows.flatMap((a) => {
    const then = changes.get(a.id);
    return then ? [view({ ...a, ...then })] : [];
  });
  if (changed.length === 0 && rows.every((a) => a.status === 'klaar')) return null;
  return {
    type: 'digest',
    leerlijn: d.view,
    done: changed.filter((a) => a.status === 'klaar'),
    bezig: changed.filter((a) => a.status === 'bezig'),
    stuck: changed.filter((a) => a.status === 'loopt_vast'),
    overdue: rows.map(view).filter((a) => a.overdue),
    // Named when it is more than a week back (a digest before it never went out, or missed them).
    ...(from < addDays(monday, -7) ? { since: from } : {}),
  };
}
