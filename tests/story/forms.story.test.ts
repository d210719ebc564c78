// What a saved form brings, the same on both platforms: a new leerlijn or a change to its
// planning is news for the whole team (the planning in the channel, without the controls to
// change it) and the coordinator hears what is next; a saved onderdeel of the actieplan goes to
// the channel as itself, not the whole plan again.
import { describe, expect } from 'vitest';
import { t, tField } from '../../src/i18n/index.js';
import { EINDEVALUATIE_BEGUN } from '../support/fixtures.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('what a saved form brings, on %s', (platform) => {
  story(platform, 'a new leerlijn: the team sees who started it and the planning, without the controls to change it', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    const posted = s.d.newInChannel();
    expect(posted).toContain('De Horizon');
    expect(posted).toContain(t('nl', 'timeline.heading'));
    expect(posted).not.toContain(t('nl', 'timeline.button.move'));
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
  });

  story(platform, 'a moved meeting: the team sees the new planning in the channel, the coordinator what is next', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    // The new evaluation meeting is planned from the eindevaluatie on (Monday 25 May 2026, 15.30).
    await s.timePasses(EINDEVALUATIE_BEGUN.toISOString());
    await s.command(anna, 'planning nieuw');
    s.d.newInChannel();
    await s.fillMeetingDate(anna, '2026-09-14', '15:30');
    const posted = s.d.newInChannel();
    expect(posted).toContain('Na de leerlijn · Nieuwe evaluatiebijeenkomst');
    expect(posted).toContain('ma 14 sep 2026, 15.30 uur');
    // Everyone sees this planning: the controls to change it are the coordinator's own, in `planning`.
    expect(posted).not.toContain(t('nl', 'timeline.button.move'));
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
  });

  story(platform, 'saved roles: the team sees who takes the notes, the coordinator what is next', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [typeof anna, typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.command(anna, 'planning');
    // Slack opens the roles form from the planning's button; Teams shows it in the planning.
    if (s.platform === 'slack') await s.press(anna, t('nl', 'timeline.button.roles'));
    s.d.newInChannel();
    await s.fillRoles(anna, 'signalering', bram, chen);
    const posted = s.d.newInChannel();
    expect(posted).toContain(s.name(bram));
    expect(posted).not.toContain(t('nl', 'timeline.button.roles'));
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
  });

  story(platform, 'a saved onderdeel of the actieplan goes to the channel as itself, not the whole plan again', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram] = s.members(3) as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    const action = { description: 'Maandoverleg plannen', owner: bram, due: '2026-03-13' };
    await s.addPlanItem(anna, { onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Samen de stand opmaken', actions: [action] });
    await s.command(anna, 'actieplan');
    s.d.newInChannel();
    const second = { description: 'Vast overlegmoment kiezen', owner: anna, due: '2026-03-20' };
    await s.addPlanItem(anna, { onderdeel: 'A1', watKanBeter: 'Te weinig tijd voor overleg', gewensteEindsituatie: 'Een vast uur per week', actions: [second] }, true);
    const posted = s.d.newInChannel();
    expect(posted).toContain('Te weinig tijd voor overleg');
    expect(posted).not.toContain('We weten niet wat de ander doet');
  });

  story(platform, 'a team member shares the whole actieplan in the channel with one button', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram] = s.members(3) as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.addPlanItem(anna, { onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Samen de stand opmaken', actions: [{ description: 'Maandoverleg plannen', owner: bram, due: '2026-03-13' }] });
    await s.addPlanItem(anna, { onderdeel: 'A1', watKanBeter: 'Te weinig tijd voor overleg', gewensteEindsituatie: 'Een vast uur per week', actions: [{ description: 'Vast overlegmoment kiezen', owner: anna, due: '2026-03-20' }] });
    await s.command(bram, 'actieplan');
    s.d.newInChannel();
    await s.press(bram, t('nl', 'plan.button.post'));
    s.expectNewInChannel(t('nl', 'plan.heading'), 'We weten niet wat de ander doet', 'Maandoverleg plannen', 'Te weinig tijd voor overleg', 'Vast overlegmoment kiezen');
  });

  story(platform, 'a refused due date shows beside the date of the row it was typed in, also below an empty row', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram] = s.members(3) as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    s.d.newInChannel();
    // The first row left empty: the use case's first action is the form's second row.
    const late = { description: 'Terugblik plannen', owner: bram, due: '2026-01-10', row: 1 };
    await s.addPlanItem(anna, { onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Samen de stand opmaken', actions: [late] });
    expect(s.d.formProblems(anna)).toEqual({ 'actions.1.dueDate': tField('nl', { message: 'date_past' }) });
  });
});
