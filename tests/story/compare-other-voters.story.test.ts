// Week 17 compared with week 1 when the team changed between them: bram (who scored week 1) left,
// dewi joined and scored week 17. The comparison says how many scored each time and how many
// both times, so a change is not read as the collaboration's alone; with the same people it says nothing of it.
import { describe } from 'vitest';
import { otherVotersText } from '../../src/i18n/compare-text.js';
import { PLATFORMS, story, type Matrix } from './story.js';
import { smallTeamWithWeek1Agreed, week17Compared } from './small-team.js';

const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [2, 2, 2], A1: [2, 2, 2], A2: [3, 3, 3], A3: [2, 2, 2],
  B1: [2, 2, 2], B2: [1, 1, 1], T1: [2, 2, 2], T2: [2, 2, 2], T3: [2, 2, 2],
};

describe.each(PLATFORMS)('the comparison after the team changed, on %s', (platform) => {
  story(platform, 'says how many scored week 1, week 17 and both', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    const dewi = s.person('dewi');
    await s.removeFromTeam(anna, bram);
    await s.d.commandNaming(anna, 'team add', [dewi]);
    await week17Compared(s, anna, [anna, chen, dewi], WEEK17);
    s.expectNewInChannel('Vergelijking week 1 en week 17', otherVotersText('nl', { week1: 3, week17: 3, both: 2 })!);
  });

  story(platform, 'says nothing of it when the same people scored both times', async (s) => {
    const { anna, team } = await smallTeamWithWeek1Agreed(s);
    await week17Compared(s, anna, team, WEEK17);
    const said = s.d.newInChannel();
    s.expectChannelShows('Vergelijking week 1 en week 17');
    if (said.includes('van hen beide keren')) throw new Error(`${platform}: told of other voters with the same team`);
  });
});
