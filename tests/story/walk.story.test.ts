// The bot leads: after `start` nobody types a command. The coordinator follows the next step
// the bot offers after each step, and the button in the message at each meeting's start; the
// team votes on the cards. Time moves from meeting to meeting, and the scheduler makes its
// pass then, as the running bot's ticker would. The walk ends at the comparison.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { ACTIEPLAN, EINDEVALUATIE, NEW_EVALUATION_INVITE, SIGNALERING, TERUGKOM, WEEK1, WEEK17 } from './walk-timeline.js';

describe.each(PLATFORMS)('following the bot, on %s', (platform) => {
  story(platform, 'a coordinator walks from the start to the comparison by the buttons the bot offers', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram, chen] = team as [typeof anna, typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: team });
    const button = (code: string): string => s.button(code);
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'), button('set_team_sides'));

    // Step 1: the team's sides and levels, then the signalering.
    await s.press(anna, button('set_team_sides'));
    // Slack shows the team first; its button opens the form. Teams shows the form at once.
    if (s.platform === 'slack') await s.press(anna, t('nl', 'team.title'));
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager' },
      { person: bram, side: 'jongerenwerk', level: 'uitvoerder' },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    // Week 17 falls on Whit Monday: the bot says so, and offers the nearest working days.
    s.expectAnswered(anna, button('plan_meetings'));
    await s.press(anna, button('plan_meetings'));
    s.expectAnswered(anna, 'maandag 25 mei 2026, Tweede pinksterdag', 'vrijdag 22 mei 2026', 'dinsdag 26 mei 2026');
    await s.press(anna, t('nl', 'guide.holiday.moveTo', { date: 'di 26 mei' }));
    s.expectAnswered(anna, button('assign_roles'));

    await s.timePasses(SIGNALERING);
    s.expectChannelShows(button('open_round'));
    await s.press(bram, button('open_round'), 'channel');
    s.expectAnswered(bram, 'Dit mag alleen de coördinator');
    s.expectChannelHides('0 van 3 gestemd');
    await s.press(anna, button('open_round'), 'channel');
    s.expectChannelShows('0 van 3 gestemd');
    await s.voteMatrix(team, WEEK1);
    await s.press(anna, button('close_round'), 'channel');
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
    await s.agreeAll(anna);
    s.expectResult({ total: 12, fase: 'opstart' });
    // The team gets what it filled in: the instrument as a PDF, once per result. A score changed after brings the current one
    // on Slack, the outdated files deleted (changed-result-documents story); Teams' link always opens the current one.
    await s.expectNewChannelDocuments(/signalering-week-1\.pdf$/);
    await s.agree(anna, 'P1', 2);
    s.expectResult({ total: 13, fase: 'opstart' });
    if (platform === 'slack') await s.expectNewChannelDocuments(/signalering-week-1\.pdf$/);
    else await s.expectNewChannelDocuments();

    // Step 2: the actieplan, from the button in the message at its meeting's start.
    await s.timePasses(ACTIEPLAN);
    await s.press(anna, button('fill_actieplan'), 'channel');
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Elke maand samen de stand opmaken',
      actions: [{ description: 'Maandoverleg plannen', owner: bram, due: '2026-03-13' }],
    }, true);
    s.expectToldPrivately(bram, 'Maandoverleg plannen');

    // Step 3: the interim evaluation.
    await s.timePasses(TERUGKOM);
    // The actieplan meeting has long ended: the team got its plan as a PDF then.
    await s.expectNewChannelDocuments(/actieplan\.pdf$/);
    await s.press(anna, button('fill_terugkom'), 'channel');
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2, toelichting: 'Half gelukt' }, true);
    s.expectChannelShows('Tussenevaluatie', 'Half gelukt');

    // Step 4: the final evaluation opens the week-17 round; then the comparison.
    await s.timePasses(EINDEVALUATIE);
    await s.expectNewChannelDocuments(/evaluatie-terugkom\.pdf$/);
    await s.press(anna, button('fill_eindevaluatie'), 'channel');
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'P1', bereikt: 3, toelichting: 'Gelukt' }, true);
    await s.voteMatrix(team, WEEK17);
    await s.press(anna, button('close_round'), 'channel');
    await s.agreeAll(anna);
    s.expectResult({ total: 29, fase: 'doorontwikkel' });
    await s.expectNewChannelDocuments(/signalering-week-17\.pdf$/);
    s.expectAnswered(anna, button('compare'));

    await s.press(anna, button('compare'));
    s.expectChannelShows('Vergelijking week 1 en week 17', 'Totaal: van 13 naar 29');
    await s.expectNewChannelDocuments(/vergelijking\.pdf$/);
    // The end of the leerlijn: the bot offers a new evaluation meeting, if the team wants one.
    s.expectAnswered(anna, t('nl', 'guide.next.coordinator.plan_new_evaluation'));
    // It runs on (actions, a new evaluation): nobody reads that it ended beside a status saying it runs.
    for (const person of [anna, chen]) {
      await s.command(person, 'status');
      s.expectAnswered(person, t('nl', 'status.active'));
      s.expectNotAnswered(person, 'leerlijn is afgerond', 'leerlijn is rond');
    }

    // A fifth, optional meeting: the button opens the planning form with that meeting chosen.
    await s.press(anna, button('plan_new_evaluation'));
    await s.fillMeetingDate(anna, '2026-09-14', '15:30');
    s.expectChannelShows('Na de leerlijn · Nieuwe evaluatiebijeenkomst', 'ma 14 sep 2026, 15.30 uur');
    // Before it, the coordinator's next step: bram's action is past its date.
    s.expectAnswered(anna, button('follow_up_actions'));
    // It gets its own invitation, with its programme, a week before (09.00 Amsterdam time).
    await s.timePasses(NEW_EVALUATION_INVITE);
    s.expectChannelShows('Uitnodiging: de nieuwe evaluatiebijeenkomst', 'Terugblik op de vervolgstappen uit de eindevaluatie');
  }, 300_000);
});
