// The planning's move form offers the leerlijn's four meetings and, from the eindevaluatie on, a
// fifth, the new evaluation meeting. Sent without one chosen, it asks to choose a meeting: not
// "one of the four", beside a list that may hold five.
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { sendMoveForm, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the move form without a meeting chosen, on %s', (platform) => {
  story(platform, 'asks to choose a meeting, without counting them', async (s) => {
    const { anna } = await startSmallTeam(s);
    await sendMoveForm(s, anna, { kind: '', date: '2026-02-04', time: '15:30' });
    expect(s.d.formProblems(anna), platform).toEqual({ kind: 'Kies een bijeenkomst.' });
  });
});
