// A stopped leerlijn's refusal names it ("De leerlijn De Horizon · JoU is … gestopt"), so someone
// on two teams can tell which one an old button was of. Ids in buttons are forgeable: someone of
// the same workspace who is not on the team, holding a stopped leerlijn's id, is refused as any
// outsider is, without its school's and youth organisation's names.
import { describe, expect, it } from 'vitest';
import { openRound } from '../../src/app/rounds.js';
import { stopLeerlijn, changeTeam } from '../../src/app/leerlijn.js';
import { assignMeetingRoles, rescheduleMeeting, setReminderSettings } from '../../src/app/meetings.js';
import { handOverActions } from '../../src/app/handover.js';
import { savePlanItem } from '../../src/app/actions.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import type { Actor } from '../../src/app/context.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

const TRIES: ReadonlyArray<[string, (deps: Parameters<typeof openRound>[0], actor: Actor, leerlijnId: string) => Promise<unknown>]> = [
  ['openRound', (deps, actor, id) => openRound(deps, actor, id, 'week1')],
  ['stopLeerlijn', (deps, actor, id) => stopLeerlijn(deps, actor, id, 'stopped')],
  ['changeTeam', (deps, actor, id) => changeTeam(deps, actor, id, { upsert: [], remove: [] })],
  ['rescheduleMeeting', (deps, actor, id) => rescheduleMeeting(deps, actor, id, { kind: 'actieplan', date: '2026-02-10', time: '15:30' })],
  ['assignMeetingRoles', (deps, actor, id) => assignMeetingRoles(deps, actor, id, { kind: 'actieplan', notulistUserId: 'U1', invullerUserId: 'U1' })],
  ['setReminderSettings', (deps, actor, id) => setReminderSettings(deps, actor, id, { inviteDays: 7, dayBefore: 1, atStart: true })],
  ['handOverActions', (deps, actor, id) => handOverActions(deps, actor, id, { fromUserId: 'U1', toUserId: 'U2' })],
  ['savePlanItem', (deps, actor, id) => savePlanItem(deps, actor, id, { onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y', actions: [] })],
  ['saveEvaluationEntry', (deps, actor, id) => saveEvaluationEntry(deps, actor, id, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2 })],
];

describe.each(backends())('a stopped leerlijn, tried by someone of the workspace not on its team ($name)', ({ open }) => {
  const env = useStartedLeerlijn(open);

  it.each(TRIES)('%s is refused without naming the leerlijn', async (_name, tryIt) => {
    await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped');
    const outsider: Actor = { workspaceId: env.s.coordinator.workspaceId, userId: 'U-OUTSIDER' };
    const refusal = await tryIt(env.deps, outsider, env.s.leerlijnId).then(() => null, (error: unknown) => error as { code?: string; params?: unknown });
    expect(refusal?.code).toBeDefined();
    expect(JSON.stringify(refusal?.params ?? {})).not.toMatch(/·/);
    expect(refusal?.code).not.toBe('leerlijn_not_active');
  });
});
