// An onderdeel nobody voted on in a closed round: its card, the outcome in the channel and the filled PDF say so in the
// same words, and not "yet": once the round is closed no vote comes any more.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import type { Lang } from '../../src/domain/instrument.js';
import { instrumentPdf } from '../../src/documents/pdf/index.js';
import { t } from '../../src/i18n/index.js';
import { instrumentDoc } from '../../src/views/results.js';
import { scoreCardDoc } from '../../src/views/score.js';
import { pdfText } from '../documents/pdf-text.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

const YET = { nl: /nog geen stemmen/i, en: /no votes yet/i };

describe.each(['nl', 'en'] as const)('an onderdeel without votes in a closed round, in %s', (lang: Lang) => {
  let round: RoundView;
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
    const unvoted = { count: 0, distribution: { 1: 0, 2: 0, 3: 0 }, proposed: null, bespreekpunt: false };
    round = { ...f.completeRound, cards: f.completeRound.cards.map((c) => (c.onderdeel === 'T3' && c.closed ? { ...c, closed: { ...c.closed, tally: unvoted } } : c)) };
  }, 120_000);

  it('is said without "yet" on its card, in the outcome and in the PDF, the same way', async () => {
    const card = round.cards.find((c) => c.onderdeel === 'T3')!;
    const said = [
      JSON.stringify(scoreCardDoc(slackMarkup, card, { max: 10, chars: 300 })),
      JSON.stringify(instrumentDoc(slackMarkup, round, 'De Horizon')),
      (await pdfText(await instrumentPdf(f.leerlijn, round))).text,
    ];
    for (const text of said) {
      expect(text).not.toMatch(YET[lang]);
      expect(text).toContain(t(lang, 'card.noVotes'));
    }
  });
});
