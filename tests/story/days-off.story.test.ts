// The school's region, asked at the start: a meeting in that region's school holiday is named,
// with the nearest working days as one-click moves, on both platforms.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('school holidays, on %s', (platform) => {
  story(platform, 'a start in regio noord warns that the actieplan meeting falls in the spring holiday, and one click moves it', async (s) => {
    const anna = s.coordinator('anna');
    // Monday 7 February 2028: week 3 is Monday 21 February, in the spring holiday of noord (19–27 February).
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2028-02-07', region: 'noord' });
    await s.command(anna, 'planning');
    s.expectAnswered(anna, 'de actieplanbijeenkomst valt op maandag 21 februari 2028, in de voorjaarsvakantie van regio Noord');
    s.expectAnswered(anna, 'vrijdag 18 februari 2028 en maandag 28 februari 2028');
    await s.press(anna, t('nl', 'guide.holiday.moveTo', { date: 'ma 28 feb' }));
    await s.command(anna, 'planning');
    s.expectAnswered(anna, 'ma 28 feb 2028, 15.30 uur');
    s.expectNotAnswered(anna, 'voorjaarsvakantie');
  });

  story(platform, 'moving the actieplan meeting three days earlier, out of the holiday, leaves the terugkom about 6 weeks later without a warning', async (s) => {
    const anna = s.coordinator('anna');
    // Week 3 (Monday 21 February 2028) is in noord's spring holiday; week 9 is Monday 3 April.
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2028-02-07', region: 'noord' });
    await s.command(anna, 'planning');
    await s.press(anna, t('nl', 'guide.holiday.moveTo', { date: 'vr 18 feb' }));
    // 45 days is "about 6 weeks" (the leerlijn allows earlier, not only exactly 42 days).
    s.expectNotAnswered(anna, 'voorjaarsvakantie', 'de terugkombijeenkomst valt');
    await s.command(anna, 'planning');
    s.expectAnswered(anna, 'vr 18 feb 2028, 15.30 uur');
    s.expectNotAnswered(anna, 'voorjaarsvakantie', 'de terugkombijeenkomst valt', 'Kijk de planning na');
  });

  story(platform, 'a team member who presses the coordinator’s day-off button hears privately that it is the coordinator’s; the channel gets nothing', async (s) => {
    const anna = s.coordinator('anna');
    const bram = s.person('bram');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2028-02-07', region: 'noord' });
    await s.command(anna, 'planning');
    s.d.newInChannel();
    await s.d.pressShown(bram, { label: t('nl', 'guide.holiday.moveTo', { date: 'ma 28 feb' }), shownTo: { person: anna, in: 'answer' } }, 'channel');
    await s.d.settle();
    s.expectAnswered(bram, s.said('error.not_coordinator'));
    expect(s.d.newInChannel(), `${platform}: the channel got the refusal`).toBe('');
    await s.command(anna, 'planning');
    s.expectAnswered(anna, 'de actieplanbijeenkomst valt op maandag 21 februari 2028, in de voorjaarsvakantie van regio Noord');
  });
});
