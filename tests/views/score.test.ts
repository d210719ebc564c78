// A score card's question, as both platforms draw it: in week 1 a new collaboration is asked
// what could be realised; in week 17 every team is asked what was realised (the eindevaluatie).
import { describe, expect, it } from 'vitest';
import type { ScoreCardView } from '../../src/app/views.js';
import { renderCard } from '../../src/adapters/slack/render/cards.js';
import { scoreCard } from '../../src/adapters/teams/cards/score.js';

const card = (moment: ScoreCardView['moment']): ScoreCardView => ({
  roundId: '00000000-0000-4000-8000-000000000001', leerlijnId: '00000000-0000-4000-8000-000000000002', moment, kind: 'nieuw', lang: 'nl',
  onderdeel: 'P1', status: 'open', votedCount: 0, memberCount: 3, closed: null,
});

describe('the question on a new collaboration’s score card', () => {
  it.each([
    ['week1', 'In hoeverre te realiseren?', 'In hoeverre gerealiseerd?'],
    ['week17', 'In hoeverre gerealiseerd?', 'In hoeverre te realiseren?'],
  ] as const)('in %s asks "%s"', (moment, asked, notAsked) => {
    for (const drawn of [JSON.stringify(renderCard(card(moment))), JSON.stringify(scoreCard(card(moment)))]) {
      expect(drawn).toContain(asked);
      expect(drawn).not.toContain(notAsked);
    }
  });
});
