// A second leerlijn in the same workspace (tenant), started through the use case: the place
// from which someone on another team sends this team's ids, or where someone on both teams has
// actions of their own. How it was started is not what those stories look at, so it skips the
// start form and the actieplan's form.
import { savePlanItem } from '../../../src/app/actions.js';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import type { Db } from '../../../src/store/db.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';

/** An action of someone else on that team, which its coordinator put in the actieplan (under P1). */
export interface ElsewhereAction {
  ownerUserId: string;
  ownerName: string;
  description: string;
  dueDate: string;
}

export async function startLeerlijnElsewhere(db: Db, platform: 'slack' | 'teams', workspace: string, channelId: string, userId: string, school: string, action?: ElsewhereAction): Promise<void> {
  const workspaceId = await ensureWorkspace(db, platform, workspace);
  const deps = makeDeps(db);
  const owner = action ? [{ userId: action.ownerUserId, displayName: action.ownerName }] : [];
  await startLeerlijn(deps, { workspaceId, userId }, {
    channelId, kind: 'bestaand', schoolName: school, youthOrgName: 'JW', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [userId],
    members: [{ userId, displayName: school }, ...owner],
  });
  if (!action) return;
  const leerlijn = await activeLeerlijnIn(db, workspaceId, channelId);
  await savePlanItem(deps, { workspaceId, userId }, leerlijn!.id, {
    onderdeel: 'P1', watKanBeter: 'Overleg', gewensteEindsituatie: 'Elke maand',
    actions: [{ description: action.description, ownerUserId: action.ownerUserId, dueDate: action.dueDate }],
  });
}
