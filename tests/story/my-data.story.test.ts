// `mijn-gegevens`: a member sees their own votes and notes, privately, and nobody else's.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('mijn-gegevens, on %s', (platform) => {
  story(platform, 'a member asks what the bot keeps about them and sees only their own votes', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram, chen] = team as [typeof anna, typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team });
    await s.openRound(anna, 1);
    await s.vote(bram, 'P1', 3);
    await s.vote(chen, 'P1', 1);
    // In the private chat: a channel never shows someone's own votes (commands.story.test.ts).
    await s.commandPrivately(bram, 'mijn-gegevens');
    s.expectAnswered(bram, 'Dit bewaar ik van jou', 'P1 3');
    s.expectNotAnswered(bram, 'P1 1');
  });
});
