// Week 17 in an English leerlijn, told once for Slack and Teams: the round opens telling the team
// what is kept of them (as week 1's does), and `vergelijk` brings the comparison's chart and PDF,
// the chart named like the PDF (not a fixed Dutch name).
import { describe, expect } from 'vitest';
import { onderdeel } from '../../src/domain/instrument.js';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';
import { smallTeamWithWeek1Agreed, week17Compared } from './small-team.js';

const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [2, 2, 2], A1: [2, 2, 2], A2: [3, 3, 3], A3: [2, 2, 2],
  B1: [2, 2, 2], B2: [1, 1, 1], T1: [2, 2, 2], T2: [2, 2, 2], T3: [2, 2, 2],
};

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'the week-17 round opens with the privacy notice; vergelijk brings its chart and PDF, named alike', async (s) => {
    const { anna, team } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.d.newChannelDocuments();
    s.d.newInChannel();
    // Months before the final meeting, so confirmed (week17-early tells that apart).
    await s.command(anna, 'scores final now');
    s.expectNewInChannel(t('en', 'privacy.notice'));

    await s.voteMatrix(team, WEEK17);
    await s.close(anna);
    await s.agreeAll(anna);
    await s.d.newChannelDocuments();
    const chartsBefore = s.channelCharts().length;
    await s.compare(anna);
    const [pdf] = await s.expectNewChannelDocuments(/comparison\.pdf$/);
    const charts = s.channelCharts().slice(chartsBefore);
    // Slack posts the chart as a file beside the PDF; Teams draws it in the comparison card.
    if (platform === 'slack') expect(charts.map((c) => c.name)).toEqual([pdf!.name.replace(/\.pdf$/, '.png')]);
    // One chart, whose words for a screen reader are English, as the leerlijn is.
    expect(charts).toHaveLength(1);
    expect(charts[0]!.alt).toContain(onderdeel('P1').label.en);
  });

  story(platform, 'the comparison’s total says out of how many points, as each element does', async (s) => {
    const { anna, team } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await week17Compared(s, anna, team, WEEK17, 'scores final now');
    const said = s.d.newInChannel();
    expect(said, platform).toMatch(/: from \d+ to \d+ of 6 points/);
    // Ten onderdelen of at most 3 points each: the total is out of 30.
    expect(said, platform).toMatch(/Total: (from \d+ to \d+ of 30 points \(|\d+ of 30, unchanged)/);
  });
});
