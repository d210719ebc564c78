// What the bot says on its own, as neutral data; each adapter renders it.
import type { LinkedDocument } from '../documents/invitation-links.js';
import type { DocumentKind } from '../documents/links.js';
import type { PlanGoingActions } from '../domain/plan-going.js';
import type { RoundMoment } from '../domain/progress-types.js';
import type { ExportFile } from './export-files.js';
import type { TeamNews } from './team-news.js';
import type { ActionView, LeerlijnView, MeetingView, TimelineView } from './views.js';

interface MeetingReminder {
  type: 'meeting_reminder'; leerlijn: LeerlijnView; timeline: TimelineView; meeting: MeetingView;
  /** The documents to read, each with a link where there is one (the school's URL, or a signed link to the team's own). */
  links: LinkedDocument[];
  /** The coordinator chose to notify the whole channel (invitation and start only, not the short reminder). */
  notifyChannel: boolean;
  /** Week 1's scores are all agreed (read at send time): an actieplan's start offers its work only then. */
  week1Agreed?: boolean;
}

/**
 * When an owner is reminded of an action: before its date, on it, after it (overdue), or on the
 * working day before a date that is a weekend day or public holiday (due_day_off: not "today").
 */
export const FOLLOWUP_WHENS = ['before', 'due', 'overdue', 'due_day_off'] as const;
export type FollowupWhen = (typeof FOLLOWUP_WHENS)[number];

/**
 * `openMoment`: the round that is open, where one is (its reminder names that one, not the meeting's);
 * `openRoundId`: that round, which the reminder to close it offers to close with one click.
 */
interface CoordinatorPrompt { type: 'coordinator_prompt'; leerlijn: LeerlijnView; openRound: boolean; openMoment?: RoundMoment | null; openRoundId?: string | null; unagreed: number }

export type Notice =
  /** After the actieplan is saved: an owner's own actions, with status buttons. */
  /** `handedOverBy`: the coordinator who gave them from someone else (acties overdragen). */
  | { type: 'owner_actions'; leerlijn: LeerlijnView; actions: ActionView[]; handedOverBy?: string }
  /** An owner changed a status: tell the coordinator. */
  /** `byName`: the platform's name for whoever changed it, for when they are no longer on the team. */
  | { type: 'action_changed'; leerlijn: LeerlijnView; action: ActionView; previousStatus: ActionView['status']; byUserId: string; byName?: string; note: string | null }
  | (MeetingReminder & { when: 'invite' | 'start' })
  /**
   * `daysAhead`: from the day it goes out to the meeting's day. 1 as planned by default; more
   * with a longer short-reminder offset; 0 when it goes out late (the bot was down), on the day.
   */
  | (MeetingReminder & { when: 'day_before'; daysAhead: number })
  /** `round_not_held`: a scoring meeting ended and its round was never opened (scheduler/notices-for.ts). */
  | (CoordinatorPrompt & { prompt: 'actieplan_not_planned' | 'close_open' | 'round_not_held'; meeting: MeetingView | null })
  /** `actions`: what the actieplan's actions are at send time (planGoingActions); 'open' where left out. */
  | (CoordinatorPrompt & { prompt: 'plan_going'; meeting: MeetingView | null; actions?: PlanGoingActions })
  /** `daysAhead`: from the day it goes out to the meeting's day; 0 when it goes out on the day (late, or a meeting planned for today). */
  | (CoordinatorPrompt & { prompt: 'assign_roles'; meeting: MeetingView; daysAhead: number })
  | { type: 'action_followup'; when: FollowupWhen; leerlijn: LeerlijnView; action: ActionView }
  /** A team change told to the person it is about (team-news.ts); `byUserId`: the coordinator who made it. */
  | { type: 'team_news'; leerlijn: LeerlijnView; news: TeamNews; byUserId: string }
  /**
   * `since`: the Monday (local date) it counts from, when that is more than a week before its own
   * (a digest before it never went out); left out for an ordinary week.
   */
  | { type: 'digest'; leerlijn: LeerlijnView; done: ActionView[]; bezig: ActionView[]; stuck: ActionView[]; overdue: ActionView[]; since?: string }
  /** `throttled`: given up as the platform kept asking to wait (its rate limit) for a day (app/jobs/throttled.ts), not refused. */
  /** `privately`: the failed message went to people's private chats with the bot, not to the channel. */
  | { type: 'job_failed'; leerlijn: LeerlijnView; jobKind: string; attempts: number; throttled?: boolean; privately?: boolean; beforeBuilt?: boolean }
  /** An ended leerlijn's data is deleted on `deleteOn` (its local date, YYYY-MM-DD) unless its coordinator deletes it sooner. */
  | { type: 'retention_warning'; leerlijn: LeerlijnView; deleteOn: string }
  /**
   * Someone the bot writes to by name (a coordinator, an action's owner) the platform says it can
   * no longer reach: to the coordinators left, once per person; `inChannel` when none is left, in
   * the team's channel instead. `name`: as the team had them.
   */
  | { type: 'recipient_gone'; leerlijn: LeerlijnView; userId: string; name: string; inChannel: boolean }
  /**
   * A meeting's filled document, at its end: the PDF for a platform that posts files, and a
   * signed link to it (valid `linkTtlHours`) for one that cannot; null without PUBLIC_URL.
   */
  | { type: 'step_document'; leerlijn: LeerlijnView; document: DocumentKind; file: ExportFile; link: string | null; linkTtlHours: number };

/** Whether a notice in the channel notifies everyone in it (each platform's own channel mention). */
export const notifiesEveryone = (n: Notice): boolean => n.type === 'meeting_reminder' && n.notifyChannel;

/** Whether a notice in the channel offers a button there (a meeting's start: its work one click away), to be kept (app/posted.ts). */
export const offersButtonInChannel = (n: Notice): boolean => n.type === 'meeting_reminder' && n.when === 'start';
