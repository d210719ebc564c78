// Every answer ends in "Wat nu?" ("What now?" in English): a coordinator or member who types just
// that, in the channel or (Teams) in the personal chat, gets where the leerlijn stands and their
// own next step, not "Dat commando ken ik niet" ("I don't know that command").
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('typing "wat nu", on %s', (platform) => {
  story(platform, 'the coordinator and a member each get their own next step', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.command(anna, 'wat nu');
    s.expectNotAnswered(anna, 'Dat commando ken ik niet');
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'), s.button('set_team_sides'));
    await s.command(bram, 'wat nu?');
    s.expectNotAnswered(bram, 'Dat commando ken ik niet');
    s.expectAnswered(bram, t('nl', 'guide.nextHeading'), 'Je hoeft nu niets te doen');
    await s.command(anna, 'help');
    s.expectAnswered(anna, s.commandText('wat nu'));
  });

  story(platform, 'in an English leerlijn, "what now" is understood too, and its help says so', async (s) => {
    const { anna, bram } = await startSmallTeam(s, { lang: 'en' });
    await s.command(anna, 'what now');
    s.expectNotAnswered(anna, 'I don’t know that command');
    s.expectAnswered(anna, t('en', 'guide.nextHeading'), s.button('set_team_sides'));
    await s.command(bram, 'What now?');
    s.expectNotAnswered(bram, 'I don’t know that command');
    s.expectAnswered(bram, t('en', 'guide.nextHeading'), 'Nothing to do right now');
    await s.command(anna, 'help');
    s.expectAnswered(anna, s.commandText('what now'));
    s.expectNotAnswered(anna, s.commandText('wat nu'));
  });
});
