// Two people open the start form in the same channel; one starts the leerlijn. The other, sending
// their form still half filled, hears at once that the channel has a leerlijn now, not first which
// fields to fill in (only to hear it after filling them all).
import { describe, expect } from 'vitest';
import { tField } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('a start form sent after someone else started, on %s', (platform) => {
  story(platform, 'is refused for the leerlijn that runs, before its empty fields', async (s) => {
    const anna = s.coordinator('anna');
    const bram = s.person('bram');
    await s.command(bram, 'start');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(4) });
    await s.d.settle();
    await s.d.submitShown(bram, bram, 'start', 'channel');
    const seen = `${Object.values(s.d.formProblems(bram)).join('\n')}\n${s.d.lastAnswer(bram)}`;
    expect(seen, platform).toContain(s.said('error.leerlijn_exists'));
    expect(seen, platform).not.toContain(tField('nl', { message: 'required' }));
  });
});
