// A leerlijn's data belongs to its team: the coordinator can take it all out, and delete it.
import { z } from 'zod';
import { audit } from '../store/audit.js';
import {
  deleteLeerlijnData,
  exportActions,
  exportAudit,
  exportEvaluationEntries,
  exportFormerMembers,
  exportLeerlijnRow,
  exportMeetings,
  exportMembers,
  exportPlanItems,
  exportRounds,
  leerlijnRowCounts,
  type LeerlijnRowCounts,
} from '../store/export.js';
import { audited, requireCoordinator, requireLeerlijn, requireOwnChannel, type Actor, type Deps, inTransaction } from './context.js';
import { ValidationError } from './errors.js';
import { forgetLeerlijnen, forgetReferences } from './places.js';
import { summarizeRound, type RoundSummary } from './round-summary.js';
import { parseInput } from './validate.js';
import { chartPngs } from '../documents/charts/index.js';
import type { Queryable } from '../store/db.js';
import { lockIfDueForDeletion } from '../store/retention.js';

type JsonRow = Record<string, unknown>;

export interface LeerlijnExport {
  /** 2: rounds carry vote counts per onderdeel instead of each member's vote. */
  formatVersion: 2;
  exportedAt: string;
  leerlijn: JsonRow;
  members: JsonRow[];
  /** Taken off the team, by the name they went by: an action or agreed score may still name them. */
  formerMembers: JsonRow[];
  meetings: JsonRow[];
  /** Each with per onderdeel the spread of the votes, the agreed score and the note count. */
  rounds: RoundSummary[];
  planItems: JsonRow[];
  /** Each with its status history. */
  actions: JsonRow[];
  evaluationEntries: JsonRow[];
  audit: JsonRow[];
}

/**
 * Coordinator-only. The team is told votes are never shown per person, and an export is a
 * file that travels: it carries how the votes were spread, never who voted what.
 */
export async function exportLeerlijn(deps: Deps, actor: Actor, leerlijnId: string): Promise<LeerlijnExport> {
  return inTransaction(deps, actor, 'exportLeerlijn', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId);
    await requireCoordinator(tx, leerlijn, actor.userId);
    // Audited first, so the export itself shows that it was taken.
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'leerlijn.export' });
    return {
      formatVersion: 2,
      exportedAt: deps.now().toISOString(),
      leerlijn: (await exportLeerlijnRow(tx, leerlijnId))!,
      members: await exportMembers(tx, leerlijnId),
      formerMembers: await exportFormerMembers(tx, leerlijnId),
      meetings: await exportMeetings(tx, leerlijnId),
      rounds: (await exportRounds(tx, leerlijnId)).map(summarizeRound),
      planItems: await exportPlanItems(tx, leerlijnId),
      actions: await exportActions(tx, leerlijnId),
      evaluationEntries: await exportEvaluationEntries(tx, leerlijnId),
      audit: await exportAudit(tx, leerlijnId),
    };
  });
}

const ConfirmInput = z.object({ confirm: z.string().trim().min(1, 'required').max(200, 'too_long') });

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

export interface DeleteResult {
  deleted: true;
  /** Rows removed per table. */
  counts: LeerlijnRowCounts;
}

/**
 * Coordinator-only, after typing the school name. Removes the leerlijn and all it holds
 * (team, meetings, rounds, votes, notes, plan, actions, evaluations, scheduled jobs and
 * earlier audit entries); one audit row with the id records that it happened. `sentIn`: the
 * channel the form was sent from, as for a stop (leerlijn.ts stopLeerlijn).
 */
export async function deleteLeerlijn(deps: Deps, actor: Actor, leerlijnId: string, confirm: string, sentIn?: string): Promise<DeleteResult> {
  const input = parseInput(ConfirmInput, { confirm });
  return forgettingCaches(deps, () => deleteInTransaction(deps, actor, leerlijnId, input.confirm, sentIn));
}

/** Runs a deletion, then drops what this process keeps of deleted leerlijnen, also after a refusal. */
async function forgettingCaches<T>(deps: Pick<Deps, 'db'>, run: () => Promise<T>): Promise<T> {
  try {
    const done = await run();
    // Its charts (drawn for its posts and exports, kept to be shown again) go with its data.
    chartPngs.clear();
    return done;
  } finally {
    // The leerlijn and the references of its people are gone: read and write them again.
    forgetLeerlijnen(deps.db);
    forgetReferences(deps.db);
  }
}

/**
 * deleteLeerlijn's checks alone, without its lock or deleting anything: the flow draws the channel's cards deleted
 * (which their message records, gone with the leerlijn, allow only before) for a delete that is about to pass only.
 */
export async function requireDeletable(deps: Deps, actor: Actor, leerlijnId: string, confirm: string, sentIn?: string): Promise<void> {
  const input = parseInput(ConfirmInput, { confirm });
  await audited(deps, actor, 'deleteLeerlijn', () => checkDelete(deps.db, actor, { leerlijnId, confirm: input.confirm, sentIn }, false));
}

interface DeleteAsked { leerlijnId: string; confirm: string; sentIn: string | undefined }

/**
 * Sent from another channel than its own (a form's ids are forgeable), that channel would hear "this leerlijn is deleted"
 * and its own team nothing: refused, with words that send her to its own channel.
 */
async function checkDelete(db: Queryable, actor: Actor, asked: DeleteAsked, forUpdate: boolean): Promise<void> {
  const { leerlijnId, confirm, sentIn } = asked;
  const leerlijn = await requireLeerlijn(db, actor, leerlijnId, forUpdate);
  requireOwnChannel(leerlijn, sentIn);
  await requireCoordinator(db, leerlijn, actor.userId);
  if (!sameName(confirm, leerlijn.schoolName)) throw new ValidationError([{ field: 'confirm', message: 'confirm_mismatch' }]);
}

function deleteInTransaction(deps: Deps, actor: Actor, leerlijnId: string, confirm: string, sentIn: string | undefined): Promise<DeleteResult> {
  return inTransaction(deps, actor, 'deleteLeerlijn', async (tx) => {
    await checkDelete(tx, actor, { leerlijnId, confirm, sentIn }, true);
    return removeLeerlijn(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId });
  });
}

/** What `verwijder` removes, and its one audit row; in the caller's transaction, so nothing goes half. */
async function removeLeerlijn(tx: Queryable, who: { workspaceId: string; leerlijnId: string; actor: string; detail?: Record<string, unknown> }): Promise<DeleteResult> {
  const counts = await leerlijnRowCounts(tx, who.leerlijnId);
  await deleteLeerlijnData(tx, who.leerlijnId);
  await audit(tx, { workspaceId: who.workspaceId, leerlijnId: who.leerlijnId, actor: who.actor, action: 'leerlijn.delete', ...(who.detail ? { detail: who.detail } : {}) });
  return { deleted: true, counts };
}

/**
 * The retention term's deletion (app/retention-pass.ts): what `verwijder` removes, in one transaction,
 * by the scheduler instead of a coordinator. Checked again under the leerlijn's lock, so one that
 * was deleted by hand or by another replica meanwhile is left alone. False when nothing was due.
 */
export async function deleteExpiredLeerlijn(deps: Pick<Deps, 'db'>, leerlijnId: string, now: Date, termDays: number): Promise<boolean> {
  return forgettingCaches(deps, () =>
    deps.db.transaction(async (tx) => {
      const due = await lockIfDueForDeletion(tx, leerlijnId, now, termDays);
      if (!due) return false;
      await removeLeerlijn(tx, { workspaceId: due.workspaceId, leerlijnId, actor: 'scheduler', detail: { reason: 'retention', termDays } });
      return true;
    }),
  );
}
