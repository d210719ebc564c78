// What someone added to the team reads in their private chat with the bot names the command as
// typed there: on Teams `status` alone works in a 1:1 chat, where nobody can be mentioned.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('team news in a private chat, on %s', (platform) => {
  story(platform, 'someone added is told to type status as they type it in that chat', async (s) => {
    const { anna } = await startSmallTeam(s);
    const eva = s.person('eva');
    await s.d.commandNaming(anna, 'team toevoegen', [eva]);
    await s.d.settle();
    s.expectToldPrivately(eva, s.said('teamNews.added', { name: s.name(anna) }, 'private'));
  });
});
