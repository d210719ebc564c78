import { describe, expect, it } from 'vitest';
import { missingRandvoorwaarden, teamWarnings, type TeamMember } from '../../src/domain/team.js';

const member = (userId: string, side: TeamMember['side'], level: TeamMember['level']): TeamMember => ({
  userId,
  displayName: userId,
  side,
  level,
});

describe('team composition', () => {
  it('is quiet when both sides and both levels are present', () => {
    const team = [member('a', 'school', 'uitvoerder'), member('b', 'jongerenwerk', 'manager')];
    expect(teamWarnings(team)).toEqual([]);
  });

  it('warns when a side has nobody', () => {
    const team = [member('a', 'school', 'uitvoerder'), member('b', 'school', 'manager')];
    expect(teamWarnings(team)).toEqual([{ code: 'side_missing', side: 'jongerenwerk' }]);
  });

  it('warns when a level has nobody', () => {
    const team = [member('a', 'school', 'uitvoerder'), member('b', 'jongerenwerk', 'uitvoerder')];
    expect(teamWarnings(team)).toEqual([{ code: 'level_missing', level: 'manager' }]);
  });

  // Slack's start form asks nobody's side or level: 'Er zit nog niemand van de school in het team'
  // was said in the channel of a team full of teachers. Whoever is not placed yet may be that one.
  it('says nobody is from a side or at a level only when it knows everyone’s, and counts who is not placed yet', () => {
    const team = [member('a', 'school', 'uitvoerder'), member('b', 'school', 'uitvoerder'), member('c', null, null)];
    expect(teamWarnings(team)).toEqual([
      { code: 'unassigned', count: 1 },
      { code: 'level_unassigned', count: 1 },
    ]);
    const unplaced = [member('a', null, null), member('b', null, null)];
    expect(teamWarnings(unplaced)).toEqual([
      { code: 'unassigned', count: 2 },
      { code: 'level_unassigned', count: 2 },
    ]);
  });
});

describe('randvoorwaarden', () => {
  it('names each missing one and blocks nothing', () => {
    expect(missingRandvoorwaarden({ draagvlak: true, financiering: false, facilitering: true })).toEqual(['financiering']);
    expect(missingRandvoorwaarden({ draagvlak: true, financiering: true, facilitering: true })).toEqual([]);
  });
});
