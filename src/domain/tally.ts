// From votes to a proposed score, and from agreed scores to a total and a fase.
// The leerlijn has the group decide; the bot only proposes (leerlijn.md, "From votes
// to the agreed score").
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from './instrument.js';

export interface Distribution {
  1: number;
  2: number;
  3: number;
}

export interface OnderdeelTally {
  count: number;
  distribution: Distribution;
  /** Median; on an even count with two different middle values, the lower one. */
  proposed: Score | null;
  /** Both a 1 and a 3 were cast: discuss before agreeing. */
  bespreekpunt: boolean;
}

export function tallyVotes(votes: readonly Score[]): OnderdeelTally {
  const distribution: Distribution = { 1: 0, 2: 0, 3: 0 };
  for (const v of votes) distribution[v] += 1;
  const sorted = [...votes].sort((a, b) => a - b);
  // Lower middle for even counts: index (n-1)/2 rounded down covers both cases.
  const proposed = sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
  return {
    count: votes.length,
    distribution,
    proposed,
    bespreekpunt: distribution[1] > 0 && distribution[3] > 0,
  };
}

export const FASES = ['opstart', 'opbouw', 'doorontwikkel'] as const;
export type Fase = (typeof FASES)[number];

export const MIN_TOTAL = 10;
export const MAX_TOTAL = 30;

/** 10–14 Opstartfase, 15–24 Opbouwfase, 25–30 Doorontwikkelfase. */
export function faseFor(total: number): Fase {
  if (!Number.isInteger(total) || total < MIN_TOTAL || total > MAX_TOTAL) {
    throw new RangeError(`total ${total} is outside ${MIN_TOTAL}..${MAX_TOTAL}`);
  }
  if (total <= 14) return 'opstart';
  if (total <= 24) return 'opbouw';
  return 'doorontwikkel';
}

export type AgreedScores = Partial<Record<OnderdeelCode, Score>>;

export interface Result {
  total: number;
  fase: Fase;
}

/** A total exists only when all ten onderdelen have an agreed score. */
export function resultOf(agreed: AgreedScores): Result | null {
  let total = 0;
  for (const code of ONDERDEEL_CODES) {
    const score = agreed[code];
    if (score === undefined) return null;
    total += score;
  }
  return { total, fase: faseFor(total) };
}

export function missingAgreed(agreed: AgreedScores): OnderdeelCode[] {
  return ONDERDEEL_CODES.filter((code) => agreed[code] === undefined);
}

/** Onderdelen without an agreed score that have a proposal, which any vote on it makes (tallyVotes): what "agree all" takes over. */
export function proposalsLeft(voted: readonly OnderdeelCode[], agreed: readonly OnderdeelCode[]): number {
  return ONDERDEEL_CODES.filter((code) => voted.includes(code) && !agreed.includes(code)).length;
}
