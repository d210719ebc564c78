// The planning's move form offers five meetings (the four of the leerlijn and, after it, a new
// evaluation meeting). Sent without one chosen, it asks to choose a meeting: not "one of the four",
// beside a list of five.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the move form without a meeting chosen, on %s', (platform) => {
  story(platform, 'asks to choose a meeting, without counting them', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'planning');
    if (s.platform === 'slack') await s.d.pressShown(anna, { label: t('nl', 'timeline.button.move'), shownTo: { person: anna, in: 'answer' } }, 'channel');
    await s.d.submitShown(anna, anna, 'move', 'channel', { kind: '', date: '2026-02-04', time: '15:30' });
    expect(s.d.formProblems(anna), platform).toEqual({ kind: 'Kies een bijeenkomst.' });
  });
});
