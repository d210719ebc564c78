// A meeting moved to today at an hour already gone is refused for its time, not with "Kies een datum
// vanaf vandaag" beside today's date (which is from today). A later hour today is taken.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a meeting moved to an hour gone today, on %s', (platform) => {
  story(platform, 'the time is refused as passed, and a later hour is taken', async (s) => {
    const { anna } = await startSmallTeam(s);
    // Friday 30 January, 10:00 in Amsterdam: the signalering (Monday 2 February) to 08:00 this morning.
    await s.timePasses('2026-01-30T09:00:00Z');
    await sendMoveForm(s, anna, { kind: 'signalering', date: '2026-01-30', time: '08:00' });
    s.expectAnswered(anna, 'Die tijd is vandaag al voorbij. Kies een latere tijd of een andere dag.');
    s.expectNotAnswered(anna, 'Kies een datum vanaf vandaag.');
    await sendMoveForm(s, anna, { kind: 'signalering', date: '2026-01-30', time: '15:30' });
    s.expectNewInChannel('van ma 2 feb 2026, 15.30 uur naar vr 30 jan 2026, 15.30 uur');
  });
});
