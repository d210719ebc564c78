// Which known word a mistyped one was meant to be ("stauts" → "status"), for a "did you mean" after it.

/**
 * Edits from `a` to `b`: a letter put in, left out or changed, or two neighbours swapped (the optimal
 * string alignment form of Damerau-Levenshtein), since a swap ("stauts") is the commonest slip in typing.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: edits from a's first i letters to b's first j.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const changed = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + changed);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Edits a typo may have: two in a word of 5 letters or more ("planing", "shcedlue"); one in a shorter one,
 * where two would change half of it and find another word rather than a slip ("test" is not "team").
 */
const allowedEdits = (typed: string): number => (typed.length >= 5 ? 2 : 1);

/** Longer than any word we know plus the edits allowed: no word is that close, so it is not compared. */
const LONGEST_TYPED = 40;

/**
 * The one word of `words` that `typed` is a slip of, or null: when none is close enough, when two are
 * equally close (a guess would be wrong half the time), or when `typed` is one of them. Case is ignored.
 * `meaningOf` says which words mean the same (a command and its aliases): equally close words of one
 * meaning are no tie, as either is right; the first of them in `words` is suggested.
 */
export function closestWord(typed: string, words: readonly string[], meaningOf: (word: string) => string = (word) => word): string | null {
  const lower = typed.toLowerCase();
  if (lower.length > LONGEST_TYPED || words.includes(lower)) return null;
  const allowed = allowedEdits(lower);
  let closest: string[] = [];
  let fewest = Infinity;
  for (const word of words) {
    if (Math.abs(word.length - lower.length) > allowed) continue;
    const edits = editDistance(lower, word);
    if (edits > allowed || edits > fewest) continue;
    if (edits < fewest) [closest, fewest] = [[word], edits];
    else closest.push(word);
  }
  const [first] = closest;
  return first !== undefined && closest.every((word) => meaningOf(word) === meaningOf(first)) ? first : null;
}
