// The coordinator may still change an agreed score after the comparison was posted. A member asking
// for the comparison then gets the current one in the channel, not "scroll back" to one whose numbers
// are no longer true; asking again with nothing changed points back to it, as before.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';
import { smallTeamWithWeek1Agreed, week17Compared } from './small-team.js';

// Agreed: 3,2,2,3,2,2,1,2,2,2 = 21 against week 1's 12.
const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [2, 2, 2], A1: [2, 2, 2], A2: [3, 3, 3], A3: [2, 2, 2],
  B1: [2, 2, 2], B2: [1, 1, 1], T1: [2, 2, 2], T2: [2, 2, 2], T3: [2, 2, 2],
};

describe.each(PLATFORMS)('the comparison after a week-17 score changed, on %s', (platform) => {
  story(platform, 'a member asking gets the current one in the channel, once', async (s) => {
    const { anna, bram, team } = await smallTeamWithWeek1Agreed(s);
    await week17Compared(s, anna, team, WEEK17);
    s.expectNewInChannel('Totaal: van 12 naar 21 van de 30 punten');
    // B2 from 1 to 3: week 17's total becomes 23.
    await s.agree(anna, 'B2', 3);
    await s.d.settle();
    s.d.newInChannel();

    await s.compare(bram);
    s.expectNewInChannel('Vergelijking week 1 en week 17', 'Totaal: van 12 naar 23 van de 30 punten');
    s.expectNotAnswered(bram, t('nl', 'compare.alreadyPosted'));

    // Nothing changed since: pointed to it, the channel gets nothing new.
    await s.compare(bram);
    s.expectAnswered(bram, t('nl', 'compare.alreadyPosted'));
    expect(s.d.newInChannel(), platform).not.toContain('Vergelijking week 1 en week 17');
  });
});
