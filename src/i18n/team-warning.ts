// A team warning as a sentence. Apart from index.ts because it counts with counts.ts, which
// itself takes `t` from index.ts: kept here, the two import no circle.
import type { Lang } from '../domain/instrument.js';
import type { TeamWarning } from '../domain/team.js';
import { countText } from './counts.js';
import { t } from './index.js';

export function tTeamWarning(lang: Lang, warning: TeamWarning): string {
  switch (warning.code) {
    case 'side_missing':
      return t(lang, 'team.warning.side_missing', { side: t(lang, `side.phrase.${warning.side}`) });
    case 'level_missing':
      return t(lang, 'team.warning.level_missing', { level: t(lang, `level.phrase.${warning.level}`) });
    // '…: 1.' read as a numbered list (Teams renders Markdown): the count goes with its noun.
    case 'unassigned':
    case 'level_unassigned':
      return t(lang, `team.warning.${warning.code}`, { members: countText(lang, 'teamlid', warning.count) });
  }
}
