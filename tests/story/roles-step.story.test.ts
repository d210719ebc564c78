// "Rollen kiezen", the coordinator's next step once the meetings are planned, on both platforms:
// it opens the roles form of the meeting it names, not the whole planning first; whoever else
// presses it is refused, as for the roles form itself.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person } from './story.js';

describe.each(PLATFORMS)('choosing the roles from the next step, on %s', (platform) => {
  story(platform, 'Rollen kiezen opens the roles form for the signalering, and only for the coordinator', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [Person, Person, Person];
    // A start whose four meetings fall on working days: the next step after the team is the roles.
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3), startDate: '2026-02-16' });
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager' },
      { person: bram, side: 'jongerenwerk', level: 'uitvoerder' },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    s.expectAnswered(anna, s.button('assign_roles'));

    await s.press(anna, s.button('assign_roles'));
    s.expectAnswered(anna, t('nl', 'meeting.signalering'), t('nl', 'timeline.notulist'));
    s.expectNotAnswered(anna, t('nl', 'timeline.heading'), t('nl', 'meeting.actieplan'));
    // The form is there at once: no second button to press.
    await s.fillRoles(anna, 'signalering', bram, chen);
    await s.command(anna, 'planning');
    s.expectAnswered(anna, s.name(bram), s.name(chen));

    // The button runs the words it carries, as typed: anyone but the coordinator is refused them.
    await s.command(bram, 'planning rollen signalering');
    s.expectAnswered(bram, 'Dit mag alleen de coördinator');
  });
});
