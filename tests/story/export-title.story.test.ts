// The coordinator's export arrives as a file named for what it is (leerlijn, school, date), on
// both platforms alike; on Slack its title was the sentence "De export van de leerlijn is klaar.".
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the export file, on %s', (platform) => {
  story(platform, 'is titled with the leerlijn, the school and the date', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'export');
    const title = s.d.exportTitle();
    expect(title, `${platform}: ${title}`).toMatch(/^leerlijn-de-horizon-\d{4}-\d{2}-\d{2}-.+\.zip$/);
    expect(title).not.toBe(t('nl', 'export.ready'));
  });
});
