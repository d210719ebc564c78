// A round closed while the platform refuses the post that says so in the channel: the round is
// closed, but the channel never read it, nor got the button that takes over every proposal. The
// coordinator who closed it is told so, and how to have it posted: `scores` again posts it, as it
// posts the cards a round is still missing. Two `scores` typed at the same moment (two
// coordinators, or one typing it twice) each found it unposted and posted it; posting it is
// claimed as a round's missing cards are.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { backends } from '../support/db.js';
import { PLATFORMS, story, type Story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';

const WEEK1 = t('en', 'moment.week1');
const UNTOLD = {
  slack: `The voting round for ${WEEK1} is closed, but the message saying so did not reach the channel. Wait a minute, then type \`/leerlijn scores\` again; I will then post it, with the button that accepts all proposals.`,
  teams: `The voting round for ${WEEK1} is closed, but the message saying so did not reach the channel. Wait a minute, then type @Leerlijn scores again; I will then post it, with the button that accepts all proposals.`,
} as const;

const closed = t('en', 'round.closed', { moment: WEEK1 });
const acceptAll = t('en', 'card.button.agreeAll');

/** Anna's team votes week 1 and she closes it while the platform refuses the channel's post. */
async function closedWhileRefused(s: Story) {
  const { anna, team } = await startSmallTeam(s, { lang: 'en' });
  await s.openRound(anna);
  await s.voteMatrix(team, SMALL_TEAM_WEEK1);
  s.d.refuseNextPost();
  await s.close(anna);
  return anna;
}

describe.each(PLATFORMS)('a round closed while the channel post is refused, on %s', (platform) => {
  story(platform, 'tells the coordinator, and `scores` posts it then, with "accept all"', async (s) => {
    const anna = await closedWhileRefused(s);
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }).toEqual({ closed: 0, acceptAll: 0 });
    s.expectAnswered(anna, UNTOLD[platform]);

    await s.command(anna, 'scores');
    await s.d.settle();
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }, s.d.channel().slice(-1500)).toEqual({ closed: 1, acceptAll: 1 });
    s.expectNotAnswered(anna, t('en', 'round.closedAlready', { moment: WEEK1 }));
    await s.agreeAll(anna);
    s.expectResult({ total: 12, fase: 'opstart' });
    // Once posted, `scores` again posts nothing new: the round is closed, as it says.
    await s.command(anna, 'scores');
    expect(s.timesInChannel(closed)).toBe(1);
  });
});

const CASES = PLATFORMS.flatMap((platform) => backends().map(({ name, open }) => ({ platform, name, open })));

describe.each(CASES)('a round closed while the channel post was refused, on $platform with $name', ({ platform, open }) => {
  story(platform, 'two `scores` at the same moment post the closed message once', async (s) => {
    const anna = await closedWhileRefused(s);
    await Promise.all([s.command(anna, 'scores'), s.command(anna, 'scores')]);
    await s.d.settle();
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }, s.d.channel().slice(-1500)).toEqual({ closed: 1, acceptAll: 1 });
  }, 180_000, open);
});
