// The coordinator's next step when the team lacks a whole side, or several things at once: it says
// what each gap asks (nobody from the school: invite someone and add them; nobody manages: mark
// who does) and which command changes the team, as that platform writes it. Before, a team of youth
// workers only was asked to "record who is from the school and who from youth work", which every
// one of them already had, and no step said where the team is changed.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person, type Story } from './story.js';
import { startSmallTeam } from './small-team.js';

const WORDS = {
  nl: {
    command: 'wat nu',
    noSchool: 'Er zit nog niemand van de school in het team: nodig iemand van de school uit in het kanaal en voeg die toe aan het team.',
    noYouthWork: 'Er zit nog niemand van het jongerenwerk in het team: nodig een jongerenwerker uit in het kanaal en voeg die toe aan het team.',
    managers: 'Geef bij het team aan wie manager is.',
    how: { slack: 'Het team pas je aan met `/leerlijn team`.', teams: 'Het team pas je aan met @Leerlijn team.' },
    markSides: 'wie van school en wie van het jongerenwerk',
  },
  en: {
    command: 'what now',
    noSchool: 'Nobody on the team is from the school yet: invite someone from the school to the channel and add them to the team.',
    noYouthWork: 'Nobody on the team is from youth work yet: invite a youth worker to the channel and add them to the team.',
    managers: 'Mark who on the team is a manager.',
    how: { slack: 'You change the team with `/leerlijn team`.', teams: 'You change the team with @Leerlijn team.' },
    markSides: 'who is from the school and who from youth work',
  },
} as const;

/** Anna, in the team form, puts all three on one side, at these levels. */
async function allOnOneSide(s: Story, anna: Person, team: readonly Person[], side: 'school' | 'jongerenwerk', levels: ReadonlyArray<'uitvoerder' | 'manager'>, lang: 'nl' | 'en'): Promise<void> {
  await s.command(anna, 'team');
  if (s.platform === 'slack') await s.press(anna, t(lang, 'team.title'));
  await s.fillTeam(anna, team.map((person, i) => ({ person, side, level: levels[i]! })));
}

describe.each(PLATFORMS)('the next step for a team without a side, on %s', (platform) => {
  for (const lang of ['nl', 'en'] as const) {
    const w = WORDS[lang];
    story(platform, `nobody from the school: invite and add someone, with the command that changes the team (${lang})`, async (s) => {
      const { anna, team } = await startSmallTeam(s, { lang });
      await allOnOneSide(s, anna, team, 'jongerenwerk', ['manager', 'uitvoerder', 'uitvoerder'], lang);
      await s.command(anna, w.command);
      s.expectAnswered(anna, w.noSchool, w.how[platform]);
      s.expectNotAnswered(anna, w.markSides, w.managers);
    });

    story(platform, `nobody from youth work and nobody manages: both said, each with what to do (${lang})`, async (s) => {
      const { anna, team } = await startSmallTeam(s, { lang });
      await allOnOneSide(s, anna, team, 'school', ['uitvoerder', 'uitvoerder', 'uitvoerder'], lang);
      await s.command(anna, w.command);
      s.expectAnswered(anna, w.noYouthWork, w.managers, w.how[platform]);
      expect(s.d.lastAnswer(anna), platform).not.toContain(w.markSides);
    });
  }
});
