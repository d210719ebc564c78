// Only the coordinator exports a leerlijn's data. A member who types `export` in their personal
// chat with the bot hears that at once, and how to see what the bot keeps of them; they are not
// sent to the channel to be refused there. The coordinator is still sent to the channel.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('export typed in a personal chat, on %s', (platform) => {
  story(platform, 'a member hears only the coordinator exports, and where their own data is', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.commandPrivately(bram, 'export');
    s.expectNotAnswered(bram, 'Dat doe je in een kanaal van je team');
    s.expectAnswered(bram, 'Alleen de coördinator kan de gegevens van de leerlijn exporteren', s.d.commandText('mijn-gegevens', 'private'));
    await s.commandPrivately(anna, 'export');
    s.expectAnswered(anna, 'Dat doe je in een kanaal van je team');
  });

  story(platform, 'in English too', async (s) => {
    const { bram } = await startSmallTeam(s, { lang: 'en' });
    await s.commandPrivately(bram, 'export');
    s.expectNotAnswered(bram, 'You do that in a channel of your team');
    s.expectAnswered(bram, 'Only the coordinator can export the data of the leerlijn', s.d.commandText('my-data', 'private'));
  });
});
