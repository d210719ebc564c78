// Who fills in a meeting's answers (the actieplan, an Evaluatielijst): the coordinator, or the
// meeting's invuller. The forms refuse anyone else before they open, the menus show them the
// answers without the buttons to change them, and the use cases check it again when saving.
import type { MeetingKind } from '../domain/meetings.js';
import type { Queryable } from '../store/db.js';
import { meetingsOf, memberOf, type LeerlijnRow } from '../store/leerlijnen.js';
import { audited, requireLeerlijn, type Actor, type Deps } from './context.js';
import { AppError } from './errors.js';

async function isFiller(db: Queryable, leerlijn: LeerlijnRow, userId: string, kind: MeetingKind): Promise<boolean> {
  const member = await memberOf(db, leerlijn.id, userId);
  if (member?.isCoordinator) return true;
  const meeting = (await meetingsOf(db, leerlijn.id)).find((m) => m.kind === kind);
  return Boolean(member) && meeting?.invullerUserId === userId;
}

/** The coordinator, or whoever records the group's answers at that meeting (its invuller); anyone else is refused (and the attempt audited, see context.ts). */
export async function requireFiller(db: Queryable, leerlijn: LeerlijnRow, userId: string, kind: MeetingKind): Promise<void> {
  if (!(await isFiller(db, leerlijn, userId, kind))) throw new AppError('not_invuller', { kind }, { lang: leerlijn.lang, refusedOn: leerlijn.id });
}

/** A form's guard: refuses whoever does not fill in that meeting's answers, before the form opens or its values are read. */
export async function requireFillerOf(deps: Deps, actor: Actor, leerlijnId: string, kind: MeetingKind, what: string): Promise<void> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await audited(deps, actor, what, () => requireFiller(deps.db, leerlijn, actor.userId, kind));
}

/** Whether this person fills in that meeting's answers on the leerlijn (as the caller read it): a menu shows them its buttons. */
export function fillsIn(deps: Deps, actor: Actor, leerlijn: LeerlijnRow, kind: MeetingKind): Promise<boolean> {
  return isFiller(deps.db, leerlijn, actor.userId, kind);
}
