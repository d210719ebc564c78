// One score round told once for Slack and Teams: who may do what, what each person is told,
// and what the channel shows (counts while open, never who voted what).
import { describe } from 'vitest';
import { PLATFORMS, story, type Matrix } from './story.js';

// Three voters: anna, bram, chen. Median of three.
const VOTES: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
}; // proposals: 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase (10–14)

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'a small team scores week 1: refusals go to the one who tried, the result to everyone', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3);
    const team = s.members(3);
    const hamza = s.outsider();
    await s.start({ by: anna, school: 'De Horizon', members: team });

    await s.command(chen!, 'hulp');
    s.expectAnswered(chen!, 'begeleid ik jullie team door de leerlijn', s.commandText('scores'));
    await s.command(bram!, 'verwijder');
    s.expectAnswered(bram!, 'Dit mag alleen de coördinator');

    await s.command(bram!, 'scores');
    s.expectAnswered(bram!, 'Dit mag alleen de coördinator');
    s.expectChannelHides('0 van 3 gestemd');
    await s.openRound(anna);
    s.expectChannelShows('0 van 3 gestemd');

    await s.vote(hamza, 'P1', 3);
    s.expectAnswered(hamza, 'Alleen teamleden', s.commandText('team'));
    await s.vote(chen!, 'P1', 3);
    s.expectAnswered(chen!, 'Je stem: 3');
    await s.voteMatrix(team, VOTES); // chen changes P1 from 3 to 1
    s.expectChannelShows('3 van 3 gestemd');
    s.expectChannelHides('Je stem');

    await s.command(bram!, 'sluit');
    s.expectAnswered(bram!, 'Dit mag alleen de coördinator');
    await s.close(anna);
    s.expectChannelShows('Verdeling: 3× 1 · 0× 2 · 0× 3', 'Verdeling: 1× 1 · 1× 2 · 1× 3', 'Bespreekpunt');
    await s.voteOnStaleCard(chen!, 'A1', 2);
    // The vote never counted: not "niet meer meegeteld", as if it once did.
    s.expectAnswered(chen!, 'De stemronde is gesloten; je stem is niet meegeteld.');
    await s.openRound(anna);
    // Closed: not "use the cards" (they take no votes), but what is next.
    s.expectAnswered(anna, 'De stemronde voor Signalering (week 1) is al gesloten', 'Wat nu?');
    s.expectChannelHides('0 van 3 gestemd');

    await s.agreeAll(bram!);
    s.expectAnswered(bram!, 'Dit mag alleen de coördinator');
    s.expectChannelHides('Totaalscore');
    await s.agreeAll(anna);
    s.expectResult({ total: 12, fase: 'opstart' });

    await s.compare(anna);
    s.expectAnswered(anna, 'Vergelijken kan pas als alle tien onderdelen een afgesproken score hebben');
  });
});
