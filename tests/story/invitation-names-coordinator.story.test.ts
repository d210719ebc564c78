// The invitation asks whoever cannot come to tell the coordinator. It names who that is when it goes
// out: after a handover, the new coordinator, so nobody writes to the one who stopped.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the invitation names the coordinator, on %s', (platform) => {
  story(platform, 'after a handover it names the new coordinator, not the old one', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s);
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager', coordinator: false },
      { person: bram, side: 'jongerenwerk', level: 'manager', coordinator: true },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    s.d.newInChannel();
    await s.timePasses('2026-03-23T08:01:00Z');
    const said = s.d.newInChannel();
    expect(said, platform).toContain('Uitnodiging: de terugkombijeenkomst');
    expect(said, platform).toContain(t('nl', 'reminder.cantComeOne', { coordinator: s.name(bram) }));
    expect(said, platform).not.toContain(`${s.name(anna)}, weten`);
  });

  story(platform, 'with two coordinators it names both, in English too', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    await s.start({ by: anna, school: 'De Horizon', members: team, lang: 'en' });
    const [, bram, chen] = team as [typeof anna, typeof anna, typeof anna];
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager', coordinator: true },
      { person: bram, side: 'jongerenwerk', level: 'manager', coordinator: true },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    s.d.newInChannel();
    await s.timePasses('2026-03-23T08:01:00Z');
    expect(s.d.newInChannel(), platform).toContain(t('en', 'reminder.cantComeMany', { coordinators: `${s.name(anna)} and ${s.name(bram)}` }));
  });
});
