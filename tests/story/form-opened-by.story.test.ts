// Where everyone reads the channel (Teams), a form one person opened shows the others only who is
// filling it in, and that they do not see its questions, in plain words. Found on the Dutch and
// English walks: "Alleen wie het opende ziet de vragen." / "Only whoever opened it sees the
// questions." read stiff. Slack opens forms in a window of the person's own: nothing to read there.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('a form someone opened, on %s', (platform) => {
  story(platform, 'tells the others who fills it in and that nobody else sees the questions', async (s) => {
    const anna = s.coordinator('anna');
    await s.d.startFormShown(anna);
    const toAll = s.d.lastAnswerToAll(anna);
    expect(toAll, platform).not.toContain('Alleen wie het opende');
    if (platform === 'teams') expect(toAll).toContain(`${s.name(anna)} vult dit formulier in. Anderen zien de vragen niet.`);
    // The English sentence as the channel shows it.
    expect(t('en', 'form.openedBy', { title: 'Start', name: 'Anna' })).toContain('Anna is filling in this form. Nobody else can see the questions.');
  });
});
