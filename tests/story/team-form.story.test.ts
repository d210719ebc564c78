// The team form, the same on both platforms: a changed team is news for the whole team (the
// team in the channel, without the controls to change it) and the coordinator hears what is
// next; a form sent without a change announces no save, and the coordinator hears nothing changed.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person, type Story } from './story.js';

/** anna starts a leerlijn with bram and opens the team form; what the channel got so far is seen. */
async function teamFormOpen(s: Story): Promise<{ anna: Person; bram: Person }> {
  const anna = s.coordinator('anna');
  const [, bram] = s.members(3) as [Person, Person];
  await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
  await s.command(anna, 'team');
  // Slack shows the team first; its button opens the form. Teams shows the coordinator the form at once.
  if (s.platform === 'slack') await s.press(anna, t('nl', 'team.title'));
  s.d.newInChannel();
  return { anna, bram };
}

describe.each(PLATFORMS)('the team form, on %s', (platform) => {
  story(platform, 'a changed team: the team sees it in the channel, the coordinator what is next', async (s) => {
    const { anna, bram } = await teamFormOpen(s);
    await s.fillTeam(anna, [{ person: bram, side: 'jongerenwerk', level: 'manager' }]);
    const posted = s.d.newInChannel();
    expect(posted).toContain(s.name(bram));
    expect(posted).toContain(t('nl', 'level.manager'));
    expect(posted).not.toContain(t('nl', 'team.title'));
    s.expectAnswered(anna, t('nl', 'guide.nextHeading'));
  });

  story(platform, 'a team form sent without a change: no save is announced, the coordinator hears nothing changed', async (s) => {
    const { anna, bram } = await teamFormOpen(s);
    await s.fillTeam(anna, []);
    const posted = s.d.newInChannel();
    expect(posted).not.toContain(s.name(bram));
    expect(posted).not.toContain(t('nl', 'guide.nextHeading'));
    s.expectAnswered(anna, t('nl', 'team.unchanged'));
    s.expectNotAnswered(anna, t('nl', 'guide.nextHeading'));
  });
});
