// The planning's forms, decided once for both platforms: moving a meeting (also by one click
// on a day-off warning), the notulist, invuller and location of the meetings, and the reminder
// settings. A changed planning is news for the whole team: it goes to the channel, and the
// coordinator hears what is next.
import { assignMeetingRoles, rescheduleMeeting, setReminderSettings } from '../meetings.js';
import type { TimelineView } from '../views.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { membersWhenAsked, submitted, tellNextStep } from './forms.js';
import type { SentValues } from './forms.js';
import { timelineFor } from './plan.js';
import type { FormCtx } from './surface.js';

/** The move form's values, as the use case reads them (it checks them). */
export interface MoveInput {
  kind: unknown;
  date: unknown;
  time: unknown;
}

/** The order of the meetings refused: the reason stands beside the date. */
const MOVE_REFUSED_AT = { schedule_refused: 'date' };

/**
 * The team's channel gets the new planning, without the controls to change it (everyone sees
 * it). Acted on outside the channel (a prompt in a personal chat), the coordinator also sees it
 * there, as they see it themselves.
 */
async function planningChanged(ctx: FormCtx, timeline: TimelineView): Promise<void> {
  const members = membersWhenAsked(ctx);
  await ctx.surface.post({ type: 'timeline', timeline, members });
  if (ctx.place.personal) await ctx.surface.reply(await timelineFor(ctx.deps, ctx.actor, ctx.leerlijnId, { timeline, members: await members() }));
  await tellNextStep(ctx);
}

/** A move that breaks a timing rule is made; the planning shows the warning. */
export async function moveSubmitted(ctx: FormCtx, input: MoveInput): Promise<void> {
  const timeline = await submitted(ctx, 'move', () => rescheduleMeeting(ctx.deps, ctx.actor, ctx.leerlijnId, input), MOVE_REFUSED_AT);
  if (timeline) await planningChanged(ctx, timeline);
}

/** The move form as sent (src/views/planning-forms.ts moveForm), from either platform; a typed time may have spaces around it. */
export async function moveFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  await moveSubmitted(ctx, { kind: values.kind ?? '', date: values.date ?? '', time: values.time?.trim() ?? '' });
}

/** One click on a day-off warning: the meeting moves to that day at its own time. */
export async function moveToDay(ctx: FormCtx, input: { kind: string; date: string }): Promise<void> {
  // No time: the use case keeps the meeting's own, read in its transaction.
  const moved = await submitted(ctx, 'move_to', () => rescheduleMeeting(ctx.deps, ctx.actor, ctx.leerlijnId, input), MOVE_REFUSED_AT);
  if (moved) await planningChanged(ctx, moved);
}

/** Per meeting: a person's id, null for nobody, undefined to keep whoever it is; the location, '' to clear it, undefined to keep it. */
export interface RolesInput {
  kind: string;
  notulistUserId: string | null | undefined;
  invullerUserId: string | null | undefined;
  location: string | undefined;
}

/** The "nobody" choice's value; an empty one means "not sent" and keeps the current person. Teams' cards have sent it since the start. */
export const NO_ROLE = 'none';

/** A sent person, "nobody" (null), or nothing sent: keep whoever it is now (undefined). */
const roleOf = (value: string | undefined): string | null | undefined => (value === undefined || value === '' ? undefined : value === NO_ROLE ? null : value);

/**
 * The roles form as sent (src/views/planning-forms.ts rolesForm), from either platform: its ids
 * are `<index>.<field>`, the meeting's place in ALL_MEETING_KINDS, as the use case names problems.
 * A location not sent is kept; sent empty, it is cleared.
 */
export async function rolesFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  const roles = ALL_MEETING_KINDS.map((kind, i) => ({
    kind,
    notulistUserId: roleOf(values[`${i}.notulistUserId`]),
    invullerUserId: roleOf(values[`${i}.invullerUserId`]),
    location: values[`${i}.location`],
  }));
  await rolesSubmitted(ctx, roles);
}

/** All meetings in one call: the form saves everything or nothing. */
export async function rolesSubmitted(ctx: FormCtx, roles: readonly RolesInput[]): Promise<void> {
  const timeline = await submitted(ctx, 'roles', () => assignMeetingRoles(ctx.deps, ctx.actor, ctx.leerlijnId, roles));
  if (timeline) await planningChanged(ctx, timeline);
}

/** The form's values; an unchosen one is undefined, which the use case refuses. */
export interface RemindersInput {
  inviteDays: string | undefined;
  dayBefore: string | undefined;
  atStart: boolean | undefined;
  notifyChannel: boolean | undefined;
}

/** Coordinator-only (the use case checks): only they hear the settings, the team hears the reminders themselves. */
export async function remindersSubmitted(ctx: FormCtx, input: RemindersInput): Promise<void> {
  const saved = await submitted(ctx, 'reminders', () => setReminderSettings(ctx.deps, ctx.actor, ctx.leerlijnId, input));
  if (saved) await ctx.surface.reply({ type: 'reminders_saved', ...saved });
}

/** The values a yes/no choice sends: what Teams' toggles sent, so a card posted before still submits. */
export const YES = 'true';
export const NO = 'false';

/** A yes/no choice as sent; nothing chosen is undefined, which the use case refuses. */
const yesNo = (value: string | undefined): boolean | undefined => (value === YES ? true : value === NO ? false : undefined);

/** The reminder form as sent (src/views/planning-forms.ts remindersForm), from either platform. */
export async function remindersFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  // An unselected day count is sent as '' or not at all: undefined, which the use case refuses as 'invalid'.
  const days = (id: string): string | undefined => values[id] || undefined;
  await remindersSubmitted(ctx, { inviteDays: days('inviteDays'), dayBefore: days('dayBefore'), atStart: yesNo(values.atStart), notifyChannel: yesNo(values.notifyChannel) });
}
