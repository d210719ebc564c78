import { describe, expect, it } from 'vitest';
import { savePlanItem, updateActionStatus } from '../../src/app/actions.js';
import { compareRounds, getHome, getStatus, getStatusInChannel } from '../../src/app/overview.js';
import { backends } from '../support/db.js';
import { agreedRound, startFixture, useStartedLeerlijn } from '../support/fixtures.js';

const WEEK1 = [1, 1, 2, 2, 1, 2, 1, 2, 1, 1]; // 14: opstart
const WEEK17 = [2, 2, 3, 2, 2, 2, 2, 3, 1, 2]; // 21: opbouw

describe.each(backends())('status, home and comparison on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  it('refuses the comparison until both rounds have all ten agreed scores, saying what is missing', async () => {
    const member = env.s.members[1]!;
    await expect(compareRounds(env.deps, member, env.s.leerlijnId)).rejects.toMatchObject({
      code: 'comparison_incomplete', params: { moment: 'week1', missing: 10 },
    });
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', WEEK1);
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week17', WEEK17.slice(0, 7));
    await expect(compareRounds(env.deps, member, env.s.leerlijnId)).rejects.toMatchObject({
      code: 'comparison_incomplete', params: { moment: 'week17', missing: 3 },
    });
  });

  it('compares week 17 with week 1 per onderdeel, total and fase (bestaand)', async () => {
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', WEEK1);
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week17', WEEK17);
    const view = await compareRounds(env.deps, env.s.members[2]!, env.s.leerlijnId);
    expect(view.comparison.total).toEqual({ before: 14, after: 21, delta: 7, max: 30 });
    expect(view.comparison.fase).toEqual({ before: 'opstart', after: 'opbouw', changed: true });
    expect(view.comparison.onderdelen.find((o) => o.code === 'A1')).toMatchObject({ before: 2, after: 3, delta: 1 });
    expect(view.comparison.desired).toBeNull();
    await expect(compareRounds(env.deps, { workspaceId: env.s.workspaceId, userId: 'U_X' }, env.s.leerlijnId)).rejects.toMatchObject({
      code: 'not_on_team',
    });
  });

  it('reports how far the desired situation was reached for a nieuw collaboration', async () => {
    const nieuw = await startFixture(env.deps, { channelId: 'C_NIEUW', overrides: { kind: 'nieuw' } });
    await agreedRound(env.deps, nieuw.coordinator, nieuw.leerlijnId, 'week1', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    await agreedRound(env.deps, nieuw.coordinator, nieuw.leerlijnId, 'week17', [3, 3, 3, 2, 2, 3, 3, 3, 3, 3]);
    const view = await compareRounds(env.deps, nieuw.coordinator, nieuw.leerlijnId);
    expect(view.comparison.kind).toBe('nieuw');
    expect(view.comparison.desired?.reachedCount).toBe(8);
  });

  it('moves the next meeting along with the clock and counts actions by status', async () => {
    const before = await getStatus(env.deps, env.s.members[1]!, env.s.leerlijnId);
    expect(before.nextMeeting?.kind).toBe('signalering');
    expect(before.rounds).toEqual([]);
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', WEEK1);
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y',
      actions: [
        { description: 'a', ownerUserId: 'U001', dueDate: '2026-02-10' },
        { description: 'b', ownerUserId: 'U002', dueDate: '2026-02-10' },
        { description: 'c', ownerUserId: 'U003', dueDate: '2026-05-01' },
      ],
    });
    await updateActionStatus(env.deps, env.s.members[1]!, { actionId: newActions[0]!.id, status: 'klaar' });
    await updateActionStatus(env.deps, env.s.members[2]!, { actionId: newActions[1]!.id, status: 'loopt_vast', note: 'Geen tijd' });

    env.deps.setNow(new Date('2026-02-02T17:00:00Z')); // 18:00 local: signalering (15:30-18:00) just over
    const later = await getStatus(env.deps, env.s.members[1]!, env.s.leerlijnId);
    expect(later.nextMeeting).toMatchObject({ kind: 'actieplan', localDate: '2026-02-16', localTime: '15:30' });
    expect(later.rounds).toEqual([{ moment: 'week1', status: 'closed', result: { total: 14, fase: 'opstart' } }]);
    expect(later.actions).toEqual({ open: 1, bezig: 0, klaar: 1, looptVast: 1, overdue: 0 });

    env.deps.setNow(new Date('2026-02-11T08:00:00Z'));
    const overdue = await getStatusInChannel(env.deps, env.s.workspaceId, 'C_TEAM');
    expect(overdue.actions.overdue).toBe(1);
    env.deps.setNow(new Date('2026-06-01T08:00:00Z'));
    expect((await getStatusInChannel(env.deps, env.s.workspaceId, 'C_TEAM')).nextMeeting).toBeNull();
    await expect(getStatusInChannel(env.deps, env.s.workspaceId, 'C_NONE')).rejects.toMatchObject({ code: 'no_leerlijn' });
  });

  // At 15.40 during the signalering, 'Volgende bijeenkomst: Signaleringsbijeenkomst' named the meeting the team sat in.
  it('says a meeting that has begun and not ended is on now', async () => {
    const underway = async () => [(await getStatus(env.deps, env.s.members[1]!, env.s.leerlijnId)).meetingUnderway, (await getHome(env.deps, env.s.workspaceId, 'U001')).leerlijnen[0]!.meetingUnderway];
    expect(await underway()).toEqual([false, false]);
    env.deps.setNow(new Date('2026-02-02T14:40:00Z')); // 15.40 local: the signalering (15.30–18.00) is on
    expect(await underway()).toEqual([true, true]);
    expect((await getStatus(env.deps, env.s.members[1]!, env.s.leerlijnId)).nextMeeting?.kind).toBe('signalering');
    env.deps.setNow(new Date('2026-02-02T17:00:00Z')); // 18.00: over, the next is the actieplan
    expect(await underway()).toEqual([false, false]);
  });

  it("shows a person's leerlijnen with the next meeting and only their own open actions", async () => {
    const second = await startFixture(env.deps, { channelId: 'C_TWEE' });
    await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'A2', watKanBeter: 'x', gewensteEindsituatie: 'y',
      actions: [
        { description: 'mijn actie', ownerUserId: 'U001', dueDate: '2026-02-10' },
        { description: 'niet de mijne', ownerUserId: 'U002', dueDate: '2026-02-10' },
      ],
    });
    const home = await getHome(env.deps, env.s.workspaceId, 'U001');
    expect(home.leerlijnen.map((l) => l.leerlijn.id)).toEqual([env.s.leerlijnId, second.leerlijnId]);
    expect(home.leerlijnen[0]!.nextMeeting?.kind).toBe('signalering');
    expect(home.leerlijnen[0]!.myActions.map((a) => a.description)).toEqual(['mijn actie']);
    expect(home.leerlijnen[1]!.myActions).toEqual([]);
    expect((await getHome(env.deps, env.s.workspaceId, 'U_NOBODY')).leerlijnen).toEqual([]);
  });
});
