// A saved Evaluatielijst item, as the channel reads it: how far the wanted end state was reached
// is said once. Its heading also said the score ('Samenwerking · Voldoende ✓') above 'In hoeverre
// is de gewenste eindsituatie bereikt? Voldoende' (found living the Dutch leerlijn).
import { describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import { scoreText } from '../../src/i18n/phrases.js';
import { evaluationItemDoc, evaluationMenuDoc } from '../../src/views/plan.js';

const view: EvaluationView = {
  leerlijnId: 'l1', channelId: 'C1', lang: 'nl', moment: 'terugkom',
  items: [{ onderdeel: 'P1', gewensteEindsituatie: 'Elke maand overleg', bereikt: 3, toelichting: null, ondernomen: null, doneActions: [], openActions: [] }],
};

describe('a saved Evaluatielijst item', () => {
  it('shows the bereikt score once, after its question', () => {
    const score = scoreText('nl', 3);
    for (const m of [slackMarkup, teamsMarkup([])]) {
      for (const doc of [evaluationItemDoc(m, view, 'P1'), evaluationMenuDoc(m, view, true)]) {
        const said = JSON.stringify(doc);
        expect(said).toContain(`In hoeverre is de gewenste eindsituatie bereikt? ${score}`);
        expect(said.split(score).length - 1).toBe(1);
      }
    }
  });
});
