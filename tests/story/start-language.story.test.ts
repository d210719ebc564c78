// A leerlijn started in English speaks English in its channel from then on, on both platforms:
// also the line a Teams channel keeps of the start form (whose it was, then that it was filled
// in), which was drawn before the start chose the language.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('an English start, on %s', (platform) => {
  story(platform, 'leaves no Dutch line of the start form in the channel', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'Het Baken', members: s.members(3), lang: 'en' });
    await s.d.settle();
    const channel = s.d.channel();
    // Only Teams keeps a line of the form in the channel (Slack's is a modal).
    // Its title in bold, as Teams writes bold: not between the single stars Slack writes it with.
    if (platform === 'teams') expect(channel).toContain(`${t('en', 'start.title')}: ${s.name(anna)} filled in this form.`);
    expect(channel, platform).not.toContain(`*${t('en', 'start.title')}*`);
    for (const dutch of ['heeft dit formulier ingevuld', 'vult dit formulier in', t('nl', 'start.title')]) expect(channel, platform).not.toContain(dutch);
  });
});
