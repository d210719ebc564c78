// A meeting moved out of its week: the planning names the week it now falls in, and the week the
// leerlijn planned it in, so "Week 9" never stands beside a date in week 10. Moved back, it reads
// as before.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a meeting moved to another week, on %s', (platform) => {
  story(platform, 'the planning names the week it falls in now, and the leerlijn\'s week', async (s) => {
    const { anna, chen } = await startSmallTeam(s, { region: 'noord' });
    s.d.newInChannel();
    // Week 3 (Monday 16 February) into the voorjaarsvakantie of regio Noord: week 4.
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-23', time: '15:30' });
    s.expectNewInChannel('Week 4 (in de leerlijn: week 3)', 'ma 23 feb 2026, 15.30 uur');
    // Back into week 3, on its Wednesday: plain week 3 again.
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-18', time: '15:30' });
    const back = s.d.newInChannel();
    s.expectChannelShows('wo 18 feb 2026, 15.30 uur');
    if (back.includes('in de leerlijn:')) throw new Error(`${platform}: a meeting back in its week still says it moved: ${back.slice(0, 300)}`);
    // Week 9 (Monday 30 March) to the Thursday after: week 10, as everyone who reads the planning sees it.
    await sendMoveForm(s, anna, { kind: 'terugkom', date: '2026-04-09', time: '15:30' });
    await s.command(chen, 'planning');
    s.expectAnswered(chen, 'Week 10 (in de leerlijn: week 9)', 'do 9 apr 2026, 15.30 uur', 'Week 1', 'Week 3', 'Week 17');
  });
});
