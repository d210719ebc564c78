// A command with a word after it the bot does not know ("schedule nwe") is answered with the words
// as typed: in an English leerlijn the English command, not the Dutch name it has inside the bot.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a command with a word it does not know, on %s', (platform) => {
  story(platform, 'says back the command as typed, in English and in Dutch', async (s) => {
    const { anna } = await startSmallTeam(s, { lang: 'en' });
    // Each English one not said back by its Dutch name (the last answer alone is what expectNotAnswered reads).
    const dutch: Record<string, string> = { 'schedule nwe': 'planning nwe', 'evaluation finale': 'evaluatie finale' };
    for (const typed of ['schedule nwe', 'evaluation finale', 'scores finale', 'planning nwe', 'evaluatie eindd']) {
      await s.command(anna, typed);
      s.expectAnswered(anna, s.said('command.unknownArgs', { command: typed }));
      if (dutch[typed]) s.expectNotAnswered(anna, dutch[typed]);
    }
  });
});
