// The leerlijn wants both organisations and both levels at every meeting.
export const SIDES = ['school', 'jongerenwerk'] as const;
export type Side = (typeof SIDES)[number];
export const LEVELS = ['uitvoerder', 'manager'] as const;
export type Level = (typeof LEVELS)[number];

export interface TeamMember {
  userId: string;
  displayName: string;
  side: Side | null;
  level: Level | null;
}

export type TeamWarning =
  | { code: 'side_missing'; side: Side }
  | { code: 'level_missing'; level: Level }
  /** Members whose side is not given yet. */
  | { code: 'unassigned'; count: number }
  /** Members whose level is not given yet. */
  | { code: 'level_unassigned'; count: number };

/**
 * A side or level with nobody is said only when everyone's is known: a member not placed yet may
 * be that one (Slack's start form asks nobody's), so then the bot counts who is not placed instead.
 */
export function teamWarnings(members: readonly TeamMember[]): TeamWarning[] {
  const warnings: TeamWarning[] = [];
  const noSide = members.filter((m) => m.side === null).length;
  const noLevel = members.filter((m) => m.level === null).length;
  for (const side of SIDES) {
    if (noSide === 0 && !members.some((m) => m.side === side)) warnings.push({ code: 'side_missing', side });
  }
  for (const level of LEVELS) {
    if (noLevel === 0 && !members.some((m) => m.level === level)) warnings.push({ code: 'level_missing', level });
  }
  if (noSide > 0) warnings.push({ code: 'unassigned', count: noSide });
  if (noLevel > 0) warnings.push({ code: 'level_unassigned', count: noLevel });
  return warnings;
}

export const RANDVOORWAARDEN = ['draagvlak', 'financiering', 'facilitering'] as const;
export type Randvoorwaarde = (typeof RANDVOORWAARDEN)[number];

/** Missing randvoorwaarden warn but never block the start. */
export function missingRandvoorwaarden(answers: Readonly<Record<Randvoorwaarde, boolean>>): Randvoorwaarde[] {
  return RANDVOORWAARDEN.filter((r) => !answers[r]);
}
