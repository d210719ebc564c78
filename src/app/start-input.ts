// The start form's input and its checks, every problem found refused at once (app/leerlijn.ts starts
// the leerlijn with it). Also the fields a team change shares with it: a person's id and platform name.
import { z } from 'zod';
import { dayOff } from '../domain/holidays.js';
import { REGIONS } from '../domain/school-holidays.js';
import { LEVELS, SIDES } from '../domain/team.js';
import { isValidTimezone, localParts, toInstant } from '../domain/timeline.js';
import type { Deps } from './context.js';
import type { ErrorParams, FieldError } from './errors.js';
import { failed, IsoDate, parseFields, TimeOfDay, wholeOrRefused, type Partly } from './validate.js';
import { clip } from '../text.js';

export const userId = z.string().trim().min(1, 'required').max(64, 'too_long');
const name = z.string().trim().min(1, 'required').max(150, 'too_long');

/**
 * A name as the platform gives it, which nobody typed here and so cannot shorten: kept to its first
 * 100 characters rather than refused (Teams allows 256; the start of a team with such a person failed).
 */
export const platformName = z.string().trim().min(1, 'required').transform((name) => clip(name, 100));

export const MemberInput = z.object({
  userId,
  displayName: platformName,
  side: z.enum(SIDES, 'side').nullable().default(null),
  level: z.enum(LEVELS, 'level').nullable().default(null),
});
export type MemberInput = z.input<typeof MemberInput>;

export const StartInput = z.object({
  channelId: userId,
  kind: z.enum(['bestaand', 'nieuw'], 'kind'),
  schoolName: name,
  youthOrgName: name,
  startDate: IsoDate,
  startTime: TimeOfDay,
  timezone: z.string().refine(isValidTimezone, 'timezone').optional(),
  lang: z.enum(['nl', 'en']).optional(),
  randvoorwaarden: z.object({ draagvlak: z.boolean(), financiering: z.boolean(), facilitering: z.boolean() }),
  /** For the school holidays; optional (then only public holidays are checked). */
  region: z.enum(REGIONS).nullish(),
  coordinators: z.array(userId).min(1, 'coordinator_required').max(4, 'too_many'),
  members: z.array(MemberInput).min(1, 'members_required').max(200, 'too_many'),
  /** The form asked each person's side with the people (the start form does on both platforms): everyone named must have one. */
  sidesAsked: z.boolean().optional(),
});
export type StartInput = z.input<typeof StartInput>;

type StartParts = Partly<z.infer<typeof StartInput>>;

/**
 * Sides asked with the people are asked of everyone: a coordinator or manager named only in
 * their own field would otherwise start "zonder kant".
 */
function sideProblems(input: StartParts): FieldError[] {
  if (!input.sidesAsked) return [];
  const unsided = (input.members ?? []).filter((m) => m?.side === null && m.displayName !== undefined).map((m) => m!.displayName);
  return unsided.length > 0 ? [{ field: 'members', message: 'side_everyone', params: { names: unsided.join(', ') } }] : [];
}

/**
 * The first meeting's moment, where its date parsed: a date before today (in the leerlijn's time zone) is past whatever the
 * time says, so it is said with an empty or wrong time too, not one send later; with the time, a moment that does not exist.
 */
function startMomentProblems({ startDate, startTime }: StartParts, timezone: string, now: Date): FieldError[] {
  if (startDate === undefined) return [];
  if (startDate < localParts(now, timezone).date) return [{ field: 'startDate', message: 'date_past' }];
  if (startTime === undefined) return [];
  try {
    toInstant(startDate, startTime, timezone); // rejects 2026-02-30 and the like
  } catch {
    return [{ field: 'startDate', message: 'date' }];
  }
  return [];
}

/**
 * A first meeting on a weekend day or a public holiday is refused: every later meeting keeps its weekday, so the channel
 * would read "valt in het weekend" four times. A single meeting moved there is only warned about (domain/timeline
 * moveMeeting): that is one meeting, chosen knowingly. Said with the first working day after it. The region's school
 * holidays are not refused, only named in the planning as before: a school may set its own days, and youth workers work
 * through them, so such a start can be right and the form has no way to insist.
 */
function startDayOffProblems({ startDate }: StartParts): FieldError[] {
  if (startDate === undefined) return [];
  const off = dayOff(startDate);
  if (!off) return [];
  const names: ErrorParams = off.name ? { holiday_nl: off.name.nl, holiday_en: off.name.en } : {};
  return [{ field: 'startDate', message: `date_${off.reason}`, params: { date: startDate, next: off.next, ...names } }];
}

/** The coordinators must be among the people named, where both parsed. */
function coordinatorProblems({ members, coordinators }: StartParts, problems: readonly FieldError[]): FieldError[] {
  if (!members || !coordinators || failed(problems, 'members')) return [];
  const memberIds = new Set(members.map((m) => m?.userId));
  return coordinators.some((c) => c !== undefined && !memberIds.has(c)) ? [{ field: 'coordinators', message: 'coordinator_not_in_team' }] : [];
}

/** The start form's input; every problem found refused at once. */
export function checkedStart(deps: Pick<Deps, 'defaultTimezone' | 'now'>, raw: unknown): z.infer<typeof StartInput> {
  const parsed = parseFields(StartInput, raw);
  const { parts, problems } = parsed;
  const moment = failed(problems, 'timezone') ? [] : startMomentProblems(parts, parts.timezone ?? deps.defaultTimezone, deps.now());
  const dayOffs = moment.length > 0 ? [] : startDayOffProblems(parts);
  return wholeOrRefused(parsed, [...sideProblems(parts), ...moment, ...dayOffs, ...coordinatorProblems(parts, problems)]);
}
