// A notulist taken out of the team, the same on both platforms: the coordinator hears that the
// meeting has no notulist now and where to pick one, and the planning shows nobody in the role
// (not "someone no longer on the team"); the invuller who stays keeps theirs. The channel gets
// the team as it is now.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person } from './story.js';

describe.each(PLATFORMS)('a notulist taken out of the team, on %s', (platform) => {
  story(platform, 'the coordinator is told to pick a new notulist, and the planning shows nobody in the role', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [Person, Person, Person];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.command(anna, 'planning');
    // Slack opens the roles form from the planning's button; Teams shows it in the planning.
    if (s.platform === 'slack') await s.press(anna, t('nl', 'timeline.button.roles'));
    await s.fillRoles(anna, 'signalering', bram, chen);

    s.d.newInChannel();
    await s.removeFromTeam(anna, bram);
    // The team as it is now is news for everyone, in the channel, as after the team form.
    const posted = s.d.newInChannel();
    expect(posted).toContain(t('nl', 'team.heading'));
    expect(posted).toContain(s.name(chen));
    const warning = s.said('team.roleCleared.notulist', { name: s.name(bram), meeting: t('nl', 'meeting.inline.signalering') });
    s.expectAnswered(anna, t('nl', 'team.removed', { name: s.name(bram) }), warning);
    s.expectNotAnswered(anna, 'invuller van');

    await s.command(anna, 'planning');
    s.expectAnswered(anna, t('nl', 'timeline.nobody'), s.name(chen));
    s.expectNotAnswered(anna, s.name(bram), t('nl', 'team.formerMember'));
  });
});
