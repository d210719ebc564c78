// A start many stories share: anna coordinates a team of three for De Horizon, and week 1 is
// scored and agreed, so the actieplan can be made.
import type { Matrix, Person, Story } from './story.js';

/** Three voters' week-1 scores: proposals 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase (10–14). */
export const SMALL_TEAM_WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};

export async function smallTeamWithWeek1Agreed(s: Story): Promise<{ anna: Person; bram: Person; chen: Person }> {
  const anna = s.coordinator('anna');
  const team = s.members(3);
  await s.start({ by: anna, school: 'De Horizon', members: team });
  await s.openRound(anna);
  await s.voteMatrix(team, SMALL_TEAM_WEEK1);
  await s.close(anna);
  await s.agreeAll(anna);
  return { anna, bram: team[1]!, chen: team[2]! };
}
