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
  await s.openTeamForm(anna);
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

  story(platform, 'a warning the change settled: the team as the channel shows it no longer says it', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram] = s.members(3) as [Person, Person];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    // Teams' start form gives everyone a level (so nobody is a manager), Slack's none (so three have none).
    const said = ['Er zit nog niemand op managementniveau', 'Nog geen niveau (uitvoerder of manager) bij 3 teamleden'];
    const warning = said.find((w) => s.d.channel().includes(w)) ?? `none of ${said.join(', ')}`;
    const times = (): number => s.d.channel().split(warning).length - 1;
    // The start says it (a post of that moment); then the team everyone reads says it too (Teams: in the channel).
    const saidAtStart = times();
    expect(saidAtStart).toBe(1);
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [{ person: bram, side: 'jongerenwerk', level: 'manager' }]);
    // The team card the coordinator changed it from shows everyone the team as it is now.
    expect(times()).toBe(saidAtStart);
  });
});
