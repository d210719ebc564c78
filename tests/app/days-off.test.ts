// Meetings on a day off: a start with the school's region shows which meetings fall in that
// region's school holidays or on a public holiday, with the nearest working days; dates beyond
// the school-holiday data are said to be unknown; the coordinator's next step is the planning.
import { describe, expect, it } from 'vitest';
import { getProgress } from '../../src/app/progress.js';
import { meetingDayWarning } from '../../src/i18n/holiday-text.js';
import { backends } from '../support/db.js';
import { makeDeps, startFixture } from '../support/fixtures.js';

// A start on Monday 7 February 2028: the actieplan meeting (week 3) is Monday 21 February, in the
// spring holiday of regio noord (19–27 February) but not of midden (26 February – 5 March).
const SPRING_2028 = { startDate: '2028-02-07', startTime: '15:30' };

describe.each(backends())('meetings on a day off on $name', ({ open }) => {
  it('warns about the region’s school holiday only, with the nearest working days, and makes it the next step', async () => {
    const t = await open();
    try {
      const deps = { ...makeDeps(t.db), now: () => new Date('2028-01-10T09:00:00Z') };
      const noord = await startFixture(deps, { channelId: 'C_NOORD', overrides: { ...SPRING_2028, region: 'noord' } });
      const midden = await startFixture(deps, { channelId: 'C_MIDDEN', overrides: { ...SPRING_2028, region: 'midden' } });
      const [check] = noord.view.timeline.daysOff;
      expect(noord.view.timeline.daysOff.map((c) => c.kind)).toEqual(['actieplan']);
      expect(check).toMatchObject({ date: '2028-02-21', holiday: { kind: 'school' }, alternatives: { before: '2028-02-18', after: '2028-02-28' } });
      expect(meetingDayWarning('nl', check!, 'noord')).toBe(
        'Let op: de actieplanbijeenkomst valt op maandag 21 februari 2028, in de voorjaarsvakantie van regio Noord. De dichtstbijzijnde werkdagen zijn vrijdag 18 februari 2028 en maandag 28 februari 2028.',
      );
      expect(midden.view.timeline.daysOff).toEqual([]);
      // The coordinator's next step is to look at the planning, because of that meeting.
      const progress = await getProgress(deps, noord.coordinator, noord.leerlijnId);
      expect(progress.progress.next).toMatchObject({ code: 'plan_meetings', params: { kind: 'actieplan', reason: 'day_off' } });
      expect((await getProgress(deps, midden.coordinator, midden.leerlijnId)).progress.next.code).not.toBe('plan_meetings');
    } finally {
      await t.drop();
    }
  });

  it('says it cannot tell for dates beyond the school-holiday data, and checks public holidays without a region', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const known = await startFixture(deps, { channelId: 'C_2026', overrides: { region: 'zuid' } });
      // 2026 is before the data: each meeting is "cannot tell"; Whit Monday is a day off all the same.
      expect(known.view.timeline.daysOff.map((c) => [c.kind, c.covered, c.holiday?.kind ?? null])).toEqual([
        ['signalering', false, null], ['actieplan', false, null], ['terugkom', false, null], ['eindevaluatie', false, 'public'],
      ]);
      expect(meetingDayWarning('nl', known.view.timeline.daysOff[0]!, 'zuid')).toContain('kan ik niet zien: ik ken de schoolvakanties van regio Zuid van');
      const none = await startFixture(deps, { channelId: 'C_NONE' });
      // Without a region: only the public holiday, Whit Monday 25 May 2026 (week 17).
      expect(none.view.timeline.daysOff.map((c) => [c.kind, c.date, c.holiday?.name.nl])).toEqual([['eindevaluatie', '2026-05-25', 'Tweede pinksterdag']]);
    } finally {
      await t.drop();
    }
  });
});
