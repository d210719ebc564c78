// An actieplan item as the channel reads it: each label is set off from what the team typed.
// 'Desired end situation (within 3 months) Every month we review together' ran the label into
// the answer, in bold or not (found living the leerlijn in English; Dutch alike).
import { describe, expect, it } from 'vitest';
import type { ActionPlanView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import { planDoc, planItemDoc, planMenuDoc } from '../../src/views/plan.js';

const plan = (lang: 'nl' | 'en'): ActionPlanView => ({
  leerlijnId: 'l1', channelId: 'C1', lang, suggestedOrder: ['P1'], week1Scores: { P1: 1 },
  items: [{ onderdeel: 'P1', watKanBeter: 'Samen plannen', gewensteEindsituatie: 'Elke maand overleg', actions: [] }],
});
/** What a reader sees: the text without its markup. */
const plain = (doc: unknown): string => JSON.stringify(doc).replace(/\*\*|\*/g, '');

describe('an actieplan item in the channel', () => {
  it.each([
    ['en', 'Desired end situation (within 3 months): Elke maand overleg', 'What could be better? Samen plannen'],
    ['nl', 'Gewenste eindsituatie (binnen 3 maanden): Elke maand overleg', 'Wat kan beter? Samen plannen'],
  ] as const)('in %s, a colon between the desired end situation and what was typed', (lang, desired, better) => {
    for (const m of [slackMarkup, teamsMarkup([])]) {
      for (const doc of [planItemDoc(m, plan(lang), 'P1'), planDoc(m, plan(lang)), planMenuDoc(m, plan(lang), true)]) {
        expect(plain(doc)).toContain(desired);
        expect(plain(doc)).toContain(better);
      }
    }
  });
});
