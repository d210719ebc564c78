// Ids in buttons are forgeable. Someone on another team's leerlijn (same Slack workspace) who
// sends this leerlijn's ids through its buttons gets no form, no data and no change, and the
// attempt is in the audit log; a member of the team gets no form for a coordinator-only change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { savePlanItem } from '../../../src/app/actions.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../../fakes/slack-signing.js';
import { cardsIn, lastView, startFormValues } from './flow.js';
import { CHANNEL, COORDINATOR, NOW, USERS, startHarness, type Harness } from './harness.js';

const TEAM_A = USERS.slice(0, 4);
const STRANGER = USERS[5]!; // on leerlijn B only
const MEMBER_A = USERS[2]!; // on leerlijn A, not its coordinator
let h: Harness;
let leerlijnA = '';
let roundA = '';

async function startA(): Promise<void> {
  await h.command(COORDINATOR, 'start');
  await h.settle();
  await h.submit(COORDINATOR, 'start', startFormValues({ members: TEAM_A }), lastView(h, COORDINATOR).meta);
  await h.settle();
  const { rows } = await h.testDb.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1`, [CHANNEL]);
  leerlijnA = rows[0]!.id;
}

async function startB(): Promise<void> {
  const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
  const deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
  await startLeerlijn(deps, { workspaceId, userId: USERS[4]! }, {
    channelId: 'C0OTHER', kind: 'bestaand', schoolName: 'De Ander', youthOrgName: 'JW', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [USERS[4]!],
    members: USERS.slice(4).map((userId) => ({ userId, displayName: userId })),
  });
}

beforeAll(async () => {
  h = await startHarness();
  await startA();
  await startB();
  await h.command(COORDINATOR, 'scores');
  await h.settle();
  roundA = cardsIn(h).roundId;
});

afterAll(async () => {
  await h.close();
});

const modalsOpened = (): number => h.fake.callsTo('views.open').length;
async function refusals(actor: string): Promise<Array<{ what: string; code: string }>> {
  const { rows } = await h.testDb.db.query<{ detail: { what: string; code: string } }>(
    `select detail from audit_log where action = 'refused' and actor = $1 and leerlijn_id = $2::uuid order by id`, [actor, leerlijnA],
  );
  return rows.map((r) => r.detail);
}

describe('another leerlijn’s ids in Slack buttons', () => {
  it('opens none of the coordinator’s forms (move, roles, reminders, team) for a stranger, and logs each attempt', async () => {
    const before = modalsOpened();
    for (const action of ['meeting_move', 'meeting_roles', 'meeting_reminders', 'team_edit']) await h.click(STRANGER, action, leerlijnA);
    await h.settle();
    expect(modalsOpened()).toBe(before);
    const logged = await refusals(STRANGER);
    expect(logged.map((r) => r.what)).toEqual(['move_form', 'roles_form', 'reminders_form', 'team_form']);
    // Refused as what only the coordinator may do, as it is to a member of the team.
    expect(logged.every((r) => r.code === 'not_coordinator')).toBe(true);
  });

  it('opens no plan or evaluation form on another leerlijn', async () => {
    const before = modalsOpened();
    await h.click(STRANGER, 'plan_open', `${leerlijnA}|P1`);
    await h.click(STRANGER, 'evaluation_open', `${leerlijnA}|terugkom|P1`);
    await h.settle();
    expect(modalsOpened()).toBe(before);
  });

  it('stores no vote and no agreed score from a stranger', async () => {
    await h.click(STRANGER, 'vote_3', `${roundA}|P1|3`);
    await h.click(STRANGER, 'agree', `${roundA}|P1|3`);
    await h.settle();
    const votes = await h.testDb.db.query(`select 1 from votes where user_id = $1`, [STRANGER]);
    expect(votes.rowCount).toBe(0);
    expect((await refusals(STRANGER)).map((r) => r.what)).toEqual(expect.arrayContaining(['vote', 'setAgreedScore']));
  });

  it('opens no status note form for another team’s action or someone else’s, and logs each attempt', async () => {
    const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
    const deps = { db: h.testDb.db, now: () => NOW, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
    const { newActions } = await savePlanItem(deps, { workspaceId, userId: COORDINATOR }, leerlijnA, {
      onderdeel: 'A1', watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke week kort overleg',
      actions: [{ description: 'Overleg plannen', ownerUserId: TEAM_A[1]!, dueDate: '2026-03-10' }],
    });
    const actionId = newActions[0]!.id;
    const before = modalsOpened();
    await h.click(STRANGER, 'action_note', actionId);
    await h.click(TEAM_A[3]!, 'action_note', actionId);
    await h.settle();
    expect(modalsOpened()).toBe(before);
    expect((await refusals(STRANGER)).filter((r) => r.what === 'getAction')).toEqual([{ what: 'getAction', code: 'not_on_team' }]);
    expect((await refusals(TEAM_A[3]!)).filter((r) => r.what === 'getAction')).toEqual([{ what: 'getAction', code: 'not_owner' }]);
  });

  it('gives a member of the team no form for a coordinator-only change', async () => {
    const before = modalsOpened();
    await h.click(MEMBER_A, 'meeting_move', leerlijnA);
    await h.click(MEMBER_A, 'meeting_reminders', leerlijnA);
    await h.settle();
    expect(modalsOpened()).toBe(before);
    expect((await refusals(MEMBER_A)).map((r) => r.code)).toEqual(['not_coordinator', 'not_coordinator']);
  });
});
