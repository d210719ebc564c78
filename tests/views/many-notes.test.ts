// A big team writes many notes on one onderdeel (each member may add one, up to 500 characters).
// The closed score card and the round's overview show as many as their platform holds and say
// how many more there are and where they all are; a Slack card that held them all was over
// Block Kit's 50 blocks, so Slack refused to redraw it.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCard, renderInstrument } from '../../src/adapters/slack/render/cards.js';
import { roundOutcomeCard, scoreCard } from '../../src/adapters/teams/cards/score.js';
import type { RoundView, ScoreCardView } from '../../src/app/views.js';
import { blockKitViolations } from '../support/blockkit-limits.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

/** 500 characters, the most a note holds; its `&` and `<` grow when escaped for Slack. */
const longNote = (i: number): string => `Notitie ${i}: ${'school & jongerenwerk <samen> & ouders & wijk; '.repeat(12)}`.slice(0, 500);

function withNotes(card: ScoreCardView, n: number): ScoreCardView {
  return { ...card, closed: { ...card.closed!, notes: Array.from({ length: n }, (_, i) => longNote(i)) } };
}

describe('200 notes on one onderdeel', () => {
  it('Slack: the closed card stays within 50 blocks and says how many notes it leaves out, and where they are', () => {
    const card = withNotes(f.closedCard, 200);
    const slack = renderCard(card);
    expect(blockKitViolations(slack, 'message')).toEqual([]);
    const said = JSON.stringify(slack.blocks);
    const shown = card.closed!.notes.filter((n) => said.includes(n.slice(0, 12))).length;
    expect(shown).toBeGreaterThan(0);
    expect(said).toContain(`En nog ${200 - shown} notities`);
    expect(said).toContain('/leerlijn export');
  });

  it('Teams: the closed card says how many notes it leaves out', () => {
    const card = withNotes(f.closedCard, 200);
    const teams = scoreCard(card);
    expect(adaptiveCardProblems(teams)).toEqual([]);
    const said = JSON.stringify(teams);
    const shown = card.closed!.notes.filter((n) => said.includes(n.slice(0, 12))).length;
    expect(said).toContain(`En nog ${200 - shown} notities`);
  });

  it('the round’s overview (Slack’s instrument, Teams’ outcome card) says how many notes per onderdeel it leaves out', () => {
    const round: RoundView = { ...f.completeRound, cards: f.completeRound.cards.map((c) => (c.onderdeel === 'P1' ? withNotes(c, 30) : c)) };
    const slack = JSON.stringify(renderInstrument(round, f.leerlijn.schoolName).blocks);
    const teams = JSON.stringify(roundOutcomeCard(round));
    for (const said of [slack, teams]) expect(said).toContain('En nog 20 notities');
  });
});
