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

  it('knows the school year 2025-2026: week 3 of a February 2026 start is in the spring holiday of zuid, not of noord', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      // Fixture start Monday 2 February 2026: the actieplan meeting is Monday 16 February, in zuid's
      // voorjaarsvakantie (14–22 February 2026) but before noord's (21 February – 1 March).
      const zuid = await startFixture(deps, { channelId: 'C_ZUID_2026', overrides: { region: 'zuid' } });
      const noord = await startFixture(deps, { channelId: 'C_NOORD_2026', overrides: { region: 'noord' } });
      expect(zuid.view.timeline.daysOff.map((c) => [c.kind, c.date, c.holiday?.kind ?? null])).toEqual([
        ['actieplan', '2026-02-16', 'school'], ['eindevaluatie', '2026-05-25', 'public'],
      ]);
      expect(zuid.view.timeline.daysOff[0]?.alternatives).toMatchObject({ before: '2026-02-13', after: '2026-02-23' });
      expect(noord.view.timeline.daysOff.map((c) => c.kind)).toEqual(['eindevaluatie']);
    } finally {
      await t.drop();
    }
  });

  it('says it cannot tell for dates beyond the school-holiday data, and checks public holidays without a region', async () => {
    const t = await open();
    try {
      const deps = { ...makeDeps(t.db), now: () => new Date('2028-08-01T09:00:00Z') };
      // A start on Monday 11 September 2028 lies past the summer holiday of 2028: each meeting is
      // "cannot tell"; week 17 falls on New Year's Day 2029, a day off all the same.
      const overrides = { startDate: '2028-09-11', startTime: '15:30', region: 'zuid' as const };
      const known = await startFixture(deps, { channelId: 'C_2028', overrides });
      expect(known.view.timeline.daysOff.map((c) => [c.kind, c.covered, c.holiday?.kind ?? null])).toEqual([
        ['signalering', false, null], ['actieplan', false, null], ['terugkom', false, null], ['eindevaluatie', false, 'public'],
      ]);
      expect(meetingDayWarning('nl', known.view.timeline.daysOff[0]!, 'zuid')).toContain('kan ik niet zien: ik ken de schoolvakanties van regio Zuid van');
    } finally {
      await t.drop();
    }
  });

  it('checks public holidays only when the school gave no region', async () => {
    const t = await open();
    try {
      const deps = makeDeps(t.db);
      const none = await startFixture(deps, { channelId: 'C_NONE' });
      // Without a region: only the public holiday, Whit Monday 25 May 2026 (week 17).
      expect(none.view.timeline.daysOff.map((c) => [c.kind, c.date, c.holiday?.name.nl])).toEqual([['eindevaluatie', '2026-05-25', 'Tweede pinksterdag']]);
    } finally {
      await t.drop();
    }
  });
});
