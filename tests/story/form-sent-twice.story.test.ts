// A form sent a second time from the same opened form: Slack keeps a modal open with "try again"
// when its answer came after 3 s, Teams' card stays on screen, and a person presses again. What
// the first send saved is not saved twice: the onderdeel goes to the channel once, its action is
// in the plan once, and its owner is told once; the sender hears it was sent already.
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a form sent twice, on %s', (platform) => {
  story(platform, 'the actieplan form sent again: its actions saved once, the channel and the owner told once', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    const action = 'Maandoverleg plannen';
    const item = { onderdeel: 'P1', watKanBeter: 'We weten niet wat de ander doet', gewensteEindsituatie: 'Samen de stand opmaken' } as const;
    await s.addPlanItem(anna, { ...item, actions: [{ description: action, owner: bram, due: '2026-03-13' }] });
    s.d.newInChannel();
    await s.d.submitAgain(anna);
    await s.d.settle();
    expect(s.d.newInChannel(), `${platform}: the channel after the second send`).not.toContain(action);
    s.expectAnswered(anna, s.said('form.alreadySent'));
    expect(s.timesToldPrivately(bram, action), `${platform}: bram told of his action`).toBe(1);
    await s.command(anna, 'acties');
    expect(s.d.lastAnswer(anna).split(action).length - 1, `${platform}: the action in the plan`).toBe(1);
  });
});
