// A messy leerlijn from start to week 17, as its people live it: the coordinator moves week 3 into
// the voorjaarsvakantie and back, and week 9 to week 10 after its invitation went out; a youth
// worker with two actions leaves after week 3 and a new teacher joins; the coordinator hands over
// before week 17; half the team does not vote in week 17 and the round is closed anyway; week 17
// is compared with a week 1 scored by other people. Each person reads what concerns them.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { otherVotersText } from '../../src/i18n/compare-text.js';
import { EINDEVALUATIE_BEGUN } from '../support/fixtures.js';
import { PLATFORMS, story, type Matrix, type Person } from './story.js';
import { sendMoveForm } from './small-team.js';

const WEEK1: Matrix = {
  P1: [1, 1, 1, 2, 1, 1], P2: [1, 2, 1, 1, 2, 1], A1: [1, 1, 1, 1, 1, 1], A2: [2, 1, 1, 2, 1, 1], A3: [1, 1, 1, 1, 1, 1],
  B1: [1, 1, 3, 1, 1, 1], B2: [1, 1, 1, 1, 1, 1], T1: [3, 2, 1, 2, 2, 2], T2: [1, 1, 2, 1, 1, 1], T3: [2, 2, 2, 2, 2, 2],
};
// Chen, dewi and the new teacher gijs; anna, eva and fatima do not vote.
const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [2, 3, 3], A1: [2, 2, 3], A2: [3, 3, 3], A3: [2, 2, 2],
  B1: [2, 3, 2], B2: [1, 2, 1], T1: [2, 2, 2], T2: [3, 2, 2], T3: [2, 2, 2],
};

describe.each(PLATFORMS)('a messy leerlijn, on %s', (platform) => {
  story(platform, 'moves, a leaver, a newcomer, a handover and half a round still read right to everyone', async (s) => {
    const [anna, bram, chen, dewi, eva, fatima, gijs] = ['anna', 'bram', 'chen', 'dewi', 'eva', 'fatima', 'gijs'].map((k) => s.person(k)) as [Person, Person, Person, Person, Person, Person, Person];
    const team = [anna, bram, chen, dewi, eva, fatima];
    await s.start({ by: anna, school: 'De Horizon', members: team, region: 'noord' });
    await s.timePasses('2026-02-02T14:31:00Z');
    await s.openRound(anna);
    await s.voteMatrix(team, WEEK1);
    await s.close(anna);
    await s.agreeAll(anna);

    // Week 3 into the holiday, then back: only the date it has now is reminded of.
    await s.timePasses('2026-02-03T09:00:00Z');
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-23', time: '15:30' });
    s.expectNewInChannel('Week 4 (in de leerlijn: week 3)', 'in de voorjaarsvakantie van regio Noord');
    await s.timePasses('2026-02-10T09:00:00Z');
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-18', time: '15:30' });
    s.expectNewInChannel(`${s.name(anna)} heeft de actieplanbijeenkomst verplaatst: van ma 23 feb 2026, 15.30 uur naar wo 18 feb 2026, 15.30 uur.`);
    await s.timePasses('2026-02-11T08:01:00Z');
    s.expectNewInChannel('Uitnodiging: de actieplanbijeenkomst, woensdag 18 februari 2026');
    await s.timePasses('2026-02-16T08:01:00Z');
    expect(s.d.newInChannel(), platform).not.toContain('actieplanbijeenkomst');
    await s.timePasses('2026-02-18T14:31:00Z');
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Elke maand samen de stand opmaken',
      actions: [
        { description: 'Maandoverleg plannen', owner: bram, due: '2026-03-13' },
        { description: 'Spreekuur jongerenwerk', owner: bram, due: '2026-03-20' },
      ],
    });

    // Bram leaves with two open actions; gijs joins; dewi gets bram's actions, and reads who gave them.
    await s.timePasses('2026-02-19T10:00:00Z');
    await s.removeFromTeam(anna, bram);
    s.expectToldPrivately(bram, t('nl', 'teamNews.actionsStay', { count: 2 }));
    await s.d.commandNaming(anna, 'team add', [gijs]);
    await s.d.settle();
    s.expectToldPrivately(gijs, `${s.name(anna)} heeft je toegevoegd aan het team van deze leerlijn`);
    await s.d.commandNaming(anna, 'acties overdragen', [dewi]);
    await s.d.settle();
    s.expectToldPrivately(dewi, `${s.name(anna)} heeft deze acties van iemand anders aan jou overgedragen`, 'Maandoverleg plannen', 'Spreekuur jongerenwerk');

    // Week 9 to week 10, after its invitation: told, and the old date stays quiet.
    await s.timePasses('2026-03-23T08:01:00Z');
    await s.timePasses('2026-03-24T09:00:00Z');
    await sendMoveForm(s, anna, { kind: 'terugkom', date: '2026-04-09', time: '15:30' });
    s.expectNewInChannel(`${s.name(anna)} heeft de terugkombijeenkomst verplaatst: van ma 30 mrt 2026, 15.30 uur naar do 9 apr 2026, 15.30 uur.`, 'Week 10 (in de leerlijn: week 9)');
    await s.timePasses('2026-03-27T08:01:00Z');
    expect(s.d.newInChannel(), platform).not.toContain('terugkombijeenkomst');
    await s.timePasses('2026-04-02T07:01:00Z');
    s.expectNewInChannel('Uitnodiging: de terugkombijeenkomst, donderdag 9 april 2026');

    // Anna hands over to dewi: the team reads it; the digest goes to dewi now.
    await s.timePasses('2026-05-04T09:00:00Z');
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager', coordinator: false }, { person: chen, side: 'school', level: 'uitvoerder' },
      { person: dewi, side: 'jongerenwerk', level: 'manager', coordinator: true }, { person: eva, side: 'school', level: 'uitvoerder' },
      { person: fatima, side: 'school', level: 'uitvoerder' }, { person: gijs, side: 'school', level: 'uitvoerder' },
    ]);
    s.expectNewInChannel(t('nl', 'team.nowCoordinator', { names: s.name(dewi) }), t('nl', 'team.noLongerCoordinator', { names: s.name(anna) }));
    const annaDigests = s.timesToldPrivately(anna, 'Weekoverzicht');
    await s.timePasses('2026-05-11T07:01:00Z');
    s.expectToldPrivately(dewi, 'Weekoverzicht');
    expect(s.timesToldPrivately(anna, 'Weekoverzicht'), platform).toBe(annaDigests);

    // Week 17: gijs is counted; half the team votes; anna can no longer close; dewi closes anyway.
    await s.timePasses(EINDEVALUATIE_BEGUN.toISOString());
    await s.command(dewi, 'scores eind');
    s.expectChannelShows(t('nl', 'card.votedCount', { count: 0, total: 6 }));
    await s.voteMatrix([chen, dewi, gijs], WEEK17);
    await s.close(anna);
    s.expectAnswered(anna, t('nl', 'refusal.coordinatorIs', { coordinators: s.name(dewi) }));
    await s.close(dewi);
    s.expectChannelShows(t('nl', 'round.votersFew', { voters: 3, members: 6 }));
    await s.agreeAll(dewi);
    await s.compare(dewi);
    s.expectChannelShows(otherVotersText('nl', { week1: 6, week17: 3, both: 2 })!);
  }, 300_000);
});
