// The coordinator moves the terugkombijeenkomst after its invitation went out. The team reads in
// the channel what moved, from when to when (not only a new planning to compare with the old),
// the old date's reminders do not come, and the new date's do.
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a meeting moved after its invitation, on %s', (platform) => {
  story(platform, 'the channel reads what moved, and only the new date is reminded of', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.timePasses('2026-03-23T08:01:00Z');
    s.expectNewInChannel('Uitnodiging: de terugkombijeenkomst, maandag 30 maart 2026');
    await s.timePasses('2026-03-24T09:00:00Z');
    await sendMoveForm(s, anna, { kind: 'terugkom', date: '2026-04-09', time: '15:30' });
    s.expectNewInChannel(`${s.name(anna)} heeft de terugkombijeenkomst verplaatst: van ma 30 mrt 2026, 15.30 uur naar do 9 apr 2026, 15.30 uur.`);

    // The Friday before the old date and the old date itself: nothing about the terugkombijeenkomst.
    await s.timePasses('2026-03-27T08:01:00Z');
    await s.timePasses('2026-03-30T13:31:00Z');
    expect(s.d.newInChannel(), platform).not.toContain('terugkombijeenkomst');
    await s.timePasses('2026-04-02T07:01:00Z');
    s.expectNewInChannel('Uitnodiging: de terugkombijeenkomst, donderdag 9 april 2026');
    await s.timePasses('2026-04-08T07:01:00Z');
    s.expectNewInChannel('De terugkombijeenkomst is morgen, om 15.30 uur.');
  });
});
