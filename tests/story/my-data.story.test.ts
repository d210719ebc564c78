// `mijn-gegevens`: a member sees their own votes and notes, privately, and nobody else's.
// `mijn-acties` in the channel: the asker sees their own actions with their buttons; the rest of
// the channel sees neither, and reads in plain Dutch whose they are.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('mijn-gegevens, on %s', (platform) => {
  story(platform, 'a member asks what the bot keeps about them and sees only their own votes', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram, chen] = team as [typeof anna, typeof anna, typeof anna];
    await s.start({ by: anna, school: 'Het Baken', members: team });
    await s.openRound(anna, 1);
    await s.vote(bram, 'P1', 3);
    await s.vote(chen, 'P1', 1);
    // In the private chat: a channel never shows someone's own votes (commands.story.test.ts).
    await s.commandPrivately(bram, 'mijn-gegevens');
    s.expectAnswered(bram, 'Dit bewaar ik van jou', 'P1 3');
    s.expectNotAnswered(bram, 'P1 1');
  });
});

describe.each(PLATFORMS)('mijn-acties in the channel, on %s', (platform) => {
  story(platform, 'the asker sees their own actions and buttons; the rest of the channel sees neither', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.addPlanItem(anna, { onderdeel: 'P1', watKanBeter: 'Overleg', gewensteEindsituatie: 'Elke maand', actions: [{ description: 'Maandoverleg plannen', owner: bram, due: '2026-03-13' }] });
    s.d.newInChannel();
    await s.command(bram, 'mijn-acties');
    s.expectAnswered(bram, 'Maandoverleg plannen', t('nl', 'action.button.klaar'));
    const everyone = `${s.d.lastAnswerToAll(bram)}\n${s.d.newInChannel()}`;
    expect(everyone, platform).not.toContain(t('nl', 'action.button.klaar'));
    expect(everyone, platform).not.toContain('Maandoverleg plannen');
    // Where the rest reads whose they are (Teams), it is said as one says it: not 'de eigen acties'.
    expect(everyone, platform).not.toContain('de eigen acties');
    if (platform === 'teams') expect(everyone).toContain(`alleen ${s.name(bram)} ziet hier de acties, met de knoppen om ze bij te werken.`);
  });
});
