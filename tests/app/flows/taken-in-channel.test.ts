// Which next steps only the team's channel takes (app/flows/next-step.ts takenInChannel): read in a
// personal chat, the overview says so after them ('Dat doe je in het kanaal van het team.').
import { describe, expect, it } from 'vitest';
import { takenInChannel } from '../../../src/app/flows/next-step.js';
import type { NextAction } from '../../../src/domain/progress-types.js';

const coordinator = (code: Extract<NextAction, { role: 'coordinator' }>['code'], params = {}): NextAction => ({ role: 'coordinator', code, params });
const member = (code: Extract<NextAction, { role: 'member' }>['code'], params = {}): NextAction => ({ role: 'member', code, params });

describe('takenInChannel', () => {
  it('is every step a channel command takes: roles, planning, the team, a round, the forms', () => {
    for (const code of ['assign_roles', 'plan_meetings', 'set_team_sides', 'open_round', 'close_round', 'fill_actieplan', 'follow_up_actions', 'compare', 'plan_new_evaluation'] as const) {
      expect(takenInChannel(coordinator(code, { kind: 'actieplan' })), code).toBe(true);
    }
    expect(takenInChannel(member('fill_as_invuller', { kind: 'actieplan' }))).toBe(true);
  });

  it('is voting, done on the round’s cards in the channel', () => {
    expect(takenInChannel(member('vote', { moment: 'week1' }))).toBe(true);
  });

  it('is not one’s own actions (also in the personal chat), waiting, or agreeing, whose sentence says the channel already', () => {
    expect(takenInChannel(member('update_own_actions'))).toBe(false);
    expect(takenInChannel(member('wait_for_meeting'))).toBe(false);
    expect(takenInChannel(member('finished'))).toBe(false);
    expect(takenInChannel(coordinator('wait_for_meeting'))).toBe(false);
    expect(takenInChannel(coordinator('agree_scores'))).toBe(false);
  });
});
