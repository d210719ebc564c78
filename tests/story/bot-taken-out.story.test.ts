// The bot taken out of the team's channel (Slack: removed from it; Teams: the app removed from the team, or its
// roster refusing it) after the leerlijn started: someone who then types a command there hears, privately, in
// their own language, why nothing came: Slack gives the answer itself in their DM, under a line saying why it is there
// and how to invite the bot back (not the answer alone, as if the bot had chosen the DM); Teams, which cannot draw a
// channel's answer in a private chat, says that it may no longer post there and who can mend it, not that
// something went wrong on its side and that trying again would help. Nothing reaches the channel.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the bot taken out of the channel, on %s', (platform) => {
  story(platform, 'a command typed there is answered privately, with why', async (s) => {
    const { bram } = await startSmallTeam(s, { lang: 'en' });
    s.d.newInChannel();
    s.d.takeBotOutOfChannel();
    await s.command(bram, 'planning');
    await s.d.settle();

    expect(s.d.newInChannel()).toBe('');
    s.expectNotToldPrivately(bram, t('en', 'error.internal'));
    // Up to the channel's and the bot's names, which Slack draws itself.
    if (platform === 'slack') s.expectToldPrivately(bram, t('en', 'timeline.heading'), t('en', 'slack.answeredInDm', { channel: '', bot: '' }).split(':')[0]!);
    else s.expectToldPrivately(bram, t('en', 'teams.unpostedInChannel'), t('en', 'error.not_here'));
  });
});
