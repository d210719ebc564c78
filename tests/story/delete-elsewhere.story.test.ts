// The coordinator's delete and stop forms, sent by the coordinator herself from another team's
// channel (the people and what is checked: ./forged.ts). The form names her leerlijn, but the
// channel it is sent from would be told that "this leerlijn" is deleted or stopped, and her own
// team would hear nothing: refused with words that say the form is another channel's leerlijn's
// (not "no leerlijn in this channel", wrong where that channel runs its own), and the leerlijn stays. A Slack modal carries the channel it was opened in whoever sends it, so only a Teams card
// can be sent from elsewhere.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import type { From } from './drivers/driver.js';
import { castOf, expectRefused, SCHOOL, startBoth } from './forged.js';
import { PLATFORMS, story, type Person } from './story.js';

describe.each(PLATFORMS)('the coordinator’s delete and stop forms sent from another team’s channel, on %s', (platform) => {
  story(platform, 'refused: the leerlijn stays, and neither channel hears it is deleted or stopped', async (s) => {
    if (s.platform === 'slack') return;
    await startBoth(s);
    const { anna, bram } = castOf(s);
    await s.command(anna, 'verwijder');
    const remove = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, 'delete', from, { confirm: SCHOOL });
    await expectRefused(s, { by: anna, from: 'elsewhere', says: 'leerlijn_elsewhere' }, remove);
    await s.command(anna, 'stop');
    const stop = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, 'stop', from);
    await expectRefused(s, { by: anna, from: 'elsewhere', says: 'leerlijn_elsewhere' }, stop);
    expect(s.d.elsewhere(), platform).not.toContain(t('nl', 'export.deleted'));
    await s.command(bram, 'status');
    s.expectAnswered(bram, t('nl', 'status.heading', { school: SCHOOL, youthOrg: 'JoU' }), t('nl', 'status.active'));
  });
});
