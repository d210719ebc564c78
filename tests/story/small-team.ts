// A start many stories share: anna coordinates a team of three for De Horizon (bram and chen),
// and, where a story needs it, week 1 is scored and agreed, so the actieplan can be made.
import { t } from '../../src/i18n/index.js';
import type { StartMore } from './drivers/driver.js';
import type { Matrix, Person, Story } from './story.js';

/** Three voters' week-1 scores: proposals 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase (10–14). */
export const SMALL_TEAM_WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};

export interface SmallTeam { anna: Person; bram: Person; chen: Person; team: Person[] }

/** Anna starts the leerlijn for De Horizon with the three of them. */
export async function startSmallTeam(s: Story, more: StartMore = {}): Promise<SmallTeam> {
  const anna = s.coordinator('anna');
  const team = s.members(3);
  await s.start({ by: anna, school: 'De Horizon', members: team, ...more });
  return { anna, bram: team[1]!, chen: team[2]!, team };
}

export async function smallTeamWithWeek1Agreed(s: Story, more: StartMore = {}): Promise<SmallTeam> {
  const small = await startSmallTeam(s, more);
  await s.openRound(small.anna);
  await s.voteMatrix(small.team, SMALL_TEAM_WEEK1);
  await s.close(small.anna);
  await s.agreeAll(small.anna);
  return small;
}

/**
 * Anna opens week 17 with `open` (its words differ per language), `voters` score `matrix`, she closes and
 * agrees all, and asks for the comparison: what the channel has new afterwards is the comparison alone.
 */
export async function week17Compared(s: Story, anna: Person, voters: Person[], matrix: Matrix, open = 'scores eind nu'): Promise<void> {
  await s.command(anna, open);
  await s.voteMatrix(voters, matrix);
  await s.close(anna);
  await s.agreeAll(anna);
  s.d.newInChannel();
  await s.compare(anna);
}

/** `by` sends the planning's move form with `fields` (on Slack the form opens from the planning's button first). */
export async function sendMoveForm(s: Story, by: Person, fields: Record<string, string>): Promise<void> {
  await s.command(by, 'planning');
  if (s.platform === 'slack') await s.d.pressShown(by, { label: t('nl', 'timeline.button.move'), shownTo: { person: by, in: 'answer' } }, 'channel');
  await s.d.submitShown(by, by, 'move', 'channel', fields);
}
