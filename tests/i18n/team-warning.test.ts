// 'Team members without a side (school or youth work): 1. Set their side…' read as a numbered
// list (Teams renders Markdown) and said nothing of what the 1 counted. The count is written with
// its noun ('1 teamlid', '3 team members'), never a bare number before a full stop.
import { describe, expect, it } from 'vitest';
import { countText } from '../../src/i18n/counts.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';
import type { Lang } from '../../src/i18n/index.js';

describe.each<Lang>(['nl', 'en'])('the team’s warning of members without a side or level (%s)', (lang) => {
  it.each([1, 3])('counts %i as team members, not as a list number', (count) => {
    for (const code of ['unassigned', 'level_unassigned'] as const) {
      const said = tTeamWarning(lang, { code, count });
      expect(said).toContain(countText(lang, 'teamlid', count));
      expect(said).not.toMatch(/\d\./);
    }
  });
});
