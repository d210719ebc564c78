// `team add` or `team remove` typed without naming anyone: the coordinator is shown how to type
// the command they typed, with the people named, in the leerlijn's language.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

const CASES = [
  { lang: 'en', add: 'team add', remove: 'team remove' },
  { lang: 'nl', add: 'team toevoegen', remove: 'team verwijder' },
] as const;

describe.each(PLATFORMS)('team changes typed without names, on %s', (platform) => {
  for (const { lang, add, remove } of CASES) {
    story(platform, `in ${lang}: the example shows the command typed, add or remove`, async (s) => {
      const { anna } = await startSmallTeam(s, { lang });
      await s.command(anna, add);
      s.expectAnswered(anna, s.commandText(`${add} @`));
      await s.command(anna, remove);
      s.expectAnswered(anna, s.commandText(`${remove} @`));
      s.expectNotAnswered(anna, s.commandText(`${add} @`));
    });
  }
});
