// A status set from a reminder about an action, told once for Slack and Teams: the reminder
// itself shows what changed, instead of the status and buttons it was sent with. The owner's DM
// with their actions, clicked, still reads as that DM (whose plan, what to do).
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'bezig pressed on a reminder: the reminder shows the action as bezig', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }],
    });
    // Three days before it is due, at nine, the owner is reminded.
    await s.timePasses('2026-02-27T08:05:00Z');
    s.expectToldPrivately(bram, 'Je actie moet klaar zijn op ma 2 mrt 2026');

    await s.setStatus(bram, 'Aanspreekpunt kiezen', 'bezig');
    s.expectClickedMessage(['Aanspreekpunt kiezen', t('nl', 'action.status.bezig')], [t('nl', 'action.status.open')]);
  });

  story(platform, 'bezig pressed on a reminder of one of two actions: it stays that reminder, not the owner’s list', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }, { description: 'Rooster maken', owner: bram, due: '2026-04-20' }],
    });
    await s.timePasses('2026-02-27T08:05:00Z');
    const reminder = 'Je actie moet klaar zijn op ma 2 mrt 2026';
    s.expectToldPrivately(bram, reminder);

    await s.setStatus(bram, 'Aanspreekpunt kiezen', 'bezig');
    const list = [t('nl', 'home.myActions'), t('nl', 'action.ownerIntro', { school: 'De Horizon · JoU' }), 'Rooster maken'];
    s.expectClickedMessage([reminder, 'Aanspreekpunt kiezen', t('nl', 'action.status.bezig')], [...list, t('nl', 'action.status.open')]);
  });
});

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'bezig pressed in the owner’s DM: it still says whose plan it is, and shows the new status', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    const actions = [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }, { description: 'Rooster maken', owner: bram, due: '2026-03-09' }];
    await s.addPlanItem(anna, { onderdeel: 'A2', watKanBeter: 'Geen', gewensteEindsituatie: 'Wel', actions });
    const intro = t('nl', 'action.ownerIntro', { school: 'De Horizon · JoU' });
    s.expectToldPrivately(bram, intro);
    await s.setStatus(bram, 'Aanspreekpunt kiezen', 'bezig');
    s.expectClickedMessage([intro, 'Rooster maken', t('nl', 'action.status.bezig')]);
  });
});

// Slack's overview is the App Home, published again after such a click (adapters/slack/plan-followup.test.ts);
// the story drivers do not reach it, so this one runs on Teams, whose overview is a card in the personal chat.
describe('on teams', () => {
  story('teams', 'bezig pressed in one’s overview: it is still the overview, with the new status', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.addPlanItem(anna, { onderdeel: 'A2', watKanBeter: 'Geen', gewensteEindsituatie: 'Wel', actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }] });
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('nl', 'home.heading'), 'Volgende bijeenkomst');
    // The button in the overview (after its 'Volgende bijeenkomst' line), not the one in the owner's DM.
    await s.d.pressShown(bram, { label: t('nl', 'action.button.bezig'), shownTo: { person: bram, in: 'private' }, after: 'Volgende bijeenkomst' }, 'private');
    s.expectClickedMessage([t('nl', 'home.heading'), 'Volgende bijeenkomst', t('nl', 'action.status.bezig')]);
  });
});
