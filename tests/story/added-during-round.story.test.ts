// Someone added to the team while a voting round is open hears, besides that they were added, that a
// round is open now and that they can vote on its cards in the channel: otherwise they learn of it only
// from the cards, or not at all. Added while no round is open, they hear only that they were added.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('someone added while a voting round is open, on %s', (platform) => {
  story(platform, 'is told the round is open and they can vote in the channel', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.openRound(anna);
    const eva = s.person('eva');
    await s.d.commandNaming(anna, 'team toevoegen', [eva]);
    await s.d.settle();
    s.expectToldPrivately(eva, s.said('teamNews.added', { name: s.name(anna) }, 'private'));
    s.expectToldPrivately(eva, 'Er staat nu een stemronde open: stem mee op de kaarten in het kanaal.');
  });

  story(platform, 'in English too', async (s) => {
    const { anna } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    const eva = s.person('eva');
    await s.d.commandNaming(anna, 'team add', [eva]);
    await s.d.settle();
    s.expectToldPrivately(eva, 'A voting round is open now: vote on its cards in the channel.');
  });

  story(platform, 'hears nothing of a round while none is open', async (s) => {
    const { anna } = await startSmallTeam(s);
    const eva = s.person('eva');
    await s.d.commandNaming(anna, 'team toevoegen', [eva]);
    await s.d.settle();
    s.expectToldPrivately(eva, s.said('teamNews.added', { name: s.name(anna) }, 'private'));
    s.expectNotToldPrivately(eva, 'stemronde open');
  });
});
