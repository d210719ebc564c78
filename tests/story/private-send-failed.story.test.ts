// An owner's reminder is refused by the platform over a setting about the bot (Slack: not allowed
// to post; Teams: the app blocked by the admin), not because the owner left. The coordinator hears
// that a reminder about an action did not get through, as a private message: not the advice for a
// channel post ("check the bot is still a member of the channel"), which is beside the point here.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('a private reminder the platform refuses, on %s', (platform) => {
  story(platform, 'the coordinator hears a private message did not get through, not to check the channel', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-04' }],
    });
    // What was due before (the prompts, a Monday digest caught up) goes first: the refusal is bram's alone.
    await s.timePasses('2026-02-26T08:00:00Z');
    await s.timePasses('2026-02-26T08:01:00Z');
    s.d.refuseNextPost(true);
    // Friday 27 February, 09:00 Amsterdam time: the reminder three working days before the due date.
    await s.timePasses('2026-02-27T08:00:00Z');
    s.expectNotToldPrivately(bram, 'Je actie moet klaar zijn op');
    await s.timePasses('2026-02-27T08:01:00Z');
    s.expectNotToldPrivately(anna, 'lid is van het kanaal', 'niet meer bereiken');
    // Up to its commands, which each platform spells its own way.
    s.expectToldPrivately(anna, t('nl', 'reminder.jobFailedPrivately', { job: t('nl', 'reminder.job.action_before'), attempts: '1 poging' }).split('`')[0]!);
  });
});
