// `team add` and `team remove` in the channel: the whole team reads who joined or left in words,
// once, on Slack as on Teams (where the coordinator's answer is itself a channel post), not only
// a new team list to compare with the one before.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('who joined or left, on %s', (platform) => {
  story(platform, 'the channel says it once', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    const dewi = s.person('dewi');
    await s.d.commandNaming(anna, 'team add', [dewi]);
    await s.d.settle();
    const added = t('nl', 'team.added', { name: s.name(dewi) });
    expect(s.timesInChannel(added), platform).toBe(1);
    await s.removeFromTeam(anna, bram);
    const removed = t('nl', 'team.removed', { name: s.name(bram) });
    expect(s.timesInChannel(removed), platform).toBe(1);
  });
});
