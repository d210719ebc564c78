// The coordinator agrees her team's score from another team's channel, where she is on that team
// too (she owns an action of its plan). What she is told next is her own leerlijn's step, or
// nothing: not the step of the channel's leerlijn, which the agreement was not about (and
// whose buttons there would act on that leerlijn).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { castOf, press } from './forged.js';
import { SMALL_TEAM_WEEK1 } from './small-team.js';
import { PLATFORMS, sharedStory, type Story } from './story.js';

/** Anna's team's week 1, voted and closed; hamza's leerlijn, with an action of anna's in its plan. */
async function setup(s: Story): Promise<void> {
  const { anna, hamza } = castOf(s);
  const team = s.members(3);
  await s.start({ by: anna, school: 'De Horizon', members: team });
  await s.d.startElsewhere(hamza, 'De Ander', { owner: anna, description: 'Overleg plannen', due: '2026-02-20' });
  await s.openRound(anna);
  await s.voteMatrix(team, SMALL_TEAM_WEEK1);
  await s.close(anna);
}

describe.each(PLATFORMS)('the next step after an agreement pressed from another team’s channel, on %s', (platform) => {
  const story = sharedStory(platform, setup);

  it('is not the other channel’s leerlijn’s', async () => {
    const s = story();
    const { anna } = castOf(s);
    await press(s, { label: t('nl', 'card.button.agreeAll') })(anna, 'elsewhere');
    await s.d.settle();
    // Hamza's leerlijn's next step for her: her action there, not done yet.
    const theirs = t('nl', 'guide.next.member.update_own_actions', { actions: '1 actie' });
    expect(s.d.lastAnswer(anna), platform).not.toContain(theirs);
  });
});
