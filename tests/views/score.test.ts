// A score card's question, as both platforms draw it: in week 1 a new collaboration is asked
// what could be realised; in week 17 every team is asked what was realised (the eindevaluatie).
// Whoever types a note is told, on both platforms, to keep it short and free of pupils' names.
import { describe, expect, it } from 'vitest';
import type { ScoreCardView } from '../../src/app/views.js';
import { renderCard } from '../../src/adapters/slack/render/cards.js';
import { scoreCard } from '../../src/adapters/teams/cards/score.js';
import { practiceQuestion, SCALE } from '../../src/domain/instrument.js';
import { tallyVotes } from '../../src/domain/tally.js';
import { t } from '../../src/i18n/index.js';

const card = (moment: ScoreCardView['moment']): ScoreCardView => ({
  roundId: '00000000-0000-4000-8000-000000000001', leerlijnId: '00000000-0000-4000-8000-000000000002', moment, kind: 'nieuw', lang: 'nl',
  onderdeel: 'P1', status: 'open', stopped: false, votedCount: 0, memberCount: 3, closed: null,
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

describe('the header of a score card', () => {
  it('names the Signaleringsinstrument in both rounds: week 17 is the eindevaluatie, not a signalering', () => {
    for (const moment of ['week1', 'week17'] as const) {
      const week = moment === 'week1' ? 'week 1' : 'week 17';
      for (const drawn of [JSON.stringify(renderCard(card(moment))), JSON.stringify(scoreCard(card(moment)))]) {
        expect(drawn).toContain(`Signaleringsinstrument ${week}`);
      }
    }
  });

  it('names the instrument in English too: "Assessment" alone is the week-1 meeting, not what week 17 fills in', () => {
    for (const moment of ['week1', 'week17'] as const) {
      const english: ScoreCardView = { ...card(moment), lang: 'en' };
      for (const drawn of [JSON.stringify(renderCard(english)), JSON.stringify(scoreCard(english))]) {
        expect(drawn).toContain(`Assessment instrument ${moment === 'week1' ? 'week 1' : 'week 17'}`);
      }
    }
  });
});

describe('the header once the cards take no votes', () => {
  it.each(['nl', 'en'] as const)('in %s names the instrument and week without asking to vote, on a closed card and a stopped one', (lang) => {
    const closed: ScoreCardView = { ...card('week1'), lang, status: 'closed', closed: { tally: tallyVotes([2, 2, 2]), agreed: null, agreedDiffers: false, notes: [] } };
    const stopped: ScoreCardView = { ...card('week1'), lang, stopped: true };
    const ask = t(lang, 'card.header', { moment: t(lang, 'moment.short.week1') });
    expect(JSON.stringify(scoreCard({ ...card('week1'), lang }))).toContain(ask);
    for (const view of [closed, stopped]) {
      for (const drawn of [JSON.stringify(renderCard(view)), JSON.stringify(scoreCard(view))]) {
        expect(drawn).not.toContain(ask);
        expect(drawn).toContain(t(lang, 'card.instrument', { moment: t(lang, 'moment.short.week1') }));
      }
    }
  });
});

describe('a closed card whose agreed score differs from the proposal', () => {
  it.each(['nl', 'en'] as const)('in %s says the proposal and the agreed score once each', (lang) => {
    const closed: ScoreCardView = { ...card('week1'), lang, status: 'closed', closed: { tally: tallyVotes([1, 1, 1]), agreed: 2, agreedDiffers: true, notes: [] } };
    for (const drawn of [JSON.stringify(renderCard(closed)), JSON.stringify(scoreCard(closed))]) {
      // 'Voorstel: 1 – niet of nauwelijks' and 'Afgesproken: 2 – enigszins', without '(afgesproken 2, voorstel was 1)' after it.
      expect(drawn).toContain(t(lang, 'card.proposed', { score: 1, label: SCALE[1][lang] }));
      expect(drawn).toContain(t(lang, 'card.agreed', { score: 2, label: SCALE[2][lang] }));
      expect(drawn).not.toContain(t(lang, 'card.agreedDiffers', { agreed: 2, proposed: 1 }));
    }
  });
});

describe('a closed card once its score is agreed', () => {
  it.each(['nl', 'en'] as const)('in %s says the coordinator can still change the agreed score, not that it is still to be agreed', (lang) => {
    const agreed: ScoreCardView = { ...card('week1'), lang, status: 'closed', closed: { tally: tallyVotes([2, 2, 3]), agreed: 2, agreedDiffers: false, notes: [] } };
    const notYet: ScoreCardView = { ...agreed, closed: { ...agreed.closed!, agreed: null } };
    for (const draw of [(v: ScoreCardView) => JSON.stringify(renderCard(v)), (v: ScoreCardView) => JSON.stringify(scoreCard(v))]) {
      expect(draw(agreed)).toContain(t(lang, 'card.agreedNotice'));
      expect(draw(agreed)).not.toContain(t(lang, 'card.closedNotice'));
      expect(draw(notYet)).toContain(t(lang, 'card.closedNotice'));
      expect(draw(notYet)).not.toContain(t(lang, 'card.agreedNotice'));
    }
  });
});

type Node = { type?: string; id?: string; text?: string; placeholder?: string };

/** The elements that sit beside the note input (the array holding it), wherever in the card it is. */
function besideNote(node: unknown): Node[] | undefined {
  if (Array.isArray(node)) {
    if (node.some((n: Node) => n?.type === 'Input.Text' && n.id === 'note')) return node as Node[];
    for (const inner of node) {
      const found = besideNote(inner);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  for (const inner of Object.values(node)) {
    const found = besideNote(inner);
    if (found) return found;
  }
  return undefined;
}

describe('the note field on a Teams score card', () => {
  it.each([
    ['nl', 'nieuw', 'week1'],
    ['en', 'bestaand', 'week17'],
  ] as const)('(%s) asks the practice question and says, right under it, to keep notes short and free of pupils', (lang, kind, moment) => {
    const drawn = scoreCard({ ...card(moment), kind, lang });
    const around = besideNote(drawn.body) ?? [];
    const at = around.findIndex((n) => n.type === 'Input.Text' && n.id === 'note');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(around[at]?.placeholder).toBe(practiceQuestion(kind, moment, lang));
    expect(around[at + 1]?.text).toBe(t(lang, 'card.notePrivacy'));
  });
});
