// The coordinator moved the actieplan meeting to 17 days after the signalering, knowingly. After
// the signalering the bot reminds them of the leerlijn's two weeks: it names the day the meeting
// is on, rather than saying it is "not yet planned", which reads as if the move was lost.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('an actieplan meeting planned late, on %s', (platform) => {
  story(platform, 'the coordinator is reminded with the day it is on, and how to move it earlier', async (s) => {
    const { anna } = await startSmallTeam(s);
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-19', time: '15:30' });
    // The signalering (Monday 2 February, 15.30–18.00 Amsterdam time) has ended.
    await s.timePasses('2026-02-02T17:01:00Z');
    s.expectToldPrivately(anna, s.said('reminder.actieplanLate', { when: 'donderdag 19 februari 2026, 15.30–18.30 uur' }, 'private'));
    s.expectNotToldPrivately(anna, 'nog niet binnen 2 weken na de signalering gepland');
  });
});
