// The coordinator planned the actieplan meeting 17 days after the signalering. The planning's
// warning names that meeting once: "De actieplanbijeenkomst valt 17 dagen na de signalering…",
// not "Actieplanbijeenkomst: de actieplanbijeenkomst valt…".
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a planning warning, on %s', (platform) => {
  story(platform, 'names its meeting once', async (s) => {
    const { anna } = await startSmallTeam(s);
    await sendMoveForm(s, anna, { kind: 'actieplan', date: '2026-02-19', time: '15:30' });
    await s.command(anna, 'planning');
    s.expectAnswered(anna, '• De actieplanbijeenkomst valt 17 dagen na de signalering; de leerlijn raadt binnen 2 weken aan.');
    s.expectNotAnswered(anna, 'Actieplanbijeenkomst: de actieplanbijeenkomst');
  });
});
