// The coordinator's reminder that a round is still open comes in her private chat with a button
// that closes it there and then. What that click does is what `sluit` in the channel does: the
// channel gets the round-closed message with "accept all" (not the private chat), the cards stop
// counting, and the reminder then says it worked (or, where the channel refused that message, how
// to have it posted). Its round id is forgeable: a team member who is not coordinator is refused,
// a click after the leerlijn stopped is refused, and a click after the round was closed in the
// channel says so and posts nothing.
import { describe, expect } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Person, type Story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam, type SmallTeam } from './small-team.js';

// The signalering (Monday 2 February 2026, 15.30–18.00 Amsterdam time) has just ended.
const AFTER_SIGNALERING = '2026-02-02T17:01:00Z';
const LEERLIJN = 'De Horizon · JoU';

/** Anna's team votes week 1 and the meeting ends with the round still open: her reminder comes. */
async function roundLeftOpen(s: Story, lang: Lang): Promise<SmallTeam> {
  const small = await startSmallTeam(s, { lang });
  await s.openRound(small.anna);
  await s.voteMatrix(small.team, SMALL_TEAM_WEEK1);
  await s.timePasses(AFTER_SIGNALERING);
  s.expectToldPrivately(small.anna, t(lang, 'reminder.button.closeRound'));
  return small;
}

/** `by` sends the close button of anna's reminder, from their own private chat. */
async function pressCloseInReminder(s: Story, anna: Person, by: Person = anna): Promise<void> {
  await s.d.pressShown(by, { label: t(s.lang, 'reminder.button.closeRound'), shownTo: { person: anna, in: 'private' } }, 'private');
  await s.d.settle();
}

describe.each(PLATFORMS)('closing the round from the coordinator’s reminder, on %s', (platform) => {
  story(platform, 'closes it as `close` in the channel would, and the reminder says where the result is', async (s) => {
    const { anna } = await roundLeftOpen(s, 'en');
    const closed = s.said('round.closed', { moment: t('en', 'moment.week1') });
    s.d.newInChannel();
    await pressCloseInReminder(s, anna);
    // Asked first, as every close button does; going on closes it.
    expect(s.d.askedFirst()).toContain(t('en', 'round.closeConfirm.title'));
    const fresh = s.d.newInChannel();
    expect(fresh, 'the round-closed message, in the channel').toContain(closed);
    expect(fresh, '"accept all" with it').toContain(t('en', 'card.button.agreeAll'));
    s.expectChannelShows(t('en', 'card.closedNotice'));
    s.expectNotToldPrivately(anna, closed);
    s.expectClickedMessage([t('en', 'round.closedFromPrompt', { leerlijn: LEERLIJN })], [t('en', 'reminder.button.closeRound')]);
    // What it posted works as after `close`: the proposals taken over at once.
    await s.agreeAll(anna);
    s.expectResult({ total: 12, fase: 'opstart' });
  });

  story(platform, 'refuses a team member who is not coordinator, who sends its button', async (s) => {
    const { anna, bram } = await roundLeftOpen(s, 'nl');
    s.d.newInChannel();
    await pressCloseInReminder(s, anna, bram);
    s.expectAnswered(bram, s.said('error.not_coordinator'));
    expect(s.d.newInChannel()).toBe('');
    s.expectChannelHides(t('nl', 'card.closedNotice'));
    // Still hers to close.
    await pressCloseInReminder(s, anna);
    s.expectChannelShows(t('nl', 'card.closedNotice'), s.said('round.closed', { moment: t('nl', 'moment.week1') }));
  });

  // Read in her private chat, where `scores` finds no leerlijn: the reminder names the channel to type it in.
  story(platform, 'says in the reminder when the channel refused the round-closed message, and in which channel `scores` posts it then', async (s) => {
    const { anna } = await roundLeftOpen(s, 'nl');
    s.d.refuseNextPost();
    await pressCloseInReminder(s, anna);
    const closed = s.said('round.closed', { moment: t('nl', 'moment.week1') });
    expect(s.timesInChannel(closed)).toBe(0);
    s.expectChannelShows(t('nl', 'card.closedNotice'));
    const untold = s.said('round.closedUntoldFromPrompt', { moment: t('nl', 'moment.week1'), command: 'scores', leerlijn: LEERLIJN }, 'private');
    s.expectClickedMessage([untold], [t('nl', 'reminder.button.closeRound')]);
    await s.command(anna, 'scores');
    await s.d.settle();
    expect(s.timesInChannel(closed)).toBe(1);
  });

  story(platform, 'refuses once the leerlijn is stopped, and posts nothing', async (s) => {
    const { anna } = await roundLeftOpen(s, 'nl');
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    s.d.newInChannel();
    await pressCloseInReminder(s, anna);
    // Refused for good: the reminder itself says so, its button gone (a failure for now would keep it).
    s.expectClickedMessage([s.said('error.leerlijn_not_active', { leerlijn: LEERLIJN }, 'private')], [t('nl', 'reminder.button.closeRound')]);
    expect(s.d.newInChannel()).toBe('');
    s.expectChannelHides(s.said('round.closed', { moment: t('nl', 'moment.week1') }));
  });

  story(platform, 'says so after the round was closed in the channel, and posts nothing', async (s) => {
    const { anna } = await roundLeftOpen(s, 'nl');
    await s.close(anna);
    const closed = s.said('round.closed', { moment: t('nl', 'moment.week1') });
    expect(s.timesInChannel(closed)).toBe(1);
    s.d.newInChannel();
    await pressCloseInReminder(s, anna);
    expect(s.d.newInChannel()).toBe('');
    expect(s.timesInChannel(closed)).toBe(1);
    s.expectClickedMessage([t('nl', 'round.closedBeforePrompt', { leerlijn: LEERLIJN })], [t('nl', 'reminder.button.closeRound')]);
  });
});
