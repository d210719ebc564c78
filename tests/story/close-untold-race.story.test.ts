// A round closed while the platform refused the post saying so (close-untold.story.test.ts), and
// then two `scores` typed at the same moment (two coordinators, or one typing it twice): each
// found the message unposted and posted it, so the channel read twice that the round closed, with
// two buttons that accept all proposals. Posting it is claimed as a round's missing cards are.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { backends } from '../support/db.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';

const WEEK1 = t('en', 'moment.week1');

const CASES = PLATFORMS.flatMap((platform) => backends().map(({ name, open }) => ({ platform, name, open })));

describe.each(CASES)('a round closed while the channel post was refused, on $platform with $name', ({ platform, open }) => {
  story(platform, 'two `scores` at the same moment post the closed message once', async (s) => {
    const { anna, team } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    const closed = t('en', 'round.closed', { moment: WEEK1 });
    const acceptAll = t('en', 'card.button.agreeAll');
    s.d.refuseNextPost();
    await s.close(anna);

    await Promise.all([s.command(anna, 'scores'), s.command(anna, 'scores')]);
    await s.d.settle();
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }, s.d.channel().slice(-1500)).toEqual({ closed: 1, acceptAll: 1 });
  }, 180_000, open);
});
