// "Alles overnemen" when one onderdeel has no proposal (nobody voted on it): the coordinator
// hears what is left to do on both platforms, and the one agree that completes the round
// brings the result and the next step.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';

// Nobody votes on T3, so it has no proposal to take over.
const VOTES: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2],
}; // proposals: 1,1,1,1,1,1,1,2,1 = 10, and T3 still open

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'agreeing to all proposals with one onderdeel left tells the coordinator what is left', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram, chen] = team;
    // A start whose four meetings all fall on working days, so no holiday comes first.
    await s.start({ by: anna, school: 'De Horizon', members: team, startDate: '2026-01-19' });
    // With the team's sides known, what is next after the agreement is the agreement itself.
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager' },
      { person: bram!, side: 'jongerenwerk', level: 'uitvoerder' },
      { person: chen!, side: 'school', level: 'uitvoerder' },
    ]);
    await s.openRound(anna);
    await s.voteMatrix(team, VOTES);
    await s.close(anna);

    await s.agreeAll(anna);
    s.expectChannelHides('Totaalscore');
    s.expectAnswered(anna, 'nog 1 onderdeel te gaan', 'per onderdeel een score');
    // T3 has no proposal: "agree all" would take nothing over, so it is no longer offered.
    s.expectChannelHides(t('nl', 'card.button.agreeAll'));

    await s.agree(anna, 'T3', 2);
    s.expectResult({ total: 12, fase: 'opstart' });
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
    s.expectChannelHides(t('nl', 'card.button.agreeAll'));
  });
});
