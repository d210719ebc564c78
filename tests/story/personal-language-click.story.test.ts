// A personal chat's answer keeps its language after a click in it: the list of one's own actions
// asked for as `my-actions` stays English when a status is set in it, and one's overview stays in
// the language it was shown in, also for someone on leerlijnen of both languages. Teams only: its
// lists are cards in the personal chat that a click redraws (Slack's are ephemeral or the App Home).
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { story } from './story.js';
import { startSmallTeam } from './small-team.js';

const ITEM = { onderdeel: 'A2', watKanBeter: 'Geen', gewensteEindsituatie: 'Wel' } as const;

describe('a click in a personal chat, on teams', () => {
  story('teams', 'bezig pressed in the list asked for as my-actions: the list stays English', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.addPlanItem(anna, { ...ITEM, actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }] });
    await s.commandPrivately(bram, 'my-actions');
    s.expectAnswered(bram, t('en', 'home.myActions'));
    await s.d.pressShown(bram, { label: t('en', 'action.button.bezig'), shownTo: { person: bram, in: 'private' }, after: t('en', 'home.myActions') }, 'private');
    s.expectClickedMessage(['You set “Aanspreekpunt kiezen”', t('en', 'home.myActions'), t('en', 'action.status.bezig')], ['Je zette', t('nl', 'home.myActions')]);
  });

  story('teams', 'bezig pressed in one’s overview, on leerlijnen of both languages: the overview stays in the language it was shown in', async (s) => {
    const { anna, bram } = await startSmallTeam(s, { lang: 'en' });
    await s.d.startElsewhere(bram, 'De Ander');
    await s.addPlanItem(anna, { ...ITEM, actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }] });
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('nl', 'home.heading'));
    await s.d.pressShown(bram, { label: t('nl', 'action.button.bezig'), shownTo: { person: bram, in: 'private' }, after: t('nl', 'home.heading') }, 'private');
    s.expectClickedMessage([t('nl', 'home.heading'), 'Aanspreekpunt kiezen', t('nl', 'action.status.bezig')], [t('en', 'home.heading')]);
  });
});
