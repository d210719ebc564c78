// The notulist and invuller chosen for a meeting read it in the short reminder the working day
// before, so they can prepare (the roles prompt promises that); before, they first read it when
// the meeting began. With neither chosen the reminder stays short.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('roles in the reminder before a meeting, on %s', (platform) => {
  story(platform, 'the day before names the notulist and invuller; without roles it names none', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s);
    await s.command(anna, 'planning');
    if (s.platform === 'slack') await s.press(anna, t('nl', 'timeline.button.roles'));
    await s.fillRoles(anna, 'signalering', bram, chen);
    s.d.newInChannel();
    // Friday 30 January, 10:00 in Amsterdam: the short reminder of Monday's signalering.
    await s.timePasses('2026-01-30T09:00:00Z');
    const friday = s.d.newInChannel();
    expect(friday, platform).toContain('De signaleringsbijeenkomst is op maandag 2 februari 2026, om 15.30 uur. Tot dan!');
    expect(friday, platform).toContain(`Notulist: ${s.name(bram)}. Invuller: ${s.name(chen)}.`);
    // The actieplan has no roles: its reminder says only when (the coordinator was asked to pick them).
    await s.timePasses('2026-02-13T09:00:00Z');
    const before = s.d.newInChannel();
    expect(before, platform).toContain('De actieplanbijeenkomst is op maandag 16 februari 2026, om 15.30 uur. Tot dan!');
    expect(before, platform).not.toContain('Notulist');
  });

  story(platform, 'in English, the roles read in English', async (s) => {
    const { anna, bram } = await startSmallTeam(s, { lang: 'en' });
    await s.command(anna, 'schedule');
    if (s.platform === 'slack') await s.press(anna, t('en', 'timeline.button.roles'));
    await s.fillRoles(anna, 'signalering', bram, anna);
    s.d.newInChannel();
    await s.timePasses('2026-01-30T09:00:00Z');
    const friday = s.d.newInChannel();
    expect(friday, platform).toContain(`Minute-taker: ${s.name(bram)}. Form-filler: ${s.name(anna)}.`);
    expect(friday, platform).not.toContain('Notulist');
  });
});
