// The words for the two score rounds, the same in Slack and Teams: `scores` is week 1,
// `scores eind` (or 17, week17, final) week 17.
const ALIASES: Readonly<Record<string, 'week1' | 'week17'>> = {
  '': 'week1', week1: 'week1', '1': 'week1', week17: 'week17', '17': 'week17', eind: 'week17', final: 'week17',
};

/** The round a `scores` argument names, or null for a word we do not know. */
export function roundMomentOf(arg: string): 'week1' | 'week17' | null {
  return ALIASES[arg.trim().toLowerCase()] ?? null;
}
