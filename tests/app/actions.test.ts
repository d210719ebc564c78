import { describe, expect, it } from 'vitest';
import { getActionPlan, listActions, myActions, savePlanItem, updateActionStatus, type PlanItemInput } from '../../src/app/actions.js';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { assignMeetingRoles } from '../../src/app/meetings.js';
import { closeRound, openRound, setAgreedScore } from '../../src/app/rounds.js';
import type { OnderdeelCode } from '../../src/domain/instrument.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { backends } from '../support/db.js';
import { makeTeam, useStartedLeerlijn } from '../support/fixtures.js';

function planItem(onderdeel: OnderdeelCode, actions: PlanItemInput['actions']): PlanItemInput {
  return { onderdeel, watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke week kort overleg', actions };
}

describe.each(backends())('actieplan and actions on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  const count = async (table: string): Promise<number> =>
    (await env.t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;

  it('saves a plan item and groups the new actions per owner for a direct message', async () => {
    const saved = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('A1', [
      { description: 'Wekelijks overleg plannen', ownerUserId: 'U001', dueDate: '2026-02-20' },
      { description: 'Signalenlijst maken', ownerUserId: 'U002', dueDate: '2026-03-01' },
      { description: 'Overleg evalueren', ownerUserId: 'U001', dueDate: '2026-04-01' },
    ]));
    expect(saved.plan.items).toHaveLength(1);
    expect(saved.plan.items[0]).toMatchObject({ onderdeel: 'A1', gewensteEindsituatie: 'Elke week kort overleg' });
    expect(saved.plan.items[0]!.actions.map((a) => a.description)).toEqual([
      'Wekelijks overleg plannen', 'Signalenlijst maken', 'Overleg evalueren',
    ]);
    expect(saved.newActions.every((a) => a.source === 'actieplan' && a.status === 'open')).toBe(true);
    expect(saved.ownersToNotify.map((o) => [o.userId, o.actions.map((a) => a.dueDate)])).toEqual([
      ['U001', ['2026-02-20', '2026-04-01']],
      ['U002', ['2026-03-01']],
    ]);
    const again = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      ...planItem('A1', [{ description: 'Nog een', ownerUserId: 'U003', dueDate: '2026-02-21' }]),
      watKanBeter: 'Nieuwe tekst',
    });
    expect(again.plan.items[0]).toMatchObject({ watKanBeter: 'Nieuwe tekst' });
    expect(again.plan.items[0]!.actions).toHaveLength(4);
  });

  it('accepts an action due today (the fixed clock says 15 January 2026)', async () => {
    const saved = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('A1', [
      { description: 'Vandaag nog bellen', ownerUserId: 'U001', dueDate: '2026-01-15' },
    ]));
    expect(saved.newActions.map((a) => [a.dueDate, a.overdue])).toEqual([['2026-01-15', false]]);
  });

  it('refuses an owner outside the team and a past due date, with field errors, storing nothing', async () => {
    const attempt = savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('P1', [
      { description: 'Iets doen', ownerUserId: 'U_STRANGER', dueDate: '2026-02-20' },
      { description: 'Iets anders', ownerUserId: 'U001', dueDate: '2026-01-14' },
    ]));
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_input',
      fields: [
        { field: 'actions.0.ownerUserId', message: 'not_in_team' },
        { field: 'actions.1.dueDate', message: 'date_past' },
      ],
    });
    await expect(savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('P1', [
      { description: '', ownerUserId: 'U001', dueDate: '2026-02-30' },
    ]))).rejects.toMatchObject({
      fields: [{ field: 'actions.0.description', message: 'required' }, { field: 'actions.0.dueDate', message: 'date' }],
    });
    expect(await count('plan_items')).toBe(0);
    expect(await count('actions')).toBe(0);
    expect(await count(`audit_log where action = 'plan.save'`)).toBe(0);
  });

  it('lets the coordinator or the actieplan invuller fill in the plan, nobody else', async () => {
    const member = env.s.members[2]!;
    const item = planItem('B1', [{ description: 'Voorstellen in teamvergadering', ownerUserId: 'U002', dueDate: '2026-02-20' }]);
    await expect(savePlanItem(env.deps, member, env.s.leerlijnId, item)).rejects.toMatchObject({ code: 'not_invuller' });
    await assignMeetingRoles(env.deps, env.s.coordinator, env.s.leerlijnId, { kind: 'actieplan', invullerUserId: member.userId });
    const saved = await savePlanItem(env.deps, member, env.s.leerlijnId, item);
    expect(saved.newActions).toHaveLength(1);
  });

  it('suggests the lowest week-1 scores first, ties in instrument order, unscored last', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    const scores: Array<[OnderdeelCode, number]> = [['P1', 3], ['P2', 2], ['T3', 1], ['A1', 1]];
    for (const [onderdeel, score] of scores) {
      await setAgreedScore(env.deps, env.s.coordinator, { roundId: round.roundId, onderdeel, score });
    }
    const plan = await getActionPlan(env.deps, env.s.members[3]!, env.s.leerlijnId);
    expect(plan.suggestedOrder).toEqual(['A1', 'T3', 'P2', 'P1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2']);
    expect(plan.week1Scores).toEqual({ P1: 3, P2: 2, T3: 1, A1: 1 });
  });

  it('lets only the owner or a coordinator change a status, and keeps the history', async () => {
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('T2', [
      { description: 'Spreekuur in de aula', ownerUserId: 'U001', dueDate: '2026-02-20' },
    ]));
    const actionId = newActions[0]!.id;
    await expect(updateActionStatus(env.deps, env.s.members[2]!, { actionId, status: 'klaar' })).rejects.toMatchObject({ code: 'not_owner' });

    const bezig = await updateActionStatus(env.deps, env.s.members[1]!, { actionId, status: 'bezig' });
    expect(bezig).toMatchObject({ previousStatus: 'open', changed: true, coordinators: ['U000'], channelId: 'C_TEAM' });
    expect(bezig.action.status).toBe('bezig');

    const same = await updateActionStatus(env.deps, env.s.members[1]!, { actionId, status: 'bezig' });
    expect(same.changed).toBe(false);
    const stuck = await updateActionStatus(env.deps, env.s.members[1]!, { actionId, status: 'loopt_vast', note: 'Geen lokaal vrij' });
    expect(stuck.action).toMatchObject({ status: 'loopt_vast', lastNote: 'Geen lokaal vrij' });
    const byCoordinator = await updateActionStatus(env.deps, env.s.coordinator, { actionId, status: 'loopt_vast', note: 'Gebeld met conciërge' });
    expect(byCoordinator).toMatchObject({ changed: true, coordinators: [] });

    const history = await env.t.db.query<{ status: string; note: string | null; byUser: string }>(
      `select status, note, by_user as "byUser" from action_updates where action_id = $1::uuid order by id`,
      [actionId],
    );
    expect(history.rows).toEqual([
      { status: 'bezig', note: null, byUser: 'U001' },
      { status: 'loopt_vast', note: 'Geen lokaal vrij', byUser: 'U001' },
      { status: 'loopt_vast', note: 'Gebeld met conciërge', byUser: 'U000' },
    ]);
    const audits = await env.t.db.query<{ detail: unknown }>(`select detail from audit_log where action = 'action.status'`);
    expect(JSON.stringify(audits.rows)).not.toContain('lokaal');
  });

  it('flags an action overdue once its local due day is over, and not after it is klaar', async () => {
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('P2', [
      { description: 'Taken op papier', ownerUserId: 'U001', dueDate: '2026-01-20' },
    ]));
    const owner = env.s.members[1]!;
    expect((await myActions(env.deps, env.s.workspaceId, owner.userId))[0]!.overdue).toBe(false);
    env.deps.setNow(new Date('2026-01-20T22:30:00Z')); // 23:30 on the 20th in Amsterdam
    expect((await myActions(env.deps, env.s.workspaceId, owner.userId))[0]!.overdue).toBe(false);
    env.deps.setNow(new Date('2026-01-20T23:30:00Z')); // 00:30 on the 21st in Amsterdam
    expect((await myActions(env.deps, env.s.workspaceId, owner.userId))[0]!.overdue).toBe(true);
    await updateActionStatus(env.deps, owner, { actionId: newActions[0]!.id, status: 'klaar' });
    const all = await listActions(env.deps, owner, env.s.leerlijnId);
    expect(all[0]).toMatchObject({ status: 'klaar', overdue: false });
  });

  it('lists my open actions soonest first, without klaar ones or other workspaces', async () => {
    const { newActions } = await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, planItem('B2', [
      { description: 'Later', ownerUserId: 'U001', dueDate: '2026-03-10' },
      { description: 'Eerst', ownerUserId: 'U001', dueDate: '2026-02-10' },
      { description: 'Al gedaan', ownerUserId: 'U001', dueDate: '2026-02-01' },
      { description: 'Van iemand anders', ownerUserId: 'U002', dueDate: '2026-02-01' },
    ]));
    await updateActionStatus(env.deps, env.s.members[1]!, { actionId: newActions[2]!.id, status: 'klaar' });
    const otherWs = await ensureWorkspace(env.t.db, 'slack', 'T_OTHER');
    const elsewhere = { workspaceId: otherWs, userId: 'U000' };
    const other = await startLeerlijn(env.deps, elsewhere, {
      channelId: 'C_ELSEWHERE', kind: 'nieuw', schoolName: 'Ander College', youthOrgName: 'Ander Jongerenwerk',
      startDate: '2026-02-02', startTime: '09:00',
      randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true },
      coordinators: ['U000'], members: makeTeam(3),
    });
    await savePlanItem(env.deps, elsewhere, other.leerlijn.id, planItem('B2', [
      { description: 'Andere school', ownerUserId: 'U001', dueDate: '2026-02-05' },
    ]));

    const mine = await myActions(env.deps, env.s.workspaceId, 'U001');
    expect(mine.map((a) => a.description)).toEqual(['Eerst', 'Later']);
    expect((await myActions(env.deps, otherWs, 'U001')).map((a) => a.description)).toEqual(['Andere school']);
    await expect(listActions(env.deps, { workspaceId: env.s.workspaceId, userId: 'U_STRANGER' }, env.s.leerlijnId)).rejects.toMatchObject({
      code: 'not_on_team',
    });
    await expect(listActions(env.deps, elsewhere, env.s.leerlijnId)).rejects.toMatchObject({ code: 'leerlijn_gone' });
  });
});
