// A second leerlijn in the same workspace (tenant), started through the use case: the place
// from which someone on another team sends this team's ids. How it was started is not what a
// story about forged ids looks at, so it skips the start form.
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import type { Db } from '../../../src/store/db.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';

export async function startLeerlijnElsewhere(db: Db, platform: 'slack' | 'teams', workspace: string, channelId: string, userId: string, school: string): Promise<void> {
  const workspaceId = await ensureWorkspace(db, platform, workspace);
  await startLeerlijn(makeDeps(db), { workspaceId, userId }, {
    channelId, kind: 'bestaand', schoolName: school, youthOrgName: 'JW', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [userId],
    members: [{ userId, displayName: school }],
  });
}
