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

  it('warns when a level has nobody and when members have no side yet', () => {
    const team = [member('a', 'school', 'uitvoerder'), member('b', 'jongerenwerk', 'uitvoerder'), member('c', null, null)];
    expect(teamWarnings(team)).toEqual([
      { code: 'level_missing', level: 'manager' },
      { code: 'unassigned', count: 1 },
    ]);
  });
});

describe('randvoorwaarden', () => {
  it('names each missing one and blocks nothing', () => {
    expect(missingRandvoorwaarden({ draagvlak: true, financiering: false, facilitering: true })).toEqual(['financiering']);
    expect(missingRandvoorwaarden({ draagvlak: true, financiering: true, facilitering: true })).toEqual([]);
  });
});
