// The Teams round card follows its round. While the team votes it reads as the round (the
// instrument's name and week, as Slack's round header), not as a result of ten empty scores;
// once its leerlijn stopped, it warns of nothing left to agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { roundOutcomeCard, roundResultCard } from '../../../src/adapters/teams/cards/score.js';
import { teamsMarkup } from '../../../src/adapters/teams/cards/doc.js';
import { roundDoc, roundHeaderDoc } from '../../../src/views/results.js';
import { countText } from '../../../src/i18n/counts.js';
import { onderdeelTitle } from '../../../src/i18n/phrases.js';
import { t, type Lang } from '../../../src/i18n/index.js';
import { buildViewFixtures, type ViewFixtures } from '../../support/view-fixtures.js';
import { cardText } from './harness.js';

describe.each(['nl', 'en'] as const)('the Teams round card while the round is open (%s)', (lang: Lang) => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);

  it('is headed as the round, without a result heading or a dash per onderdeel', () => {
    const said = cardText(roundResultCard(f.openRound));
    expect(said).toContain(t(lang, 'card.header', { moment: t(lang, `moment.short.${f.openRound.moment}`) }));
    expect(said).not.toContain(t(lang, 'result.heading'));
    expect(said).not.toContain(`${onderdeelTitle(lang, 'P1')}: –`);
  });

  it('once closed names what is still to agree, but not after its leerlijn stopped (nothing can be agreed then)', () => {
    const missing = t(lang, 'result.missing', { onderdelen: countText(lang, 'onderdeel', f.closedRound.missing.length) });
    expect(f.closedRound.missing.length).toBeGreaterThan(0);
    expect(cardText(roundResultCard(f.closedRound))).toContain(missing);
    const stopped = cardText(roundResultCard({ ...f.closedRound, stopped: true }));
    expect(stopped).not.toContain(missing);
    expect(stopped).toContain(t(lang, 'round.stopped'));
  });

  it('becomes the result once closed, still headed as the round', () => {
    const said = cardText(roundResultCard(f.closedRound));
    expect(said).toContain(t(lang, 'card.instrument', { moment: t(lang, `moment.short.${f.closedRound.moment}`) }));
    expect(said).toContain(t(lang, 'result.missing', { onderdelen: countText(lang, 'onderdeel', f.closedRound.missing.length) }));
    expect(said).toContain(onderdeelTitle(lang, 'P1'));
  });

  it('is headed as Slack heads the round, in every state: once all ten are agreed not as the outcome it points to below', () => {
    const m = teamsMarkup([]);
    for (const round of [f.openRound, f.closedRound, f.completeRound, { ...f.closedRound, stopped: true }]) {
      expect(roundDoc(m, round).blocks[0]).toEqual(roundHeaderDoc(m, round).blocks[0]);
    }
    const agreed = cardText(roundResultCard(f.completeRound));
    expect(agreed).toContain(t(lang, 'card.instrument', { moment: t(lang, `moment.short.${f.completeRound.moment}`) }));
    const outcomeHeading = `${t(lang, 'result.heading')}: ${t(lang, `moment.${f.completeRound.moment}`)}`;
    expect(cardText(roundOutcomeCard(f.completeRound))).toContain(outcomeHeading);
    // The head stays while the channel moves on: it names the outcome by its heading, not "at the bottom".
    expect(agreed).toContain(`“${outcomeHeading}”`);
    expect(agreed.split(outcomeHeading)).toHaveLength(2);
  });

  it('`scores` once all ten are agreed names the outcome by its heading too', () => {
    const moment = t(lang, `moment.${f.completeRound.moment}`);
    const heading = `${t(lang, 'result.heading')}: ${moment}`;
    expect(t(lang, 'round.closedAgreed', { moment, heading })).toContain(`“${heading}”`);
  });

  it('once all ten are agreed says so with the total, and leaves the instrument and chart to the outcome below', () => {
    const { result, moment } = f.completeRound;
    const total = t(lang, 'result.total', { total: result!.total, fase: t(lang, `fase.${result!.fase}`) });
    const said = cardText(roundResultCard(f.completeRound));
    const heading = `${t(lang, 'result.heading')}: ${t(lang, `moment.${moment}`)}`;
    expect(said).toContain(t(lang, 'round.agreed', { moment: t(lang, `moment.${moment}`), total, heading }));
    expect(said).not.toContain(onderdeelTitle(lang, 'P1'));
    const outcome = cardText(roundOutcomeCard(f.completeRound));
    expect([outcome.includes(total), outcome.includes(onderdeelTitle(lang, 'P1'))]).toEqual([true, true]);
  });
});
