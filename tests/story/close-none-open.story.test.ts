// `sluit` with no open voting round says what opens the next one, fitting the phase: `scores` only
// while `scores` would open week 1; after week 1, week 17's round and when (its meeting's date),
// `scores eind` once that would open it; after both, that both are done. The tester was sent to
// `scores` after week 1, which only answered that week 1 was closed. With week 1 closed but not all
// of its scores agreed, what holds week 17 back is that agreement: it says so, not "week 17 is next".
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { SMALL_TEAM_WEEK1, smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

// The fixture's eindevaluatie: Monday 25 May 2026, 15.30; its invitation week from the 18th.
const INVITATION_WEEK = '2026-05-18T14:00:00Z';

describe.each(PLATFORMS)('`sluit` with no open voting round, on %s', (platform) => {
  story(platform, 'before week 1: points to `scores`', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'sluit');
    s.expectAnswered(anna, 'Er is geen open stemronde om te sluiten', s.commandText('scores'));
  });

  story(platform, 'after week 1: names week 17 and its meeting’s date, then `scores eind` once it would open', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    await s.command(anna, 'sluit');
    s.expectAnswered(anna, 'Er is geen open stemronde om te sluiten', 'week 17', 'maandag 25 mei 2026', s.commandText('status'));
    s.expectNotAnswered(anna, s.commandText('scores'));
    await s.timePasses(INVITATION_WEEK);
    await s.command(anna, 'sluit');
    s.expectAnswered(anna, 'week 17', s.commandText('scores eind'));
  });

  story(platform, 'week 1 closed but not all agreed: says to agree its remaining scores first, not that week 17 is next', async (s) => {
    const { anna, team } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);
    await s.agree(anna, 'P1', 1);
    await s.command(anna, 'sluit');
    s.expectAnswered(anna, 'Er is geen open stemronde om te sluiten', 'Bij 9 van de 10 onderdelen van week 1', 'in de stemronde van week 1 in het kanaal', `“${t('nl', 'card.button.agreeAll')}”`);
    s.expectNotAnswered(anna, 'De volgende is de stemronde voor week 17', s.commandText('scores eind'));
  });

  story(platform, 'week 1 closed with onderdelen nobody voted on left: says to choose their scores, not to take over proposals', async (s) => {
    const { anna, team } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.voteMatrix(team, { P1: SMALL_TEAM_WEEK1.P1! });
    await s.close(anna);
    await s.agree(anna, 'P1', 1);
    await s.command(anna, 'sluit');
    s.expectAnswered(anna, 'Er is geen open stemronde om te sluiten', 'Bij 9 van de 10 onderdelen van week 1', 'kies die eerst per onderdeel');
    s.expectNotAnswered(anna, `“${t('nl', 'card.button.agreeAll')}”`);
  });

  story(platform, 'after both rounds, in English: says both are done, no `scores`', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'scores final now');
    await s.close(anna);
    await s.command(anna, 'close');
    s.expectAnswered(anna, 'There is no open voting round to close', 'week 1 and week 17', s.commandText('status'));
    s.expectNotAnswered(anna, s.commandText('scores'));
  });
});
