// A team change told to the person it is about, on both platforms: someone added hears they are
// on the team and how to see what is next, someone made coordinator what that means, someone
// taken off that they are off it (and that their open actions stay until handed over), someone
// who stops being coordinator but stays that they no longer are one. The
// coordinator who made the change is not told about their own change; the channel shows the team.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person } from './story.js';

describe.each(PLATFORMS)('team changes told personally, on %s', (platform) => {
  story(platform, 'who is added, made or no longer coordinator, or taken off hears it privately, the coordinator who did it not', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [Person, Person, Person];
    const hamza = s.outsider();
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    const byAnna = s.name(anna);

    await s.d.commandNaming(anna, 'team toevoegen', [hamza]);
    s.expectToldPrivately(hamza, `${byAnna} heeft je toegevoegd aan het team van deze leerlijn`, s.d.commandText('status', 'private'));
    s.expectNotToldPrivately(bram, 'heeft je toegevoegd');

    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: anna, side: 'school', level: 'manager' },
      { person: bram, side: 'jongerenwerk', level: 'manager', coordinator: true },
    ]);
    s.expectToldPrivately(bram, `${byAnna} heeft je coördinator gemaakt van deze leerlijn`, 'stemrondes', s.d.commandText('hulp', 'private'));
    s.expectNotToldPrivately(chen, 'coördinator gemaakt');

    // Bram stays on the team but is no coordinator any more: one line says so.
    await s.openTeamForm(anna);
    await s.fillTeam(anna, [
      { person: bram, side: 'jongerenwerk', level: 'manager', coordinator: false },
      { person: chen, side: 'school', level: 'uitvoerder', coordinator: true },
    ]);
    s.expectToldPrivately(bram, t('nl', 'teamNews.noLongerCoordinator', { name: byAnna }));

    await s.removeFromTeam(anna, chen);
    // Chen, a coordinator who votes like the rest of the team, hears she stops both.
    s.expectToldPrivately(chen, t('nl', 'teamNews.removedVotingCoordinator', { name: byAnna }));
    s.expectNotToldPrivately(chen, 'open acties');
    // Nothing about her own changes for anna.
    s.expectNotToldPrivately(anna, 'heeft je');
  });
});
