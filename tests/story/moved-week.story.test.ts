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

describe.each(PLATFORMS)('the signalering moved, on %s', (platform) => {
  story(platform, 'the meetings nobody moved keep their plain week', async (s) => {
    const { anna, chen } = await startSmallTeam(s);
    // Week 1 (Monday 2 February) to its Wednesday: still week 1, and week 3 stays on Monday 16 February.
    await sendMoveForm(s, anna, { kind: 'signalering', date: '2026-02-04', time: '15:30' });
    await s.command(chen, 'planning');
    s.expectAnswered(chen, 'wo 4 feb 2026, 15.30 uur', 'Week 3', 'ma 16 feb 2026');
    const planning = s.d.lastAnswer(chen);
    if (planning.includes('in de leerlijn:')) throw new Error(`${platform}: a meeting nobody moved reads as moved: ${planning.slice(0, 400)}`);
    // To a Friday more than a week before the leerlijn's start: no "Week -1".
    await sendMoveForm(s, anna, { kind: 'signalering', date: '2026-01-23', time: '15:30' });
    await s.command(chen, 'planning');
    s.expectAnswered(chen, 'Week 1', 'vr 23 jan 2026, 15.30 uur', 'Week 3');
    if (s.d.lastAnswer(chen).includes('Week -1')) throw new Error(`${platform}: a signalering moved before the start reads as week -1`);
  });

  story(platform, 'a later meeting moved before the start reads as before week 1, not as its own week', async (s) => {
    const { anna, chen } = await startSmallTeam(s);
    // The signalering to Monday 19 January, then the actieplan (week 3) to Wednesday 28 January, before week 1
    // (Monday 2 February): no plain "Week 3" beside that date.
    await sendMoveForm(s, anna, { kind: 'signalering', date: '2026-01-19', time: '15:30' });
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-01-28', time: '15:30' });
    await s.command(chen, 'planning');
    s.expectAnswered(chen, 'Vóór week 1 (in de leerlijn: week 3)', 'wo 28 jan 2026, 15.30 uur');
  });
});
