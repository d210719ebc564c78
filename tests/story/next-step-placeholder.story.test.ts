// Where everyone reads the bot's answer (a Teams channel), the next step after a coordinator's step
// is in the coordinator's own view; the others read only whose it is, in plain Dutch. Found
// walking the leerlijn: "Alleen Anna ziet hier de eigen volgende stap." ("de eigen" is not said so).
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('the next step of someone else, on %s', (platform) => {
  story(platform, 'says in plain words that only its taker sees it here', async (s) => {
    const anna = s.coordinator('anna');
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.d.settle();
    await s.command(anna, 'scores');
    await s.d.settle();
    // The coordinator's step: the round closed, and what is next after it.
    await s.command(anna, 'sluit');
    await s.d.settle();
    // What everyone else in the channel reads of her answer ('' on Slack, where the answer is hers alone).
    const toAll = s.d.lastAnswerToAll(anna);
    expect(toAll, platform).not.toContain('de eigen volgende stap');
    if (platform === 'teams') expect(toAll).toContain(`Alleen ${s.name(anna)} ziet hier de volgende stap.`);
  });
});
