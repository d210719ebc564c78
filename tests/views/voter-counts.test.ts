// How many voted, said with one voter as well as with several: a coordinator may close a round
// after one vote, and week 17 may have one voter (or one who voted both times).
import { beforeAll, describe, expect, it } from 'vitest';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { otherVotersText } from '../../src/i18n/compare-text.js';
import { roundClosedDoc } from '../../src/views/score.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

describe('one voter, in Dutch', () => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures('nl');
  }, 120_000);

  it('a round closed after one vote: "Er stemde 1", not "Er stemden 1"', () => {
    const said = JSON.stringify(toAdaptiveCard(roundClosedDoc(teamsMarkup([]), { ...f.closedRound, turnout: { voters: 1, members: 4 } })));
    expect(said).toContain('Er stemde 1 van de 4 teamleden');
  });

  it('a round closed before anyone voted does not speak of proposals from their votes', () => {
    const said = JSON.stringify(toAdaptiveCard(roundClosedDoc(teamsMarkup([]), { ...f.closedRound, turnout: { voters: 0, members: 4 } })));
    expect(said).not.toContain('Er stemden 0');
    expect(said).toContain('Niemand van de 4 teamleden heeft gestemd');
  });

  it('a team of one that did not vote: "het enige teamlid", never "de 1 teamleden"', () => {
    const said = JSON.stringify(toAdaptiveCard(roundClosedDoc(teamsMarkup([]), { ...f.closedRound, turnout: { voters: 0, members: 1 } })));
    expect(said).not.toContain('1 teamleden');
    expect(said).toContain('Het enige teamlid heeft niet gestemd');
  });

  it('the comparison with one voter: "1 persoon", "stemde", never "1 mensen"', () => {
    const said = otherVotersText('nl', { week1: 3, week17: 1, both: 1 }) ?? '';
    expect(said).not.toMatch(/\b1 mensen|1 van hen stemden/);
    expect(said).toContain('1 persoon');
  });
});

describe('one voter, in English', () => {
  it('a team of one that did not vote: never "the 1 team members"', async () => {
    const f = await buildViewFixtures('en');
    const said = JSON.stringify(toAdaptiveCard(roundClosedDoc(teamsMarkup([]), { ...f.closedRound, turnout: { voters: 0, members: 1 } })));
    expect(said).not.toContain('1 team members');
    expect(said).toContain('The only team member did not vote');
  }, 120_000);

  it('the comparison with one voter: never "1 people"', () => {
    const said = otherVotersText('en', { week1: 1, week17: 3, both: 1 }) ?? '';
    expect(said).not.toMatch(/\b1 people/);
    expect(said).toContain('1 person');
  });
});
