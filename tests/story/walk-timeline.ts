// The whole leerlijn's walk, as two stories take it: a start on Monday 2 February 2026 at 15.30
// (weeks 1, 3, 9 and 17, Amsterdam time), a minute after each meeting has begun; week 17 is moved
// a day, off Whit Monday. Three voters: anna, bram, chen.
import type { Matrix } from './story.js';

// Proposals (medians): 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase.
export const WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};
// Nine 3s and a 2: 29, Doorontwikkelfase.
export const WEEK17: Matrix = {
  P1: [3, 3, 3], P2: [3, 3, 3], A1: [3, 3, 3], A2: [3, 3, 3], A3: [3, 3, 3],
  B1: [3, 3, 3], B2: [3, 3, 3], T1: [3, 3, 3], T2: [3, 3, 3], T3: [2, 2, 2],
};

export const SIGNALERING = '2026-02-02T14:31:00Z';
export const ACTIEPLAN = '2026-02-16T14:31:00Z';
export const TERUGKOM = '2026-03-30T13:31:00Z';
export const EINDEVALUATIE = '2026-05-26T13:31:00Z'; // moved off Whit Monday to the Tuesday
// The new evaluation meeting, planned for Monday 14 September 2026: its invitation a week before.
export const NEW_EVALUATION_INVITE = '2026-09-07T07:01:00Z';
