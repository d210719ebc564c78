// The channel's leerlijn that no longer runs (src/store/leerlijnen.ts lastEndedLeerlijnIn): the
// one that ended last in that channel of that workspace, with when it ended; never a running one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureWorkspace, insertLeerlijn, lastEndedLeerlijnIn, setLeerlijnStatus, type NewLeerlijn } from '../../src/store/leerlijnen.js';
import { backends, type TestDb } from '../support/db.js';

describe.each(backends())('the last ended leerlijn of a channel on $name', ({ open }) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(() => t.drop());

  const leerlijn = (workspaceId: string, channelId: string, schoolName: string): NewLeerlijn => ({
    workspaceId, channelId, schoolName, kind: 'bestaand', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam', lang: 'nl',
    startDate: '2026-02-02', startTime: '15:30', randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, createdBy: 'U000', region: null,
  });

  it('is the one that ended last there, with when; a running one, another channel’s or another workspace’s is not', async () => {
    const ws = await ensureWorkspace(t.db, 'slack', 'T_TEST');
    const other = await ensureWorkspace(t.db, 'slack', 'T_OTHER');
    const ended = async (workspaceId: string, channelId: string, school: string, at: string, status: 'stopped' | 'finished' = 'stopped') => {
      const row = await insertLeerlijn(t.db, leerlijn(workspaceId, channelId, school));
      await setLeerlijnStatus(t.db, row.id, status, new Date(at));
      return row.id;
    };
    expect(await lastEndedLeerlijnIn(t.db, ws, 'C_TEAM')).toBeNull();
    await ended(ws, 'C_TEAM', 'Eerst', '2026-03-01T09:00:00Z');
    const last = await ended(ws, 'C_TEAM', 'Daarna', '2026-04-01T09:00:00Z', 'finished');
    await ended(ws, 'C_TEAM', 'Ertussen', '2026-03-15T09:00:00Z');
    await ended(ws, 'C_OTHER', 'Ander kanaal', '2026-05-01T09:00:00Z');
    await ended(other, 'C_TEAM', 'Andere werkruimte', '2026-05-01T09:00:00Z');
    await insertLeerlijn(t.db, leerlijn(ws, 'C_TEAM', 'Loopt'));

    expect(await lastEndedLeerlijnIn(t.db, ws, 'C_TEAM')).toMatchObject({ id: last, schoolName: 'Daarna', status: 'finished', endedAt: new Date('2026-04-01T09:00:00Z') });
  });
});
