// The retention term's pass in the scheduler's tick (app/retention.ts says when what is due): the warnings planned, then
// each leerlijn whose day has come deleted, and what it left in its channel drawn deleted, as after `verwijder`. Apart from
// retention.ts, which the overview reads its days from: the drawing reaches the Messengers (app/leftovers.ts).
import type { Logger } from '../logger.js';
import { leerlijnById, type Platform } from '../store/leerlijnen.js';
import { leerlijnenDueForDeletion } from '../store/retention.js';
import type { Deps } from './context.js';
import { deleteExpiredLeerlijn } from './data.js';
import { workspacePlatform } from './jobs/scheduler-reads.js';
import { drawLeftoversDeleted, leftoversOf } from './leftovers.js';
import type { Messengers } from './messenger.js';
import { planChannelWarnings, planRetentionWarnings } from './retention.js';

/**
 * The retention term's deletion of one leerlijn (`remove`: true when it deleted it) with what it left drawn deleted after,
 * by its workspace's Messenger; without one (that platform not running here), its data goes all the same.
 */
async function deleteDrawingLeftovers(
  deps: Pick<Deps, 'db'> & { messengers?: Messengers; log?: Logger }, leerlijnId: string, remove: () => Promise<boolean>,
): Promise<boolean> {
  const leerlijn = await leerlijnById(deps.db, leerlijnId);
  const platform = leerlijn ? await workspacePlatform(deps.db, leerlijn.workspaceId) : null;
  const messenger = platform ? deps.messengers?.[platform as Platform] : undefined;
  const left = leerlijn && messenger ? await leftoversOf(deps, messenger.platform, leerlijn.workspaceId, leerlijnId, true).catch((error: unknown) => {
    deps.log?.warn({ err: error }, 'retention: messages of a leerlijn to delete not read');
    return [];
  }) : [];
  if (!(await remove())) return false;
  if (leerlijn && messenger) await drawLeftoversDeleted(messenger, deps.log, leerlijn.workspaceId, left);
  return true;
}

export interface Expired {
  warned: number;
  deleted: number;
}

/**
 * The tick's part: plan the warnings that are due (each a job, so sent once and retried like any
 * other notice; planned before the claim, so the pass at its 09:00 sends it), then delete the
 * leerlijnen whose date has come, each in its own transaction, and draw what each left in its
 * channel deleted (deleteDrawingLeftovers). Only counts are logged: no names,
 * no text. A failure is logged and fails no tick; the next one tries again.
 */
export async function expireEndedLeerlijnen(deps: Pick<Deps, 'db' | 'retentionDays'> & { log?: Logger; messengers?: Messengers }, now: Date): Promise<Expired> {
  const days = deps.retentionDays ?? null;
  const done: Expired = { warned: 0, deleted: 0 };
  if (days === null) return done;
  try {
    // Before the deletions: a warning planned again here moves its leerlijn's day on.
    done.warned = await planRetentionWarnings(deps.db, now, days);
    done.warned += await planChannelWarnings(deps.db, now);
    for (const id of await leerlijnenDueForDeletion(deps.db, now, days)) {
      if (await deleteDrawingLeftovers(deps, id, () => deleteExpiredLeerlijn(deps, id, now, days))) done.deleted += 1;
    }
  } catch (error) {
    deps.log?.warn({ err: error, ...done }, 'scheduler could not finish the retention term');
  }
  // A warning is planned here and sent by the pass at its 09:00 (logged as any notice): "warned" here read as already told.
  if (done.warned + done.deleted > 0) deps.log?.info({ warningsPlanned: done.warned, deleted: done.deleted }, 'scheduler retention term: warnings planned (sent at 09:00), leerlijnen deleted');
  return done;
}
