// A start date on a weekend day or a day off: the four meetings keep its weekday, so a coordinator who
// picked a Saturday read "valt in het weekend" four times in the channel after the start, with nothing
// said in the form. The form now refuses such a date beside the date field, naming why (the weekend,
// the holiday by name) and the next working day; a working day, or one in the region's school holiday, starts as before.
import { describe, expect } from 'vitest';
import { tField } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('a start on a day off, on %s', (platform) => {
  story(platform, 'a Saturday is refused at the date, with the next working day', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2026-02-07' });
    const problem = s.d.formProblems(anna)['startDate'];
    expect(problem, platform).toBe(tField('nl', { message: 'date_weekend', params: { date: '2026-02-07', next: '2026-02-09' } }));
    expect(problem, platform).toContain('zaterdag 7 februari 2026');
    expect(problem, platform).toContain('maandag 9 februari 2026');
    expect(s.d.channel(), platform).not.toContain('valt in het weekend');
  });

  story(platform, 'Easter Monday is refused, named, with the Tuesday after', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2026-04-06' });
    const problem = s.d.formProblems(anna)['startDate'];
    expect(problem, platform).toContain('Tweede paasdag');
    expect(problem, platform).toContain('dinsdag 7 april 2026');
  });

  story(platform, 'a day in the region’s school holiday starts, named in the planning as before: a school may set its own days', async (s) => {
    const anna = s.coordinator('anna');
    // Monday 21 February 2028 lies in noord's spring holiday (19–27 February).
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2028-02-21', region: 'noord' });
    expect(s.d.formProblems(anna), platform).toEqual({});
    expect(s.d.channel(), platform).toContain('voorjaarsvakantie');
  });

  story(platform, 'a working day starts as before', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2026-02-09' });
    expect(s.d.formProblems(anna), platform).toEqual({});
  });
});
