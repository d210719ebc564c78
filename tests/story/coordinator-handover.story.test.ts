// The coordinator hands over to another team member in the team form. The channel, where the rest
// of the team reads it, says in words who is coordinator now and who no longer is (not only a
// moved "coördinator" mark in the team list); the old coordinator can no longer close a round, and
// hears whom to ask.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the coordinator hands over, on %s', (platform) => {
  story(platform, 'the channel reads who is coordinator now and who no longer is', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s);
    await s.openRound(anna);
    s.d.newInChannel();
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager', coordinator: false },
      { person: bram, side: 'jongerenwerk', level: 'manager', coordinator: true },
      { person: chen, side: 'school', level: 'uitvoerder' },
    ]);
    s.expectNewInChannel(
      t('nl', 'team.nowCoordinator', { names: s.name(bram) }),
      t('nl', 'team.noLongerCoordinator', { names: s.name(anna) }),
    );
    s.expectToldPrivately(bram, t('nl', 'teamNews.coordinator', { name: s.name(anna) }).split('`')[0]!);

    // Anna, on the team still, hears whom to ask now: not "the coordinator", which she was until now.
    await s.close(anna);
    s.expectAnswered(anna, `${t('nl', 'error.not_coordinator')} ${t('nl', 'refusal.coordinatorIs', { coordinators: s.name(bram) })}`);
    await s.close(bram);
    s.expectChannelShows(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
  });
});
