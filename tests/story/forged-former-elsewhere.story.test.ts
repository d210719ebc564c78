// Two kinds of people the button sweeps (clicks, coordinator-forms) leave out, on both platforms
// (the people and what is checked: ./forged.ts): someone taken off the team, who still has the
// buttons they were shown, and the coordinator herself pressing her team's buttons from another
// team's channel. The first is refused as anyone off the team is; the second acts on her own
// leerlijn, and the other channel gets nothing of it: no school, no plan, no names of her team.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { castOf, expectRefused, P1, press, SCHOOL, startBoth, voteLabel } from './forged.js';
import { PLATFORMS, sharedStory, type Person, type Story } from './story.js';
import type { ShownControl } from './drivers/driver.js';

const PLAN_P1 = 'P1 · Gelijkwaardige werkrelatie';
const SECRET_PLAN = { watKanBeter: 'Geheim plan van De Horizon', gewensteEindsituatie: 'Doel van De Horizon' };

/** What of anna's team the other channel must never show. */
const teamWords = (s: Story): string[] => [SCHOOL, SECRET_PLAN.watKanBeter, 'Rooster delen', s.name(s.person('bram')), s.name(s.person('chen'))];

/** Anna presses her own team's control from hamza's channel; that channel gets nothing of her team. */
async function fromElsewhere(s: Story, control: ShownControl, by: Person = castOf(s).anna): Promise<void> {
  const before = s.d.elsewhere();
  await press(s, control)(by, 'elsewhere');
  await s.d.settle();
  const got = s.d.elsewhere().slice(before.length);
  expect(teamWords(s).filter((w) => got.includes(w)), `${s.platform}: ${control.label} from elsewhere; it got ${got.slice(0, 300)}`).toEqual([]);
}

/** Anna's team with an action of chen's in the plan, and the week-1 round open with bram's votes. */
async function setup(s: Story): Promise<void> {
  await startBoth(s);
  const { anna, bram, chen } = castOf(s);
  const action = { description: 'Rooster delen', owner: chen, due: '2026-03-02' };
  await s.addPlanItem(anna, { onderdeel: 'P2', watKanBeter: 'Taken', gewensteEindsituatie: 'Helder', actions: [action] });
  await s.command(anna, 'scores');
  await s.d.vote(bram, 'P1', 3);
  await s.d.vote(bram, 'P2', 2);
  await s.d.settle();
}

describe.each(PLATFORMS)('someone taken off the team, with forged ids, on %s', (platform) => {
  const story = sharedStory(platform, setup);

  it('someone taken off the team votes, notes, shares the plan and updates the action handed over from them: refused', async () => {
    const s = story();
    const { anna, bram, chen } = castOf(s);
    await s.command(chen, 'actieplan');
    const post = press(s, { label: t('nl', 'plan.button.post'), shownTo: { person: chen, in: 'answer' } });
    const klaar = press(s, { label: t('nl', 'action.button.klaar'), after: 'Rooster delen', shownTo: { person: chen, in: 'private' } });
    await s.removeFromTeam(anna, chen);
    await s.d.commandNaming(anna, 'acties overdragen', [bram]);
    await s.d.settle();
    await expectRefused(s, { by: chen, from: 'channel', says: 'not_member' }, press(s, { label: voteLabel(1), after: P1 }));
    const note = press(s, { label: t('nl', 'card.button.note'), after: P1 });
    await expectRefused(s, { by: chen, from: 'channel', says: 'not_member' }, note, t('nl', 'card.addNote'));
    await expectRefused(s, { by: chen, from: 'channel', says: 'not_on_team' }, post);
    await expectRefused(s, { by: chen, from: 'private', says: 'not_on_team' }, klaar);
    // Off the team, he does not hear whose it is now; the new owner is not told of his press.
    s.expectNotAnswered(chen, s.name(bram));
    s.expectNotToldPrivately(bram, t('nl', 'action.updated', { name: s.name(chen), action: 'Rooster delen', status: t('nl', 'action.status.klaar') }));
    s.expectChannelHides(t('nl', 'card.votedCount', { count: 2, total: 2 }));
  });
});

describe.each(PLATFORMS)('the coordinator’s buttons from another team’s channel, on %s', (platform) => {
  const story = sharedStory(platform, setup);

  it('the coordinator’s own buttons pressed from another team’s channel show that channel nothing of her team', async () => {
    const s = story();
    const { anna } = castOf(s);
    await fromElsewhere(s, { label: voteLabel(3), after: P1 });
    await fromElsewhere(s, { label: t('nl', 'guide.button.coordinator.close_round') });
    await fromElsewhere(s, { label: t('nl', 'card.button.confirm'), after: P1 });
    await fromElsewhere(s, { label: t('nl', 'card.button.agreeAll') });
    await s.command(anna, 'actieplan');
    await fromElsewhere(s, { label: t('nl', 'plan.button.post'), shownTo: { person: anna, in: 'answer' } });
    await s.command(anna, 'actieplan');
    await fromElsewhere(s, { label: t('nl', 'evaluation.button.fill'), after: PLAN_P1, shownTo: { person: anna, in: 'answer' } });
    await s.command(anna, 'planning');
    await fromElsewhere(s, { label: 'Verplaatsen naar vr 22 mei', shownTo: { person: anna, in: 'answer' } });
    // Her team's plan form, opened in her channel and sent from the other one (a Teams card, which names no place; a
    // Slack modal is sent from no channel at all): saved for her team, said only in hers.
    if (s.platform === 'slack') return;
    await s.command(anna, 'actieplan');
    await press(s, { label: t('nl', 'evaluation.button.fill'), after: PLAN_P1, shownTo: { person: anna, in: 'answer' } })(anna, 'channel');
    const before = s.d.elsewhere();
    const action = { 'actions.0.description': 'Kennismaken', 'actions.0.dueDate': '2026-03-03', 'actions.0.ownerUserId': 'aad-bram' };
    await s.d.submitShown(anna, anna, 'plan', 'elsewhere', { ...SECRET_PLAN, ...action });
    await s.d.settle();
    const got = s.d.elsewhere().slice(before.length);
    expect(teamWords(s).filter((w) => got.includes(w)), `${platform}: the plan sent from elsewhere; it got ${got.slice(0, 300)}`).toEqual([]);
    await s.command(anna, 'actieplan');
    s.expectAnswered(anna, SECRET_PLAN.watKanBeter);
  });
});
