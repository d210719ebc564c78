// Eindevaluatie: the week-17 instrument against week 1.
import {
  ELEMENT_CODES,
  ONDERDEEL_CODES,
  onderdelenOf,
  type CollaborationKind,
  type ElementCode,
  type OnderdeelCode,
  type Score,
} from './instrument.js';
import { faseFor, type Fase } from './tally.js';

export type FullScores = Readonly<Record<OnderdeelCode, Score>>;

export interface OnderdeelChange {
  code: OnderdeelCode;
  before: Score;
  after: Score;
  delta: number;
  /** For `nieuw`: the desired score (week 1) was reached or passed. */
  reached: boolean;
}

export interface ElementChange {
  code: ElementCode;
  before: number;
  after: number;
  delta: number;
  max: number;
}

export interface Comparison {
  kind: CollaborationKind;
  onderdelen: OnderdeelChange[];
  elements: ElementChange[];
  /** max: every onderdeel at 3, as an element's max counts its own. */
  total: { before: number; after: number; delta: number; max: number };
  fase: { before: Fase; after: Fase; changed: boolean };
  /**
   * For `nieuw` the week-1 instrument described the desired situation: how many
   * onderdelen reached it, and the share of the desired points achieved (0..1).
   * Null for `bestaand`, where week 1 described the situation as it was.
   */
  desired: { reachedCount: number; share: number } | null;
}

function sum(scores: FullScores, codes: readonly OnderdeelCode[]): number {
  return codes.reduce((acc, code) => acc + scores[code], 0);
}

export function compareInstruments(kind: CollaborationKind, before: FullScores, after: FullScores): Comparison {
  const onderdelen = ONDERDEEL_CODES.map((code) => ({
    code,
    before: before[code],
    after: after[code],
    delta: after[code] - before[code],
    reached: after[code] >= before[code],
  }));
  const elements = ELEMENT_CODES.map((code) => {
    const codes = onderdelenOf(code).map((o) => o.code);
    const b = sum(before, codes);
    const a = sum(after, codes);
    return { code, before: b, after: a, delta: a - b, max: codes.length * 3 };
  });
  const totalBefore = sum(before, ONDERDEEL_CODES);
  const totalAfter = sum(after, ONDERDEEL_CODES);
  const faseBefore = faseFor(totalBefore);
  const faseAfter = faseFor(totalAfter);
  return {
    kind,
    onderdelen,
    elements,
    total: { before: totalBefore, after: totalAfter, delta: totalAfter - totalBefore, max: ONDERDEEL_CODES.length * 3 },
    fase: { before: faseBefore, after: faseAfter, changed: faseBefore !== faseAfter },
    desired: kind === 'nieuw' ? desiredReached(before, after) : null,
  };
}

function desiredReached(desired: FullScores, actual: FullScores): { reachedCount: number; share: number } {
  let reachedCount = 0;
  let achieved = 0;
  let wanted = 0;
  for (const code of ONDERDEEL_CODES) {
    if (actual[code] >= desired[code]) reachedCount += 1;
    achieved += Math.min(actual[code], desired[code]);
    wanted += desired[code];
  }
  return { reachedCount, share: achieved / wanted };
}
