// The round or Evaluatielijst a `scores` / `evaluatie` argument names (app/flows/rounds.ts), typed as the bot itself says it: "week 17".
import { describe, expect, it } from 'vitest';
import { evaluationMomentOf, meetingKindOf, roundMomentOf } from '../../../src/app/flows/rounds.js';

describe('the words after scores and evaluatie', () => {
  it('"week 17" and "week 1" with a space, in any case, name the round as "week17" does', () => {
    expect(['week 17', 'Week 17', 'week  17', 'eind', '17'].map(roundMomentOf)).toEqual(['week17', 'week17', 'week17', 'week17', 'week17']);
    expect(['week 1', 'WEEK 1', '', '1'].map(roundMomentOf)).toEqual(['week1', 'week1', 'week1', 'week1']);
    expect(['week 9', 'week 171', 'banaan'].map(roundMomentOf)).toEqual([null, null, null]);
  });

  it('evaluatie: "week 17" is the eindevaluatie, "week 9" the terugkombijeenkomst\'s (its week in the leerlijn)', () => {
    expect(['week 17', 'week17', 'eind', '17'].map(evaluationMomentOf)).toEqual(['eind', 'eind', 'eind', 'eind']);
    expect(['week 9', 'week9', '9', 'terugkom', ''].map(evaluationMomentOf)).toEqual(['terugkom', 'terugkom', 'terugkom', 'terugkom', 'terugkom']);
    expect(['week 1', 'constructor'].map(evaluationMomentOf)).toEqual([null, null]);
  });

  it('planning rollen: a meeting by code, by name in either language, or by its round\'s or list\'s word', () => {
    expect(['signalering', 'Assessment meeting', 'assessment', 'week 1', '1'].map(meetingKindOf)).toEqual(Array(5).fill('signalering'));
    expect(['actieplan', 'action plan', 'Actieplanbijeenkomst'].map(meetingKindOf)).toEqual(Array(3).fill('actieplan'));
    expect(['terugkom', 'follow-up', 'follow-up meeting', 'interim', 'week 9'].map(meetingKindOf)).toEqual(Array(5).fill('terugkom'));
    expect(['eindevaluatie', 'final', 'final evaluation', 'eind', 'week 17'].map(meetingKindOf)).toEqual(Array(5).fill('eindevaluatie'));
    expect(['vervolgevaluatie', 'new evaluation', 'nieuwe evaluatiebijeenkomst'].map(meetingKindOf)).toEqual(Array(3).fill('vervolgevaluatie'));
    expect(['', 'lunch', 'constructor', 'week 3'].map(meetingKindOf)).toEqual([null, null, null, null]);
  });
});
