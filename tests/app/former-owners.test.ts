// Someone taken off the team keeps the actions they owned until the coordinator gives them to
// another; the team's `acties` list names them by the name the team knew, and says they left.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActions, savePlanItem } from '../../src/app/actions.js';
import { deleteLeerlijn, exportLeerlijn } from '../../src/app/data.js';
import { changeTeam } from '../../src/app/leerlijn.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

describe.each(backends())('owners taken off the team, on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Started;
  /** Lid 1 goes by a name; U003 never got one from the platform (their name is their id). */
  const [named, unnamed] = ['U001', 'U003'];

  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await startFixture(deps, { members: 4 });
    await changeTeam(deps, s.coordinator, s.leerlijnId, { upsert: [{ userId: unnamed, displayName: unnamed }] });
    await savePlanItem(deps, s.coordinator, s.leerlijnId, {
      onderdeel: 'T3', watKanBeter: 'Geen ruimte', gewensteEindsituatie: 'Eigen ruimte',
      actions: [
        { description: 'Ruimte aanvragen', ownerUserId: named, dueDate: '2026-03-01' },
        { description: 'Sleutel regelen', ownerUserId: unnamed, dueDate: '2026-03-01' },
        { description: 'Rooster delen', ownerUserId: 'U002', dueDate: '2026-03-01' },
      ],
    });
    deps.setNow(new Date('2026-02-20T09:00:00Z'));
    await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [named, unnamed] });
  });
  afterEach(() => t.drop());

  const owners = async (): Promise<Record<string, unknown>> =>
    Object.fromEntries((await listActions(deps, s.coordinator, s.leerlijnId)).map((a) => [a.description, { offTeam: a.ownerOffTeam ?? false, name: a.formerOwnerName ?? null }]));

  it('names who left by the name they went by, never by an id the platform never turned into a name', async () => {
    expect(await owners()).toEqual({
      'Ruimte aanvragen': { offTeam: true, name: 'Lid 1' },
      'Sleutel regelen': { offTeam: true, name: null },
      'Rooster delen': { offTeam: false, name: null },
    });
  });

  it('keeps the name in the export, and drops it once they are on the team again', async () => {
    expect((await exportLeerlijn(deps, s.coordinator, s.leerlijnId)).formerMembers).toEqual([
      { userId: named, displayName: 'Lid 1', leftAt: '2026-02-20T09:00:00.000Z' },
      { userId: unnamed, displayName: unnamed, leftAt: '2026-02-20T09:00:00.000Z' },
    ]);
    await changeTeam(deps, s.coordinator, s.leerlijnId, { upsert: [{ userId: named, displayName: 'Lid 1' }] });
    expect((await owners())['Ruimte aanvragen']).toEqual({ offTeam: false, name: null });
    expect((await exportLeerlijn(deps, s.coordinator, s.leerlijnId)).formerMembers.map((m) => m.userId)).toEqual([unnamed]);
  });

  it('forgets the names with the leerlijn', async () => {
    const { counts } = await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    expect(counts.formerMembers).toBe(2);
    expect((await t.db.query(`select 1 from former_members`)).rows).toEqual([]);
  });
});
