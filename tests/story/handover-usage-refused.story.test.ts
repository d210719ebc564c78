// `actions handover` is the coordinator's: a team member who types it, half or whole, is refused with
// who the coordinator is, not shown how to type it (which would only be refused next), in English and in Dutch.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a member types the handover, on %s', (platform) => {
  for (const [lang, words] of [['en', 'actions handover'], ['nl', 'acties overdragen']] as const) {
    story(platform, `is refused as the coordinator's, before how to type it (${lang})`, async (s) => {
      const { anna, bram, chen } = await startSmallTeam(s, { lang });
      const refusal = `${s.said('error.not_coordinator')} ${s.said('refusal.coordinatorIs', { coordinators: s.name(anna) })}`;
      await s.command(bram, words);
      s.expectAnswered(bram, refusal);
      s.expectNotAnswered(bram, s.said('owners.usage'));
      await s.d.commandNaming(bram, words, [chen]);
      s.expectAnswered(bram, refusal);
      // The coordinator still hears how to type it.
      await s.command(anna, words);
      s.expectAnswered(anna, s.said('owners.usage'));
    });
  }
});
