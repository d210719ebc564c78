// Someone with open actions leaves the team: the bot stops reminding them (they are off the
// team), the coordinator hears how many actions they leave and how to give them a new owner,
// the Monday digest marks the actions as having nobody on the team, and `acties overdragen`
// gives them to a member, who gets the usual message about their actions.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('an owner leaves the team, on %s', (platform) => {
  story(platform, 'their open actions stop reminding them and the coordinator gives them to someone else', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [
        { description: 'Kennismaken', owner: bram, due: '2026-03-02' },
        { description: 'Rooster delen', owner: bram, due: '2026-03-02' },
        { description: 'Lijst maken', owner: bram, due: '2026-03-02' },
      ],
    });
    await s.setStatus(bram, 'Lijst maken', 'klaar');

    await s.removeFromTeam(anna, bram);
    s.expectAnswered(anna, t('nl', 'owners.leftMany', { name: s.name(bram), count: 2 }).split('`')[0]!, s.commandText('acties overdragen'));
    // Bram hears it himself, and that his two open actions stay his until they are handed over.
    s.expectToldPrivately(bram, `${s.name(anna)} heeft je uit het team van deze leerlijn gehaald`, t('nl', 'teamNews.actionsStay', { count: 2 }));

    // Due day, then the Monday after: no reminder for bram, and anna's digest says he has left.
    await s.timePasses('2026-03-02T08:30:00Z');
    await s.timePasses('2026-03-09T08:30:00Z');
    s.expectNotToldPrivately(bram, 'Vandaag is de datum van je actie', 'had klaar moeten zijn');
    // Who it was and that he left, on both platforms: Teams too, though it cannot mention him.
    const left = `${s.name(bram)} (${t('nl', 'owners.notInTeam')})`;
    s.expectToldPrivately(anna, 'Weekoverzicht', `Kennismaken — ${left}`);
    await s.command(anna, 'acties');
    s.expectAnswered(anna, `Rooster delen — ${left}`);
    // The actieplan and the Evaluatielijst name his open actions the same way, not as if he were still on the team.
    for (const command of ['actieplan', 'evaluatie terugkom']) {
      await s.command(anna, command);
      s.expectAnswered(anna, `Rooster delen — ${left}`);
    }

    // Not the coordinator: refused. Someone off the team cannot get them.
    await s.d.commandNaming(chen, 'acties overdragen', [bram, chen]);
    s.expectAnswered(chen, `${t('nl', 'error.not_coordinator')} ${t('nl', 'refusal.coordinatorIs', { coordinators: s.name(anna) })}`);
    await s.d.commandNaming(anna, 'acties overdragen', [bram, s.outsider()]);
    s.expectAnswered(anna, t('nl', 'owners.toNotInTeam', { to: s.name(s.outsider()) }).split('`')[0]!);
    s.expectNotToldPrivately(s.outsider());

    await s.d.commandNaming(anna, 'acties overdragen', [bram, chen]);
    await s.d.settle();
    s.expectAnswered(anna, t('nl', 'owners.handedOverMany', { from: s.name(bram), to: s.name(chen), count: 2 }));
    s.expectToldPrivately(chen, 'Kennismaken', 'Rooster delen');
    s.expectNotToldPrivately(chen, 'Lijst maken');
    await s.setStatus(chen, 'Kennismaken', 'klaar');
    s.expectToldPrivately(anna, `${s.name(chen)} zette “Kennismaken” op Klaar`);

    await s.d.commandNaming(anna, 'acties overdragen', [bram, chen]);
    s.expectAnswered(anna, t('nl', 'owners.noneOpen', { from: s.name(bram) }));
    await s.command(anna, 'help');
    s.expectAnswered(anna, s.commandText('acties overdragen'));
    // Naming one person twice moves nothing: how to type it.
    await s.d.commandNaming(anna, 'acties overdragen', [chen, chen]);
    s.expectAnswered(anna, t('nl', 'owners.usage').split('`')[0]!, s.commandText('acties overdragen'));
  });

  // Taken off the team because the account was disabled: nobody can mention them any more.
  story(platform, 'naming only the new owner gives them the open actions of whoever left', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [
        { description: 'Kennismaken', owner: bram, due: '2026-03-02' },
        { description: 'Rooster delen', owner: anna, due: '2026-03-02' },
      ],
    });
    await s.d.commandNaming(anna, 'acties overdragen', [chen]);
    s.expectAnswered(anna, t('nl', 'owners.noneOpenLeft'));
    await s.removeFromTeam(anna, bram);
    // Naming only whose actions they were is not read as giving them to that person.
    await s.d.commandNaming(anna, 'acties overdragen', [bram]);
    s.expectAnswered(anna, t('nl', 'owners.usage').split('`')[0]!, s.commandText('acties overdragen'));
    await s.d.commandNaming(anna, 'acties overdragen', [chen]);
    await s.d.settle();
    s.expectAnswered(anna, t('nl', 'owners.handedOverOneLeft', { to: s.name(chen) }));
    s.expectToldPrivately(chen, 'Kennismaken');
    s.expectNotToldPrivately(chen, 'Rooster delen');
  });

  story(platform, 'a member who does not own an action hears only its owner can update it', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-02' }],
    });
    await s.d.pressShown(chen, { label: t('nl', 'action.button.klaar'), after: 'Kennismaken', shownTo: { person: bram, in: 'private' } }, 'private');
    await s.d.settle();
    s.expectAnswered(chen, 'Alleen de eigenaar kan hem bijwerken');
    s.expectNotAnswered(chen, 'of de coördinator kan hem bijwerken');
  });
});
