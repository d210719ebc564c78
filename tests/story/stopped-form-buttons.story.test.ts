// A form's button still on screen after the leerlijn stopped (the actieplan's "Invullen" the
// coordinator was shown before the stop): refused when pressed, before anything is typed, as its
// save would be; not a form that is refused only once it was filled in.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a form button pressed after the stop, on %s', (platform) => {
  story(platform, 'the actieplan’s "Invullen" opens no form and says the leerlijn stopped', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'actieplan');
    const fill = { label: t('nl', 'evaluation.button.fill'), after: 'P1 · Gelijkwaardige werkrelatie', shownTo: { person: anna, in: 'answer' as const } };
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    await s.d.pressShown(anna, fill, 'channel');
    await s.d.settle();
    s.expectAnswered(anna, s.said('error.leerlijn_not_active', { leerlijn: 'De Horizon · JoU' }));
    expect(s.d.lastAnswer(anna), platform).not.toContain(t('nl', 'plan.gewensteEindsituatie'));
  });
});
