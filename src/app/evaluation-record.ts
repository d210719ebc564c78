// The interim Evaluatielijst is the record of the terugkombijeenkomst: looked at, rebuilt or
// exported later, each onderdeel the terugkom saved shows its actions as they stood at that save
// (their status, note and lateness then; none planned since), not as they stand today. An
// onderdeel it did not save yet, and the final list, show the actions as they are now.
import { localParts } from '../domain/timeline.js';
import { actionsOf, actionsThen, type ActionThen } from '../store/actions.js';
import type { Queryable } from '../store/db.js';
import type { SavedEvaluationRow } from '../store/evaluations.js';
import { membersOf, type LeerlijnRow } from '../store/leerlijnen.js';
import { toActionView } from './actions.js';
import { ownersOffTeam } from './former-owners.js';
import type { ActionView, EvaluationMoment } from './views.js';

/** The actions an Evaluatielijst lists, given its saved entries; `today` is the leerlijn's local date. */
export async function evaluationActions(
  db: Queryable,
  leerlijn: LeerlijnRow,
  { moment, entries, today }: { moment: EvaluationMoment; entries: readonly SavedEvaluationRow[]; today: string },
): Promise<ActionView[]> {
  const markOwner = await ownersOffTeam(db, leerlijn.id, await membersOf(db, leerlijn.id));
  // What the eindevaluatie made came after the terugkom, also for an onderdeel the terugkom left unsaved.
  const now = (await actionsOf(db, leerlijn.id)).filter((a) => moment === 'eind' || a.source !== 'eindevaluatie').map((a) => markOwner(toActionView(a, today)));
  if (moment === 'eind' || entries.length === 0) return now;
  const savedAt = new Map(entries.map((e) => [e.onderdeel, e.updatedAt]));
  const then = (await actionsThen(db, leerlijn.id, entries.map((e) => ({ onderdeel: e.onderdeel, at: e.updatedAt }))))
    .filter((a) => belongedAt(a, savedAt.get(a.onderdeel)!))
    .map((a) => markOwner(toActionView(a, localParts(savedAt.get(a.onderdeel)!, leerlijn.timezone).date)));
  return [...now.filter((a) => !savedAt.has(a.onderdeel)), ...then];
}

/**
 * The terugkom's own actions were made by its saves, so they belong whatever their clock says (rows
 * from before 0019 carry the database's); an actieplan action only when added by the time of the save.
 */
function belongedAt(action: ActionThen, savedAt: Date): boolean {
  if (action.source === 'terugkom') return true;
  return action.source === 'actieplan' && action.addedAt.getTime() <= savedAt.getTime();
}
