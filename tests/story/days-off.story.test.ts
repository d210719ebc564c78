// The school's region, asked at the start: a meeting in that region's school holiday is named,
// with the nearest working days as one-click moves, on both platforms.
import { describe } from 'vitest';
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
});
