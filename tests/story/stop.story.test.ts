// `stop`: a team that gives up halfway. The coordinator stops the leerlijn (nobody else may);
// the channel hears it once, the scheduler sends nothing more, votes and actions no longer
// change, and the data stays until the coordinator exports and deletes it, or at the latest a
// year (the bot's default RETENTION_DAYS) after the stop: every text about it names that day. Only then does a new
// leerlijn start in the channel: before, the stopped one's data would be out of every command's reach.
import { describe, expect } from 'vitest';
import { PLATFORMS, story, type Person, type Story } from './story.js';
import { startSmallTeam } from './small-team.js';
import { voteLabel } from './forged.js';

/**
 * Stopped on Thursday 15 January 2026, 10:00: its data goes a year later at the latest, at 09:00 on a working day (warned on
 * Monday 4 January at 09:00, as Saturday the 2nd is none; 14 days later).
 */
const DELETE_ON = { date: 'maandag 18 januari 2027' };

/** What each person's private chat with the bot holds now. */
const privateChats = (s: Story, people: readonly Person[]): string[] => people.map((p) => s.d.privateChat(p));

describe.each(PLATFORMS)('stopping a leerlijn, on %s', (platform) => {
  story(platform, 'the coordinator stops it: the channel is told once, nothing is sent after, and the data stays until deleted', async (s) => {
    const { anna, bram, team } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.vote(bram, 'P1', 3);
    await s.addPlanItem(anna, { onderdeel: 'A2', watKanBeter: 'Aanspreekpunt', gewensteEindsituatie: 'Eén vast aanspreekpunt', actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-02' }] });

    await s.command(bram, 'stop');
    s.expectAnswered(bram, `${s.said('error.not_coordinator')} ${s.said('refusal.coordinatorIs', { coordinators: s.name(anna) })}`);
    s.expectNotAnswered(bram, s.said('retention.stopWarning', DELETE_ON));

    await s.command(anna, 'stop');
    s.expectAnswered(anna, s.said('retention.stopWarning', DELETE_ON));
    s.d.newInChannel();
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    s.expectNewInChannel(s.said('retention.stopPosted', { name: s.name(anna), ...DELETE_ON }));
    // The open round's cards stay in the channel, but offer nothing that would now be refused, and say why.
    s.expectChannelHides(voteLabel(1), voteLabel(2), voteLabel(3), s.said('card.button.note'), s.said('guide.button.coordinator.close_round'));
    s.expectChannelShows(s.said('round.stopped'));

    // A second click on the same form: nothing more in the channel, and anna hears it is stopped
    // already (not "open it again to change anything": a stop cannot be changed).
    await s.d.submitAgain(anna);
    await s.d.settle();
    expect(s.d.newInChannel(), `${platform}: the channel after a second send`).toBe('');
    s.expectAnswered(anna, s.said('retention.stopAlready', DELETE_ON));
    s.expectNotAnswered(anna, s.said('form.alreadySent'));

    // Past the first meetings and the action's date: no invitation, reminder or follow-up.
    const before = privateChats(s, team);
    await s.timePasses('2026-03-10T08:30:00Z');
    expect(s.d.newInChannel(), `${platform}: the channel after the stop`).toBe('');
    expect(privateChats(s, team), `${platform}: private chats after the stop`).toEqual(before);

    await s.command(bram, 'status');
    s.expectAnswered(bram, s.said('status.endedOn', { status: s.said('status.stopped'), when: 'do 15 jan 2026, 10.00 uur' }), s.said('retention.statusEnded', DELETE_ON));
    // Its action's date has passed, but nothing is followed up any more: not flagged as overdue.
    s.expectNotAnswered(bram, s.said('status.overdue', { count: 1 }));
    // No step is under way any more.
    s.expectNotAnswered(bram, `(${s.said('guide.step.state.current')})`);
    // bram may not export: he reads that the coordinator keeps a copy, not that whoever wants one exports it.
    s.expectAnswered(bram, 'dan exporteert de coördinator ze eerst');
    s.expectNotAnswered(bram, 'wie ze wil houden');
    // His own overview lists running leerlijnen only; it does not tell him he never joined one.
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, 'Je zit nu in geen lopende leerlijn.');
    s.expectNotAnswered(bram, 'nog niet mee');
    // From a screen that still shows the card as it was before the stop.
    await s.voteOnStaleCard(bram, 'P1', 1);
    s.expectAnswered(bram, s.said('error.leerlijn_not_active', { leerlijn: 'De Horizon · JoU' }));
    await s.setStatus(bram, 'Aanspreekpunt kiezen', 'klaar');
    s.expectAnswered(bram, s.said('error.leerlijn_not_active', { leerlijn: 'De Horizon · JoU' }));
    await s.command(anna, 'team');
    s.expectAnswered(anna, s.said('error.leerlijn_not_active', { leerlijn: 'De Horizon · JoU' }));

    await s.command(anna, 'start');
    s.expectAnswered(anna, s.said('error.leerlijn_kept'));
    s.expectNotAnswered(anna, s.said('start.school'));

    await s.command(bram, 'export');
    s.expectAnswered(bram, `${s.said('error.not_coordinator')} ${s.said('refusal.coordinatorIs', { coordinators: s.name(anna) })}`);
    await s.command(anna, 'export');
    // Slack sends the file to anna's DM; Teams offers it in her 1:1 chat: each says where it went.
    const sent = [s.said('export.sentPrivately'), s.said('teams.exportInChat')].filter((said) => s.d.lastAnswer(anna).includes(said));
    expect(sent, `${platform}: ${s.d.lastAnswer(anna).slice(0, 300)}`).toHaveLength(1);

    await s.command(anna, 'verwijder');
    await s.d.submitShown(anna, anna, 'delete', 'channel', { confirm: 'De Horizon' });
    await s.d.settle();
    s.expectNewInChannel(s.said('export.deleted', { name: s.name(anna) }));

    await s.command(anna, 'start');
    s.expectAnswered(anna, s.said('start.school'));
  });

  story(platform, 'stopped after its round closed: the cards and the closing message keep the results but offer no agreeing any more', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.vote(bram, 'P1', 3);
    await s.close(anna);
    s.expectChannelShows(s.said('card.button.confirm'), s.said('card.button.agreeAll'), s.said('card.agreeNext'));

    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();
    // Nor does the message that said the round closed: its "agree all" would only be refused now.
    s.expectChannelHides(s.said('card.button.confirm'), s.said('card.closedNotice'), s.said('card.button.agreeAll'), s.said('card.agreeNext'));
    s.expectChannelShows(s.said('round.stopped'), s.said('card.distribution', { ones: 0, twos: 0, threes: 1 }));
    // The signalering was held and voted on: it was not finished, which "niet gedaan" would deny.
    await s.command(anna, 'status');
    s.expectAnswered(anna, 'Stap 1: In beeld brengen huidige of gewenste samenwerking (niet afgerond)', 'Stap 4: Evaluatie samenwerking (niet afgerond)');
  });
});
