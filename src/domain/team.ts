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
  | { code: 'unassigned'; count: number };

export function teamWarnings(members: readonly TeamMember[]): TeamWarning[] {
  const warnings: TeamWarning[] = [];
  for (const side of SIDES) {
    if (!members.some((m) => m.side === side)) warnings.push({ code: 'side_missing', side });
  }
  for (const level of LEVELS) {
    if (!members.some((m) => m.level === level)) warnings.push({ code: 'level_missing', level });
  }
  const unassigned = members.filter((m) => m.side === null).length;
  if (unassigned > 0) warnings.push({ code: 'unassigned', count: unassigned });
  return warnings;
}

export const RANDVOORWAARDEN = ['draagvlak', 'financiering', 'facilitering'] as const;
export type Randvoorwaarde = (typeof RANDVOORWAARDEN)[number];

/** Missing randvoorwaarden warn but never block the start. */
export function missingRandvoorwaarden(answers: Readonly<Record<Randvoorwaarde, boolean>>): Randvoorwaarde[] {
  return RANDVOORWAARDEN.filter((r) => !answers[r]);
}
