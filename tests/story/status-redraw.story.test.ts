// A status set from a reminder about an action, told once for Slack and Teams: the reminder
// itself shows what changed, instead of the status and buttons it was sent with.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';

const VOTES: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'bezig pressed on a reminder: the reminder shows the action as bezig', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team;
    await s.start({ by: anna, school: 'De Horizon', members: team });
    await s.openRound(anna);
    await s.voteMatrix(team, VOTES);
    await s.close(anna);
    await s.agreeAll(anna);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram!, due: '2026-03-02' }],
    });
    // Three days before it is due, at nine, the owner is reminded.
    await s.timePasses('2026-02-27T08:05:00Z');
    s.expectToldPrivately(bram!, 'Over 3 dagen moet je actie klaar zijn');

    await s.setStatus(bram!, 'Aanspreekpunt kiezen', 'bezig');
    s.expectClickedMessage(['Aanspreekpunt kiezen', t('nl', 'action.status.bezig')], [t('nl', 'action.status.open')]);
  });
});
