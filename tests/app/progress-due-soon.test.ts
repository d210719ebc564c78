// During a meeting a member is pointed to an own action once its reminder before the due date
// has come (plan-jobs actionReminderDays), not told there is nothing to do. That reminder moves
// back to a working day: for an action due on a Tuesday it comes on the Friday before, four days
// ahead, and that Friday's 'wat nu' must not say the opposite of the morning's reminder.
import { describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import { actionReminderDays } from '../../src/app/jobs/plan-jobs.js';
import { rescheduleMeeting } from '../../src/app/meetings.js';
import { getProgress } from '../../src/app/progress.js';
import { backends } from '../support/db.js';
import { agreedRound, makeDeps, startFixture } from '../support/fixtures.js';

describe.each(backends())('a member’s own action on the day of its reminder, during a meeting, on $name', ({ open }) => {
  it('points them to it on a Friday meeting for an action due on Tuesday, as the reminder that morning did', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const s = await startFixture(deps);
      await agreedRound(deps, s.coordinator, s.leerlijnId, 'week1', 2);
      // The actieplan meeting moved to Friday 20 February 2026, 15:30.
      await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-20', time: '15:30' });
      const bram = s.members[1]!;
      await savePlanItem(deps, s.coordinator, s.leerlijnId, {
        onderdeel: 'P1', watKanBeter: 'x', gewensteEindsituatie: 'y', actions: [{ description: 'Kennismaken', ownerUserId: bram.userId, dueDate: '2026-02-24' }],
      });
      // Bram had 'Je actie moet klaar zijn op dinsdag 24 februari' at 09:00 that Friday.
      expect(actionReminderDays('2026-02-24').before).toBe('2026-02-20');
      deps.setNow(new Date('2026-02-20T15:00:00Z')); // 16:00, the meeting under way
      const chen = s.members[2]!;
      expect((await getProgress(deps, chen, s.leerlijnId)).progress.next.code).toBe('wait_for_coordinator');
      expect((await getProgress(deps, bram, s.leerlijnId)).progress.next).toMatchObject({ code: 'update_own_actions', params: { count: 1 } });
    } finally {
      await t.drop();
    }
  });
});
