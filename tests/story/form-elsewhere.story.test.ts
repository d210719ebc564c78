// The coordinator presses her team's "Invullen" (the actieplan's, an evaluation's) from another
// team's channel (the people and what is checked: ./forged.ts). The form would open there, and in
// Teams that channel would read whose form it is and later that it is filled in, while her own team
// reads nothing: refused, saying it belongs to another channel's leerlijn. In her channel it opens.
import { describe, it } from 'vitest';
import { onderdeel, type OnderdeelCode } from '../../src/domain/instrument.js';
import { t } from '../../src/i18n/index.js';
import { castOf, expectRefused, press } from './forged.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';
import { PLATFORMS, sharedStory, type Story } from './story.js';

/** Anna's "Invullen" of this onderdeel, shown after `command`, pressed from hamza's channel, then from hers. */
async function opensOnlyInHerChannel(s: Story, command: string, code: OnderdeelCode, inForm: string): Promise<void> {
  const { anna } = castOf(s);
  await s.command(anna, command);
  const open = press(s, { label: t('nl', 'evaluation.button.fill'), after: `${code} · ${onderdeel(code).label.nl}`, shownTo: { person: anna, in: 'answer' } });
  await expectRefused(s, { by: anna, from: 'elsewhere', says: 'leerlijn_elsewhere' }, open, inForm);
  s.expectNotAnswered(anna, s.said('error.no_leerlijn'));
  await open(anna, 'channel');
  s.expectAnswered(anna, inForm);
}

/** Anna's team with week 1 agreed and a plan item for P2 (its evaluation can be filled in), and hamza's leerlijn. */
async function setup(s: Story): Promise<void> {
  const { anna, chen } = await smallTeamWithWeek1Agreed(s);
  await s.d.startElsewhere(castOf(s).hamza, 'De Ander');
  const action = { description: 'Rooster delen', owner: chen, due: '2026-03-02' };
  await s.addPlanItem(anna, { onderdeel: 'P2', watKanBeter: 'Taken', gewensteEindsituatie: 'Helder', actions: [action] });
}

describe.each(PLATFORMS)('the coordinator’s “Invullen” pressed from another team’s channel, on %s', (platform) => {
  const story = sharedStory(platform, setup);

  it('the actieplan’s form: refused there, opened in her channel', async () => {
    await opensOnlyInHerChannel(story(), 'actieplan', 'P1', t('nl', 'plan.gewensteEindsituatie'));
  });

  it('an evaluation’s form: refused there, opened in her channel', async () => {
    await opensOnlyInHerChannel(story(), 'evaluatie terugkom', 'P2', t('nl', 'evaluation.bereikt'));
  });
});
