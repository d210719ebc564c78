// After the start the coordinator's next step asks only for what the team still lacks. The start
// form asks everyone's side and who manages, so a team usually lacks only a manager; the next step
// said "who is from the school and who from youth work, and who works hands-on or as a manager"
// all the same (found on the English and Dutch walks). Both levels belong at every meeting
// (leerlijn.md, "Who"): the next step asks to mark who manages.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

const WORDS = {
  nl: { heading: 'Wat nu?', command: 'wat nu', managers: 'Geef bij het team aan wie manager is.', sides: 'wie van school en wie van het jongerenwerk' },
  en: { heading: 'What now?', command: 'what now', managers: 'Mark who on the team is a manager.', sides: 'who is from the school and who from youth work' },
} as const;

describe.each(PLATFORMS)('the next step after the start, on %s', (platform) => {
  for (const lang of ['nl', 'en'] as const) {
    const w = WORDS[lang];
    story(platform, `everyone has a side, nobody manages: asks only who manages (${lang})`, async (s) => {
      const { anna, bram } = await startSmallTeam(s, { lang });
      await s.command(anna, w.command);
      s.expectAnswered(anna, w.heading, w.managers);
      s.expectNotAnswered(anna, w.sides, 'hands-on');
      // With a manager marked, the team is complete: the next step is something else.
      // As openTeamForm does, with the button in the leerlijn's language.
      await s.command(anna, 'team');
      if (platform === 'slack') await s.press(anna, t(lang, 'team.title'));
      await s.fillTeam(anna, [{ person: bram, side: 'jongerenwerk', level: 'manager' }]);
      await s.command(anna, w.command);
      expect(s.d.lastAnswer(anna), platform).not.toContain(w.managers);
    });
  }
});
