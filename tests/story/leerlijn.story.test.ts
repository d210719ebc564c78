// The whole leerlijn as one story, told once and run in Slack and in Teams: start, votes,
// close, agreed scores, actieplan with owners, a status change, both evaluations, week 17
// and the comparison. Totals and fases below are worked out by hand from the matrices.
import { describe } from 'vitest';
import { PLATFORMS, story, type Matrix } from './story.js';

// Five voters: anna, bram, chen, dewi, eva. Proposed score = the median.
const WEEK1: Matrix = {
  P1: [1, 3, 2, 2, 2], // 2, bespreekpunt (a 1 and a 3)
  P2: [2, 2, 2, 2, 2], // 2
  A1: [3, 3, 2, 3, 3], // 3
  A2: [1, 1, 2, 1, 1], // 1
  A3: [2, 3, 3, 2, 2], // 2
  B1: [2, 2, 3, 3, 3], // 3
  B2: [1, 2, 1, 2, 1], // 1
  T1: [2, 2, 2, 3, 1], // 2, bespreekpunt
  T2: [3, 2, 2, 2, 2], // 2
  T3: [1, 1, 1, 2, 2], // 1
}; // proposals add up to 19; anna agrees P1 at 3 and T3 at 2 instead: 21, Opbouwfase (15–24)

const WEEK17: Matrix = {
  P1: [3, 3, 3, 3, 3], P2: [3, 3, 3, 3, 3], A1: [3, 3, 3, 3, 3], A2: [3, 3, 3, 2, 3], A3: [3, 3, 3, 3, 3],
  B1: [3, 3, 3, 3, 3], B2: [3, 3, 2, 3, 3], T1: [3, 3, 3, 3, 3], T2: [3, 3, 3, 3, 3], T3: [2, 2, 2, 2, 2],
}; // nine 3s and a 2: 29, Doorontwikkelfase (25–30)

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'a team of five runs the whole leerlijn, from the first scores to the comparison', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen, dewi] = s.members(5);
    const team = s.members(5);

    await s.start({ by: anna, school: 'Het Baken', members: team });
    s.expectChannelShows('Planning van de leerlijn', 'Signaleringsbijeenkomst');

    await s.openRound(anna);
    s.expectChannelShows('P1', 'Gelijkwaardige werkrelatie', '0 van 5 gestemd');
    await s.vote(bram!, 'P1', 3);
    s.expectAnswered(bram!, 'Je stem: 3');
    await s.voteMatrix(team, WEEK1);
    s.expectChannelShows('5 van 5 gestemd');
    s.expectChannelHides('Je stem');

    await s.close(anna);
    s.expectChannelShows('Verdeling: 1× 1 · 3× 2 · 1× 3', 'Bespreekpunt', 'Voorstel: 2');
    await s.agree(anna, 'P1', 3);
    await s.agree(anna, 'T3', 2);
    await s.agreeAll(anna);
    s.expectResult({ total: 21, fase: 'opbouw' });

    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Niemand weet wie het aanspreekpunt is', gewensteEindsituatie: 'Een vast aanspreekpunt per leerjaar',
      actions: [
        { description: 'Aanspreekpunt kiezen', owner: bram!, due: '2026-03-01' },
        { description: 'Telefoonlijst delen', owner: chen!, due: '2026-03-15' },
      ],
    });
    s.expectToldPrivately(bram!, 'Aanspreekpunt kiezen');
    s.expectNotToldPrivately(bram!, 'Telefoonlijst delen');
    s.expectToldPrivately(chen!, 'Telefoonlijst delen');
    s.expectNotToldPrivately(dewi!);
    s.expectNotToldPrivately(anna);

    await s.setStatus(bram!, 'Aanspreekpunt kiezen', 'klaar');
    s.expectToldPrivately(anna, `${s.name(bram!)} zette “Aanspreekpunt kiezen” op Klaar`);
    s.expectNotToldPrivately(chen!, 'op Klaar');
    s.expectNotToldPrivately(bram!, `${s.name(bram!)} zette`); // not about themselves in the third person

    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg' });
    s.expectChannelShows('Tussenevaluatie', 'Op weg');

    // Week 17 before its meeting's week: opened when the coordinator confirms it.
    await s.command(anna, 'scores eind nu');
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'A2', bereikt: 3, toelichting: 'Gelukt' });
    s.expectChannelShows('Eindevaluatie', 'Gelukt', '0 van 5 gestemd');
    await s.voteMatrix(team, WEEK17);
    await s.close(anna);
    await s.agreeAll(anna);
    s.expectResult({ total: 29, fase: 'doorontwikkel' });

    await s.compare(bram!);
    s.expectChannelShows('Vergelijking week 1 en week 17', 'Totaal: van 21 naar 29', 'Doorontwikkelfase');
  });
});
