// "wat nu" (or status) typed in a personal chat with the bot: the person's overview of their
// leerlijnen, and for each the next step that is theirs, as the channel's answer says it
// ("Wat nu? …"). Before, the personal chat gave the overview without any next step.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('what now in a personal chat, on %s', (platform) => {
  story(platform, "the overview names each leerlijn's next step for whoever asks", async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.command(anna, 'wat nu');
    s.expectAnswered(anna, 'Wat nu?');

    await s.commandPrivately(anna, 'wat nu');
    // Hers, as the coordinator: the team's missing manager, as in the channel (progress story); not a member's.
    s.expectAnswered(anna, 'De Horizon', 'Wat nu?', 'wie manager is');
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, 'De Horizon', 'Wat nu?');
    s.expectNotAnswered(bram, 'wie manager is');
  });

  // 'Wat nu? Kies een notulist en een invuller…' read in the personal chat had no button and no place:
  // a step only the channel's command or cards take says that it is done there.
  story(platform, 'says where a step is taken when only the team’s channel takes it', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.command(anna, 'wat nu');
    s.expectNotAnswered(anna, t('nl', 'guide.inChannel'));
    await s.commandPrivately(anna, 'wat nu');
    s.expectAnswered(anna, 'Wat nu?', 'wie manager is', t('nl', 'guide.inChannel'));
    await s.commandPrivately(bram, 'status');
    s.expectNotAnswered(bram, t('nl', 'guide.inChannel'));
  });
});
