// The coordinator may still change an agreed score once the result is complete. The team files what is in the channel,
// so on Slack the result's chart and filled instrument (files) are replaced by the current ones, once per change; on
// Teams the chart is drawn in the result card and the PDF is a link that serves the current one, so nothing new comes.
import { describe, expect } from 'vitest';
import { pdfText } from '../documents/pdf-text.js';
import { SMALL_TEAM_WEEK1, smallTeamWithWeek1Agreed } from './small-team.js';
import { PLATFORMS, story, type Story } from './story.js';

const INSTRUMENT = { 1: /signalering-week-1\.pdf$/, 17: /signalering-week-17\.pdf$/ } as const;

/** The channel holds one chart and one filled instrument for the week, both with `total`, none with an older one. */
async function expectCurrentDocuments(s: Story, total: number, older: number, week: 1 | 17 = 1): Promise<void> {
  const charts = s.channelCharts().filter((c) => c.alt.includes(`(week ${week})`));
  expect(charts, `${s.platform} charts`).toHaveLength(1);
  expect(charts[0]!.alt).toContain(`Totaalscore ${total} van 30`);
  const documents = (await s.d.channelDocuments()).filter((d) => INSTRUMENT[week].test(d.name));
  expect(documents.map((d) => d.name), `${s.platform} instruments`).toHaveLength(1);
  const text = (await pdfText(documents[0]!.bytes)).text;
  expect(text).toContain(`Totaalscore: ${total} van 30`);
  expect(text).not.toContain(`Totaalscore: ${older} van 30`);
}

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'an agreed score changed after the result: the channel holds the current chart and PDF, posted once per change', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    await s.expectNewChannelDocuments(INSTRUMENT[1]);
    await expectCurrentDocuments(s, 12, 14);

    // P1 from 1 to 3: 12 becomes 14.
    await s.agree(anna, 'P1', 3);
    await s.d.settle();
    await expectCurrentDocuments(s, 14, 12);
    if (platform === 'slack') await s.expectNewChannelDocuments(INSTRUMENT[1]);
    else await s.expectNewChannelDocuments();

    // The same score agreed again changes nothing: no document again.
    await s.agree(anna, 'P1', 3);
    await s.d.settle();
    await s.expectNewChannelDocuments();
    await expectCurrentDocuments(s, 14, 12);
  }, 120_000);

  story(platform, 'week 17 too: a changed agreed score brings its current chart and PDF on Slack, week 1\'s left as they are', async (s) => {
    const { anna, team } = await smallTeamWithWeek1Agreed(s);
    await s.command(anna, 'scores eind nu');
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);
    await s.agreeAll(anna);
    await s.expectNewChannelDocuments(INSTRUMENT[1], INSTRUMENT[17]);
    await s.agree(anna, 'P1', 3);
    await s.d.settle();
    await expectCurrentDocuments(s, 14, 12, 17);
    await expectCurrentDocuments(s, 12, 14, 1);
    if (platform === 'slack') await s.expectNewChannelDocuments(INSTRUMENT[17]);
    else await s.expectNewChannelDocuments();
  }, 120_000);
});
