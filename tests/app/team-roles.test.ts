// Someone taken out of the team is no meeting's notulist or invuller any more, in the same
// transaction: the meetings still to come lose the role (and the coordinator hears which),
// the meetings held, cancelled or over keep who had it.
import { describe, expect, it } from 'vitest';
import { changeTeam, leaveOutBots } from '../../src/app/leerlijn.js';
import { assignMeetingRoles } from '../../src/app/meetings.js';
import { meetingsOf, updateMeeting } from '../../src/store/leerlijnen.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

/** After the signalering of 2 February 2026 (15:30–18:00 in Amsterdam) and before the actieplan. */
const AFTER_SIGNALERING = new Date('2026-02-03T09:00:00Z');

describe.each(backends())('the roles of someone taken out of the team, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  const roles = async () =>
    Object.fromEntries((await meetingsOf(env.t.db, env.s.leerlijnId)).map((m) => [m.kind, [m.notulistUserId, m.invullerUserId]]));

  it('frees their roles on meetings to come, and keeps them on meetings held, cancelled or over', async () => {
    const { deps, s } = env;
    const [, bram, chen] = s.members.map((m) => m.userId) as [string, string, string];
    const kinds = ['signalering', 'actieplan', 'terugkom', 'eindevaluatie'] as const;
    await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, kinds.map((kind) => ({ kind, notulistUserId: bram, invullerUserId: chen })));
    // The bot marks no meeting held yet; a coordinator's record of one must still be history.
    await updateMeeting(env.t.db, s.leerlijnId, 'actieplan', { status: 'held' });
    await updateMeeting(env.t.db, s.leerlijnId, 'terugkom', { status: 'cancelled' });
    deps.setNow(AFTER_SIGNALERING);

    const { team, clearedRoles } = await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [bram] });

    expect(team.members.map((m) => m.userId)).not.toContain(bram);
    expect(clearedRoles).toEqual([{ userId: bram, kind: 'eindevaluatie', role: 'notulist' }]);
    expect(await roles()).toEqual({
      signalering: [bram, chen],
      actieplan: [bram, chen],
      terugkom: [bram, chen],
      eindevaluatie: [null, chen],
    });
  });

  it('frees both roles of one person, meeting by meeting in order; someone who held none adds nothing', async () => {
    const { deps, s } = env;
    const [, bram, chen, dewi] = s.members.map((m) => m.userId) as [string, string, string, string];
    await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
      { kind: 'terugkom', notulistUserId: chen, invullerUserId: chen },
      { kind: 'signalering', notulistUserId: bram, invullerUserId: chen },
    ]);
    const { clearedRoles } = await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [chen, dewi] });
    expect(clearedRoles).toEqual([
      { userId: chen, kind: 'signalering', role: 'invuller' },
      { userId: chen, kind: 'terugkom', role: 'notulist' },
      { userId: chen, kind: 'terugkom', role: 'invuller' },
    ]);
    expect((await roles()).signalering).toEqual([bram, null]);
    expect((await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [bram] })).clearedRoles).toHaveLength(1);
  });

  it('keeps the roles when the change is refused', async () => {
    const { deps, s } = env;
    const coordinator = s.coordinator.userId;
    await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, { kind: 'signalering', notulistUserId: coordinator });
    // Taking out the only coordinator is refused: the whole change, roles included, is rolled back.
    await expect(changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [coordinator] })).rejects.toMatchObject({ fields: [{ field: 'coordinators' }] });
    expect((await roles()).signalering).toEqual([coordinator, null]);
  });

  it('frees a role of a bot left out of the team', async () => {
    const { deps, s } = env;
    const bot = s.members[3]!.userId;
    await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', invullerUserId: bot });
    expect(await leaveOutBots(deps, s.coordinator, s.leerlijnId, [bot])).toEqual([bot]);
    expect((await roles()).actieplan).toEqual([null, null]);
  });
});
