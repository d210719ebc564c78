// The actieplan meeting's invitation lists what to read beforehand. While week 1's scores are not all
// agreed, the filled instrument does not exist yet: it is still named, saying it is not filled in
// yet and why, instead of silently missing from the list (nobody knew to expect it).
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

// The actieplan meeting is on Monday 16 February 2026; its invitation goes out a week before, at 9.00.
const ACTIEPLAN_INVITED = '2026-02-09T08:01:00Z';

describe.each(PLATFORMS)('the actieplan invitation and week 1’s instrument, on %s', (platform) => {
  story(platform, 'names the instrument as not filled in yet while week 1 is not agreed (nl)', async (s) => {
    await startSmallTeam(s);
    s.d.newInChannel();
    await s.timePasses(ACTIEPLAN_INVITED);
    const said = s.d.newInChannel();
    expect(said, platform).toContain('Uitnodiging: de actieplanbijeenkomst');
    expect(said, platform).toContain('Ingevuld Signaleringsinstrument (nog niet ingevuld: de scores van week 1 zijn nog niet allemaal afgesproken');
  });

  story(platform, 'says so in English too', async (s) => {
    await startSmallTeam(s, { lang: 'en' });
    s.d.newInChannel();
    await s.timePasses(ACTIEPLAN_INVITED);
    expect(s.d.newInChannel(), platform).toContain('Completed assessment instrument (not filled in yet: week 1’s scores are not all agreed');
  });

  story(platform, 'names it plainly once week 1 is agreed', async (s) => {
    await smallTeamWithWeek1Agreed(s);
    s.d.newInChannel();
    await s.timePasses(ACTIEPLAN_INVITED);
    const said = s.d.newInChannel();
    expect(said, platform).toContain('Ingevuld Signaleringsinstrument');
    expect(said, platform).not.toContain('nog niet ingevuld');
  });
});
