import { describe, it, expect } from 'vitest';
import { adaptiveCardProblems } from './adaptive-cards.js';

function scoreCard(body: unknown[] = []): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Onderdeel 1: Visie', wrap: true, style: 'heading' },
      { type: 'Input.Text', id: 'toelichting', label: 'Toelichting', isMultiline: true },
      {
        type: 'Input.ChoiceSet',
        id: 'score',
        label: 'Score',
        isRequired: true,
        errorMessage: 'Kies een score',
        choices: [1, 2, 3, 4].map((n) => ({ title: String(n), value: String(n) })),
      },
      { type: 'Input.Date', id: 'datum', label: 'Datum' },
      ...body,
    ],
    actions: [
      { type: 'Action.Execute', title: 'Stem', verb: 'vote', data: { round: 'r1' } },
      { type: 'Action.Submit', title: 'Opslaan', data: { kind: 'save' } },
    ],
  };
}

describe('adaptiveCardProblems', () => {
  it('accepts a 1.5 card with inputs, Action.Execute and Action.Submit', () => {
    expect(adaptiveCardProblems(scoreCard())).toEqual([]);
  });

  it('reports an element type Teams cannot render', () => {
    const problems = adaptiveCardProblems(scoreCard([{ type: 'Input.Slider', id: 'x' }]));
    expect(problems).toEqual([expect.stringContaining('Unknown element type "Input.Slider"')]);
  });

  it('reports an unknown action type', () => {
    const card = { ...scoreCard(), actions: [{ type: 'Action.Vote', title: 'x' }] };
    expect(adaptiveCardProblems(card)).toEqual([expect.stringContaining('UnknownActionType')]);
  });

  it('reports two inputs with the same id, which would overwrite each other', () => {
    const problems = adaptiveCardProblems(scoreCard([{ type: 'Input.Text', id: 'score', label: 'Nog een' }]));
    expect(problems).toEqual([expect.stringMatching(/DuplicateId.*"score"/)]);
  });

  it('rejects version 1.6 and a missing version', () => {
    expect(adaptiveCardProblems({ ...scoreCard(), version: '1.6' })).toEqual([expect.stringContaining('version must be "1.5"')]);
    const { version: _omitted, ...withoutVersion } = scoreCard();
    expect(adaptiveCardProblems(withoutVersion)).toEqual([expect.stringContaining('version must be "1.5"')]);
  });

  it('reports a property that only exists in 1.6', () => {
    const problems = adaptiveCardProblems(scoreCard([{ type: 'Input.Text', id: 'n', label: 'N', labelPosition: 'inline' }]));
    expect(problems).toEqual([expect.stringContaining('labelPosition')]);
  });

  it('reports a missing $schema and a wrong type', () => {
    const { $schema: _omitted, ...rest } = scoreCard();
    const problems = adaptiveCardProblems({ ...rest, type: 'HeroCard' });
    expect(problems).toContain('$schema is missing');
    expect(problems.some((p) => p.includes('type must be "AdaptiveCard"'))).toBe(true);
  });

  it('reports a card over 80 KB', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ type: 'TextBlock', text: `${i} ${'x'.repeat(400)}`, wrap: true }));
    const problems = adaptiveCardProblems(scoreCard(rows));
    expect(problems).toEqual([expect.stringMatching(/^card is \d+ bytes, Teams allows under 81920$/)]);
  });

  it('reports a required input without a label, which screen readers cannot name', () => {
    const problems = adaptiveCardProblems(scoreCard([{ type: 'Input.Text', id: 'naam', isRequired: true, errorMessage: 'Vul in' }]));
    expect(problems).toEqual([expect.stringContaining('RequiredInputsShouldHaveLabel')]);
  });

  it('accepts Teams’ typeahead (choices.data, a Data.Query with a dataset) on a 1.5 ChoiceSet, and reports one without its dataset', () => {
    const picker = (query: unknown) => scoreCard([{ type: 'Input.ChoiceSet', id: 'who', label: 'Wie', style: 'filtered', choices: [{ title: 'Anna', value: 'a' }], 'choices.data': query }]);
    expect(adaptiveCardProblems(picker({ type: 'Data.Query', dataset: 'team:1' }))).toEqual([]);
    expect(adaptiveCardProblems(picker({ type: 'Data.Query' }))).toEqual([expect.stringContaining('choices.data must be a Data.Query with a dataset')]);
  });

  it('refuses something that is not an object', () => {
    expect(adaptiveCardProblems('card')).toEqual(['card is not a JSON object']);
  });

  it('accepts a Teams chart only with a fallback, and checks that fallback as the card other hosts show', () => {
    const chart = { type: 'Chart.VerticalBar.Grouped', data: [] };
    const card = (element: unknown) => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [element] });
    expect(adaptiveCardProblems(card(chart))).toContain('Chart.VerticalBar.Grouped has no fallback for hosts without charts');
    expect(adaptiveCardProblems(card({ ...chart, fallback: { type: 'TextBlock', text: 'week 1: 21, week 17: 29' } }))).toEqual([]);
    expect(adaptiveCardProblems(card({ ...chart, fallback: { type: 'NoSuchThing' } })).join()).toContain('NoSuchThing');
  });
});
