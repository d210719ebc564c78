// `evaluatie` on its own shows the interim Evaluatielijst, also in week 17; the final one takes a word
// (`evaluatie eind`, `evaluation final`). The help said nothing of it, so nobody could find the final
// list but through the meeting's button: it names the word as the `scores` line names week 17's.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('the help on the final evaluation list, on %s', (platform) => {
  story(platform, 'names its word in English, and the word the help names opens the final list', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'help');
    const named = s.commandText('evaluation final');
    expect(s.d.lastAnswer(anna), platform).toContain(named);
    await s.command(anna, named.replace(/^(\/leerlijn|@Leerlijn) /, ''));
    s.expectAnswered(anna, t('en', 'evaluation.heading', { moment: t('en', 'evaluation.moment.eind') }));
  });

  story(platform, 'names its word in Dutch', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.command(anna, 'help');
    expect(s.d.lastAnswer(anna), platform).toContain(s.commandText('evaluatie eind'));
  });
});
