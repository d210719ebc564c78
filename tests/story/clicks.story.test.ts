// Every button of the team's work, pressed (or its form sent) by each kind of person, on both
// platforms: a score card's vote and note, closing and agreeing, the actieplan's forms and
// sharing, an action's status in its owner's chat, the evaluation's forms (the people and what
// is checked: ./forged.ts). A refusal shows the person the reason and nothing else: no form
// opens, nothing changes that the team would see, and nothing arrives in either channel but the
// person's own answer. The steps build on each other, in order.
import { describe, expect, it } from 'vitest';
import { onderdeel, SCALE, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { t, type MessageKey } from '../../src/i18n/index.js';
import { scoreText } from '../../src/i18n/phrases.js';
import { castOf, expectRefused, P1, press, startBoth, voteLabel } from './forged.js';
import { PLATFORMS, sharedStory, type Story } from './story.js';

/**
 * The onderdeel's "Invullen" opens its form (showing `inForm`) for the coordinator (anna), who
 * fills it in with the meeting's invuller (none chosen here). Bram, on the team, reads the same
 * list without the buttons, told who fills it in; sent anyway (forged), the button opens nothing
 * for him or for hamza, also from his own channel: a form acts on the leerlijn it names. From a
 * personal chat it opens for nobody.
 */
async function expectOpensForFillers(s: Story, command: string, code: OnderdeelCode, inForm: string, kind: string): Promise<void> {
  const { anna, bram, hamza } = castOf(s);
  const fill = t('nl', 'evaluation.button.fill');
  await s.command(bram, command);
  s.expectAnswered(bram, s.said('plan.fillers', { kind }));
  s.expectNotAnswered(bram, fill);
  await s.command(anna, command);
  const open = press(s, { label: fill, after: `${code} · ${onderdeel(code).label.nl}`, shownTo: { person: anna, in: 'answer' } });
  const refused = { says: 'not_invuller' as const, params: { kind } };
  await expectRefused(s, { by: bram, from: 'channel', ...refused }, open, inForm);
  await expectRefused(s, { by: hamza, from: 'channel', ...refused }, open, inForm);
  await expectRefused(s, { by: hamza, from: 'elsewhere', ...refused }, open);
  // A form of the channel: not from a personal chat, which has no leerlijn, not even for anna.
  await expectRefused(s, { by: anna, from: 'private', says: 'no_leerlijn' }, open, inForm);
  await open(anna, 'channel');
  s.expectAnswered(anna, inForm);
}

describe.each(PLATFORMS)('every button of the team’s work by everyone, with forged ids, on %s', (platform) => {
  const story = sharedStory(platform, async (s) => {
    await startBoth(s);
    await s.command(s.coordinator('anna'), 'scores');
    await s.d.settle();
  });

  it('a score card’s vote: counted for the team, refused to anyone else from anywhere', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    const vote = press(s, { label: voteLabel(3), after: P1 });
    await expectRefused(s, { by: hamza, from: 'channel', says: 'not_member' }, vote);
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_member' }, vote);
    s.expectChannelHides(t('nl', 'card.votedCount', { count: 1, total: 3 }));
    await vote(bram, 'channel');
    await s.d.settle();
    s.expectChannelShows(t('nl', 'card.votedCount', { count: 1, total: 3 }));
    await vote(anna, 'channel');
    await s.d.vote(bram, 'P2', 2);
    await s.d.vote(anna, 'P2', 2);
    await s.d.settle();
    s.expectChannelShows(t('nl', 'card.votedCount', { count: 2, total: 3 }));
  });

  it('a score card’s note button: the team’s only', async () => {
    const s = story();
    const { hamza } = castOf(s);
    const note = press(s, { label: t('nl', 'card.button.note'), after: P1 });
    await expectRefused(s, { by: hamza, from: 'channel', says: 'not_member' }, note, t('nl', 'card.addNote'));
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_member' }, note, t('nl', 'card.addNote'));
  });

  it('the round’s close button: only the coordinator closes', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    const close = press(s, { label: t('nl', 'guide.button.coordinator.close_round') });
    // The round is drawn closed where it was posted, and the team gets the closed summary as a new message, as after `sluit`.
    const closed = t('nl', 'card.closedNotice');
    for (const r of [{ by: hamza, from: 'channel' }, { by: hamza, from: 'elsewhere' }, { by: bram, from: 'channel' }] as const) {
      await expectRefused(s, { ...r, says: 'not_coordinator' }, close);
    }
    s.expectChannelHides(closed);
    s.d.newInChannel();
    await close(anna, 'channel');
    await s.d.settle();
    s.expectChannelShows(closed);
    const summary = s.d.newInChannel();
    expect(summary).toContain(s.said('round.closed', { moment: t('nl', 'moment.week1') }));
    // Said once: the summary goes on to what comes next, not to the close again.
    expect(summary.split('gesloten').length - 1, summary).toBe(1);
  });

  it('agreeing a proposal, one card or all: only the coordinator', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    const agreeP1 = press(s, { label: t('nl', 'card.button.confirm'), after: P1 });
    const agreeAll = press(s, { label: t('nl', 'card.button.agreeAll') });
    const agreed = (score: Score): string => t('nl', 'card.agreed', { score, label: SCALE[score].nl });
    // Another score than proposed: Slack's select, Teams' buttons beside the proposal.
    const agreeOther = press(s, { label: scoreText('nl', 1), after: P1 });
    for (const send of [agreeP1, agreeOther, agreeAll]) {
      for (const r of [{ by: hamza, from: 'channel' }, { by: hamza, from: 'elsewhere' }, { by: bram, from: 'channel' }] as const) {
        await expectRefused(s, { ...r, says: 'not_coordinator' }, send);
      }
    }
    s.expectChannelHides(agreed(3), agreed(2));
    await agreeP1(anna, 'channel');
    await s.d.settle();
    s.expectChannelShows(agreed(3));
    s.expectChannelHides(agreed(2));
    await agreeAll(anna, 'channel');
    await s.d.settle();
    s.expectChannelShows(agreed(2));
  });

  it('an onderdeel’s plan form: the coordinator’s and the invuller’s, no one else’s', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await expectOpensForFillers(s, 'actieplan', 'P1', t('nl', 'plan.gewensteEindsituatie'), 'actieplanbijeenkomst');
    const typed = { watKanBeter: 'Geheim plan van De Ander', gewensteEindsituatie: 'x' };
    const refused = { says: 'not_invuller' as const, params: { kind: 'actieplanbijeenkomst' } };
    await expectRefused(s, { by: bram, from: 'channel', ...refused }, (by, from) => s.d.submitShown(by, anna, 'plan', from, typed));
    // The form names this team's leerlijn, wherever it is sent from.
    await expectRefused(s, { by: hamza, from: 'elsewhere', ...refused }, (by, from) => s.d.submitShown(by, anna, 'plan', from, typed));
    await s.command(bram, 'actieplan');
    s.expectNotAnswered(bram, typed.watKanBeter);
  });

  it('putting the actieplan in the channel: any member, nobody else', async () => {
    const s = story();
    const { bram, hamza } = castOf(s);
    await s.command(bram, 'actieplan');
    const post = press(s, { label: t('nl', 'plan.button.post'), shownTo: { person: bram, in: 'answer' } });
    await expectRefused(s, { by: hamza, from: 'channel', says: 'not_on_team' }, post);
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_on_team' }, post);
    await post(bram, 'channel');
    await s.d.settle();
    s.expectNewInChannel(t('nl', 'plan.heading'));
  });

  it('an action’s status buttons: the owner’s and the coordinator’s, nobody else’s', async () => {
    const s = story();
    const { anna, bram, chen, hamza } = castOf(s);
    await s.addPlanItem(anna, { onderdeel: 'P2', watKanBeter: 'Taken', gewensteEindsituatie: 'Helder', actions: [{ description: 'Rooster delen', owner: bram, due: '2026-03-02' }] });
    const status = (label: MessageKey) => press(s, { label: t('nl', label), after: 'Rooster delen', shownTo: { person: bram, in: 'private' } });
    const klaarBy = (name: string): string => t('nl', 'action.updated', { name, action: 'Rooster delen', status: t('nl', 'action.status.klaar') });
    // Chen is on the team, the action is not his; hamza is not on the team at all.
    await expectRefused(s, { by: chen, from: 'private', says: 'not_owner' }, status('action.button.klaar'));
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_on_team' }, status('action.button.klaar'));
    await expectRefused(s, { by: hamza, from: 'private', says: 'not_on_team' }, status('action.button.klaar'));
    if (s.platform === 'slack') {
      // Slack's note opens a form of its own; Teams has the note box on the card, sent with a status.
      await expectRefused(s, { by: chen, from: 'private', says: 'not_owner' }, status('action.button.note'), t('nl', 'action.title'));
    }
    await status('action.button.bezig')(bram, 'private');
    await s.d.settle();
    await status('action.button.klaar')(anna, 'private');
    await s.d.settle();
    s.expectNotAnswered(anna, t('nl', 'error.not_owner'));
    // The action is on bram's name, and the buttons he was sent still show it as bezig.
    s.expectToldPrivately(bram, klaarBy(s.name(anna)));
  });

  it('an onderdeel’s evaluation form: the coordinator’s and the invuller’s, no one else’s', async () => {
    const s = story();
    await expectOpensForFillers(s, 'evaluatie terugkom', 'P2', t('nl', 'evaluation.bereikt'), 'terugkombijeenkomst');
  });
});
