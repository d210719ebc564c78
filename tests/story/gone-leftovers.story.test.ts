// Nothing clickable stays behind a leerlijn that is gone. Deleted by its coordinator (`verwijder`) or by the retention term,
// every message the bot posted for it that it can still find is drawn again without buttons, saying the leerlijn was deleted:
// the round's cards, head and round-closed message, a meeting's start with its work's button, the documents' links (Teams),
// the plan and next-step replies whose buttons everyone sees (Teams). A click on any of them would only be answered that the leerlijn is gone.
// The documents it posted leave the channel with its data: Slack's files (the PDFs and charts) are deleted,
// Teams' links and its outcome cards' charts no longer shown.
import { describe, expect } from 'vitest';
import { PLATFORMS, story, type Person, type Story } from './story.js';
import { SMALL_TEAM_WEEK1, smallTeamWithWeek1Agreed, week17Compared } from './small-team.js';

/**
 * Week 1 agreed; the actieplan meeting's start in the channel (its work one click away); the actieplan filled in (its reply
 * in the channel), and its meeting over, so its PDF is posted too.
 */
async function withPlanAndDocuments(s: Story) {
  const team = await smallTeamWithWeek1Agreed(s);
  await s.timePasses('2026-02-16T14:30:00Z');
  const actions = [{ description: 'Aanspreekpunt kiezen', owner: team.bram, due: '2026-03-02' }];
  await s.addPlanItem(team.anna, { onderdeel: 'A2', watKanBeter: 'Aanspreekpunt', gewensteEindsituatie: 'Eén vast aanspreekpunt', actions });
  await s.timePasses('2026-02-20T16:00:00Z');
  return team;
}

/** The channel holds none of the leerlijn's PDFs or charts any more. */
async function expectNoDocuments(s: Story): Promise<void> {
  expect((await s.d.channelDocuments()).map((d) => d.name), `${s.platform}: documents left`).toEqual([]);
  // Teams draws its charts in the round's outcome card: drawn deleted, it shows none.
  expect(s.channelCharts().map((c) => c.name), `${s.platform}: charts left`).toEqual([]);
}

async function expectNothingToClick(s: Story, people: readonly Person[]): Promise<void> {
  for (const p of people) expect(await s.d.channelButtons(p), `${s.platform}: buttons ${p.key} sees`).toEqual([]);
  s.expectChannelShows(s.said('round.deleted'));
  s.expectChannelHides(s.said('round.stopped'));
  // Where the meeting's start was, and (Teams) a document's link and the actieplan's reply: Slack posts a file, with no button.
  s.expectChannelShows(s.said('round.deletedMessage'));
}

describe.each(PLATFORMS)('a leerlijn gone, on %s', (platform) => {
  story(platform, 'deleted by its coordinator: no message it left in the channel offers a button', async (s) => {
    const { anna, bram } = await withPlanAndDocuments(s);
    expect(await s.d.channelButtons(bram), `${platform}: buttons before`).not.toEqual([]);
    await s.command(anna, 'verwijder');
    await s.d.submitShown(anna, anna, 'delete', 'channel', { confirm: 'De Horizon' });
    await s.d.settle();
    s.expectNewInChannel(s.said('export.deleted', { name: s.name(anna) }));
    await expectNothingToClick(s, [anna, bram]);
    await expectNoDocuments(s);
    // Week 1's outcome (Slack: its result and filled instrument messages; Teams: its outcome card) no longer shows its scores.
    s.expectChannelHides('Totaalscore 12 van 30');
  });

  story(platform, 'deleted by the retention term a year after its stop: its messages say it was deleted, none offers a button', async (s) => {
    const { anna, bram } = await withPlanAndDocuments(s);
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    s.expectChannelShows(s.said('round.stopped'));
    // Stopped on Friday 20 February 2026: warned on Monday 8 February 2027, deleted at 09:00 two weeks later.
    for (const at of ['2027-02-07T08:30:00Z', '2027-02-08T08:30:00Z', '2027-02-22T08:30:00Z']) await s.timePasses(at);
    await expectNothingToClick(s, [anna, bram]);
    await expectNoDocuments(s);
    s.expectChannelHides('Totaalscore 12 van 30');
    // Gone, not only drawn so: a new leerlijn can start in the channel.
    await s.command(anna, 'start');
    s.expectAnswered(anna, s.said('start.school'));
  });

  story(platform, 'deleted after week 17 was compared with week 1: the comparison offers nothing either, its scores, files and charts are gone', async (s) => {
    const { anna, bram, team } = await smallTeamWithWeek1Agreed(s);
    await week17Compared(s, anna, team, SMALL_TEAM_WEEK1);
    expect((await s.d.channelDocuments()).length, `${platform}: documents before`).toBeGreaterThan(0);
    await s.command(anna, 'verwijder');
    await s.d.submitShown(anna, anna, 'delete', 'channel', { confirm: 'De Horizon' });
    await s.d.settle();
    for (const p of [anna, bram]) expect(await s.d.channelButtons(p), `${s.platform}: buttons ${p.key} sees`).toEqual([]);
    await expectNoDocuments(s);
    // The comparison's message with its scores says it was deleted too.
    s.expectChannelHides(s.said('compare.heading'));
  });
});
