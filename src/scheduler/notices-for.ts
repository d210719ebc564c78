// Builds what a due job says from the database as it is at send time, not as it was when the
// job was planned: a moved meeting, a finished action or a closed round changes the answer.
import type { Notice } from '../app/notices.js';
import { planGoingActions } from '../domain/plan-going.js';
import { leerlijnView, meetingView, timelineView } from '../app/present.js';
import type { LeerlijnView } from '../app/views.js';
import { isMeetingKind, SCORING_MOMENT } from '../domain/meetings.js';
import type { DocumentsConfig } from '../config-documents.js';
import { invitationDocuments, type ExistingDocuments } from '../documents/invitation-links.js';
import { localParts } from '../domain/timeline.js';
import type { Db } from '../store/db.js';
import { leerlijnById, meetingsOf, membersOf, type LeerlijnRow, type MeetingRow } from '../store/leerlijnen.js';
import { pastDueToldSince, type DueJob } from './jobs-store.js';
import { actionsForNotices, planActions, planLeerlijn, progressOf, workspacePlatform } from '../app/jobs/scheduler-reads.js';
import { actieplanLate, OVERDUE_QUIET_DAYS, reminderOffsets } from '../app/jobs/plan-jobs.js';
import { actionView, digestFor } from './digest-notice.js';
import { targetKey, type Target } from './targets.js';
import { meetingDocumentNotice } from '../app/meeting-documents.js';
import { teamStamp, unreachableWith } from './unreachable.js';
import { deletionMomentOfEnded } from '../app/retention.js';

export type Built =
  /** `team`: the team's stamp (unreachable.ts), recorded with anyone found gone while sending. */
  /** `noticeTo`: a notice of its own for some targets (by targetKey), where `notice` is not theirs. */
  /** `timezone`: the leerlijn's, whose night a late notice waits out (app/jobs/late-sends.ts). */
  | { outcome: 'send'; platform: string; workspaceId: string; timezone: string; notice: Notice; targets: Target[]; team: string; noticeTo?: ReadonlyMap<string, Notice> }
  /** Nothing to say any more (action done, nothing open): the job is done without a message. */
  | { outcome: 'skip'; reason: string }
  /** Too late to be useful (the meeting has started): recorded as dropped, never sent. */
  | { outcome: 'drop'; reason: string };


/** Why a meeting's notice is dropped once the meeting began: too late to be of use (late-hold.ts asks it of the morning). */
export const MEETING_STARTED = 'meeting_started';

/** A start reminder is still worth sending this long after the meeting began. */
const START_GRACE_MS = 15 * 60_000;

interface Ctx {
  db: Db;
  job: DueJob;
  now: Date;
  documents: DocumentsConfig;
  leerlijn: LeerlijnRow;
  view: LeerlijnView;
  /** The coordinators the bot can still reach with this team. */
  coordinators: Target[];
  /** Who, by this team, is known to be gone: written to no more until the team changes. */
  unreachable: ReadonlySet<string>;
  send: (notice: Notice, targets: Target[], noticeTo?: ReadonlyMap<string, Notice>) => Built;
}

const skip = (reason: string): Built => ({ outcome: 'skip', reason });
const drop = (reason: string): Built => ({ outcome: 'drop', reason });

/** Without documents settings, invitations name the documents without links. */
export const NO_DOCUMENT_LINKS: DocumentsConfig = { linkTtlHours: 24 * 14, officialUrls: {} };

/** `retentionDays`: the deployment's term (app/retention.ts); a warning planned under a term since turned off says nothing. */
export async function noticeFor(db: Db, job: DueJob, now: Date, documents: DocumentsConfig = NO_DOCUMENT_LINKS, retentionDays: number | null = null): Promise<Built> {
  if (!job.leerlijnId) return drop('no_leerlijn');
  const leerlijn = await leerlijnById(db, job.leerlijnId);
  if (!leerlijn) return drop('leerlijn_gone');
  // The one notice about a leerlijn that no longer runs: that its data will be deleted.
  if (leerlijn.status !== 'active' && job.kind !== 'retention_warning') return drop('leerlijn_not_active');
  const platform = await workspacePlatform(db, leerlijn.workspaceId);
  if (!platform) return drop('workspace_gone');
  const members = await membersOf(db, leerlijn.id);
  const team = teamStamp(members);
  const unreachable = await unreachableWith(db, leerlijn.id, team);
  const coordinators: Target[] = members.filter((m) => m.isCoordinator && !unreachable.has(m.userId)).map((m) => ({ kind: 'user', userId: m.userId }));
  const send = (notice: Notice, targets: Target[], noticeTo?: ReadonlyMap<string, Notice>): Built => {
    const reachable = targets.filter((t) => t.kind === 'channel' || !unreachable.has(t.userId));
    if (reachable.length === 0) return skip('no_recipients');
    return { outcome: 'send', platform, workspaceId: leerlijn.workspaceId, timezone: leerlijn.timezone, notice, targets: reachable, team, ...(noticeTo ? { noticeTo } : {}) };
  };
  const ctx: Ctx = { db, job, now, documents, leerlijn, view: leerlijnView(leerlijn, members), coordinators, unreachable, send };
  switch (job.kind) {
    case 'retention_warning':
      return retentionWarning(ctx, retentionDays);
    case 'meeting_invite':
    case 'meeting_day_before':
    case 'meeting_start':
      return meetingReminder(ctx);
    case 'meeting_document':
      return meetingDocument(ctx);
    case 'prompt_close_open':
    case 'prompt_actieplan_not_planned':
    case 'prompt_plan_going':
    case 'prompt_assign_roles':
      return coordinatorPrompt(ctx);
    case 'action_before':
    case 'action_due':
    case 'action_overdue':
      return actionFollowUp(ctx);
    case 'digest':
      return digest(ctx);
    case 'job_failed':
      return send({ type: 'job_failed', leerlijn: ctx.view, ...failedJob(job.payload), throttled: job.payload.throttled === true }, coordinators);
    case 'recipient_gone':
      return recipientGone(ctx);
  }
}

/** `privately`: recorded when the job failed, from where it went (job-turn.ts), not guessed from its kind; `beforeBuilt` as recorded then. */
function failedJob(payload: DueJob['payload']): { jobKind: string; attempts: number; privately: boolean; beforeBuilt?: true } {
  const jobKind = payload.jobKind ?? 'unknown';
  return { jobKind, attempts: payload.attempts ?? 0, privately: payload.privately === true, ...(payload.beforeBuilt ? { beforeBuilt: true } : {}) };
}

/**
 * To the coordinators the bot still reaches. When none is left (the only coordinator is the one
 * gone), to the team's channel: a DM would reach nobody, and only there can anyone on the team
 * read that messages for the coordinator now go nowhere and do something about it.
 */
function recipientGone(ctx: Ctx): Built {
  const userId = ctx.job.payload.userId ?? '';
  const others = ctx.coordinators.filter((c) => c.kind === 'user' && c.userId !== userId);
  const name = ctx.job.payload.name ?? userId;
  const notice = (inChannel: boolean): Notice => ({ type: 'recipient_gone', leerlijn: ctx.view, userId, name, inChannel });
  if (others.length > 0) return ctx.send(notice(false), others);
  return ctx.send(notice(true), [{ kind: 'channel', channelId: ctx.leerlijn.channelId }]);
}

/**
 * To the coordinators, who can export or delete it; with none left on the team, or none reached
 * (its 'channel' occurrence, store/retention.ts), to the channel, so the team hears it from
 * someone. The day it names is the day it goes (deletionMomentOfEnded: the one it was planned with).
 */
async function retentionWarning(ctx: Ctx, retentionDays: number | null): Promise<Built> {
  if (retentionDays === null) return skip('retention_off');
  const at = await deletionMomentOfEnded({ db: ctx.db, now: () => ctx.now, retentionDays }, ctx.leerlijn.id);
  if (!at) return drop('leerlijn_not_ended');
  const toChannel = ctx.job.occurrence === 'channel' || ctx.coordinators.length === 0;
  const targets: Target[] = toChannel ? [{ kind: 'channel', channelId: ctx.leerlijn.channelId }] : ctx.coordinators;
  return ctx.send({ type: 'retention_warning', leerlijn: ctx.view, deleteOn: localParts(at, ctx.leerlijn.timezone).date }, targets);
}

/** The meeting a job was planned for (its start, before any '#', plan-jobs SAVED_AFTER), or null when it moved, was cancelled or is gone. */
function plannedMeeting(job: DueJob, meetings: readonly MeetingRow[]): MeetingRow | null {
  const kind = job.subject.slice(job.subject.lastIndexOf(':') + 1);
  if (!isMeetingKind(kind)) return null;
  const m = meetings.find((x) => x.kind === kind);
  if (!m || m.status === 'cancelled' || m.startsAt.toISOString() !== job.occurrence.split('#')[0]) return null;
  return m;
}

async function meetingReminder(ctx: Ctx): Promise<Built> {
  const meetings = await meetingsOf(ctx.db, ctx.leerlijn.id);
  const m = plannedMeeting(ctx.job, meetings);
  if (!m || m.status !== 'planned') return skip('meeting_changed');
  const when = ctx.job.kind === 'meeting_invite' ? 'invite' : ctx.job.kind === 'meeting_day_before' ? 'day_before' : 'start';
  const staleAt = m.startsAt.getTime() + (when === 'start' ? START_GRACE_MS : 0);
  if (ctx.now.getTime() >= staleAt) return drop(MEETING_STARTED);
  const progress = await progressOf(ctx.db, ctx.leerlijn.id);
  const reminder = {
    type: 'meeting_reminder' as const,
    leerlijn: ctx.view,
    timeline: timelineView(ctx.leerlijn, meetings, ctx.now),
    meeting: meetingView(m, ctx.leerlijn.timezone),
    links: invitationDocuments(m.kind, progress.documents, ctx.documents, ctx.leerlijn, ctx.now),
    week1Agreed: progress.documents['instrument-week1'],
    notifyChannel: when !== 'day_before' && reminderOffsets((await planLeerlijn(ctx.db, ctx.leerlijn.id))?.reminderOffsets).notifyChannel,
  };
  // The short reminder says how far off the meeting is from the day it really goes out.
  const notice: Notice = when === 'day_before' ? { ...reminder, when, daysAhead: daysUntil(ctx.now, m.startsAt, ctx.leerlijn.timezone) } : { ...reminder, when };
  return ctx.send(notice, [{ kind: 'channel', channelId: ctx.leerlijn.channelId }]);
}

/** Whole days from the local day of `now` to the local day of `at`. */
function daysUntil(now: Date, at: Date, timezone: string): number {
  return Math.round((Date.parse(localParts(at, timezone).date) - Date.parse(localParts(now, timezone).date)) / 86_400_000);
}

/** At the meeting's end, what it filled in, or after its list's last late save; a second post is prevented where it is sent (tick). */
async function meetingDocument(ctx: Ctx): Promise<Built> {
  const m = plannedMeeting(ctx.job, await meetingsOf(ctx.db, ctx.leerlijn.id));
  if (!m) return skip('meeting_changed');
  const notice = await meetingDocumentNotice(ctx.db, ctx.view, m.kind, ctx.documents, ctx.now);
  if (!notice) return skip('nothing_filled');
  return ctx.send(notice, [{ kind: 'channel', channelId: ctx.leerlijn.channelId }]);
}

async function coordinatorPrompt(ctx: Ctx): Promise<Built> {
  const meetings = await meetingsOf(ctx.db, ctx.leerlijn.id);
  const byKind = (k: MeetingRow['kind']) => meetings.find((m) => m.kind === k && m.status !== 'cancelled') ?? null;
  const progress = await progressOf(ctx.db, ctx.leerlijn.id);
  const tz = ctx.leerlijn.timezone;
  const counts = { leerlijn: ctx.view, openRound: progress.openRound, openMoment: progress.openMoment, openRoundId: progress.openRoundId, unagreed: progress.unagreed };
  if (ctx.job.kind === 'prompt_assign_roles') {
    const meeting = plannedMeeting(ctx.job, meetings);
    if (!meeting || meeting.status !== 'planned') return skip('meeting_changed');
    if (meeting.notulistUserId !== null && meeting.invullerUserId !== null) return skip('roles_assigned');
    if (meeting.startsAt <= ctx.now) return drop(MEETING_STARTED);
    // Sent late, or for a meeting planned for today: it says "today", not the meeting's date.
    const daysAhead = daysUntil(ctx.now, meeting.startsAt, tz);
    return ctx.send({ type: 'coordinator_prompt', prompt: 'assign_roles', ...counts, meeting: meetingView(meeting, tz), daysAhead }, ctx.coordinators);
  }
  let prompt: 'close_open' | 'round_not_held' | 'actieplan_not_planned';
  let meeting: MeetingRow | null;
  if (ctx.job.kind === 'prompt_close_open') {
    meeting = plannedMeeting(ctx.job, meetings);
    if (!meeting) return skip('meeting_changed');
    // With nothing open or left to agree, the one thing to say is that the meeting's round was never held.
    const nothingOpen = !progress.openRound && progress.unagreed === 0;
    if (nothingOpen && !roundNeverOpened(meeting, progress.documents)) return skip('nothing_open');
    prompt = nothingOpen ? 'round_not_held' : 'close_open';
  } else if (ctx.job.kind === 'prompt_actieplan_not_planned') {
    prompt = 'actieplan_not_planned';
    meeting = byKind('actieplan');
    if (!actieplanLate(meetings, tz)) return skip('actieplan_in_time');
    if (meeting && meeting.startsAt <= ctx.now) return drop(MEETING_STARTED);
  } else {
    const terugkom = byKind('terugkom');
    if (!terugkom) return skip('no_terugkom');
    if (terugkom.startsAt <= ctx.now) return drop(MEETING_STARTED);
    // Statuses only: the planning read, without the last note actionsForNotices looks up per action.
    const actions = planGoingActions(await planActions(ctx.db, ctx.leerlijn.id));
    return ctx.send({ type: 'coordinator_prompt', prompt: 'plan_going', ...counts, meeting: meetingView(terugkom, tz), actions }, ctx.coordinators);
  }
  return ctx.send({ type: 'coordinator_prompt', prompt, ...counts, meeting: meeting ? meetingView(meeting, tz) : null }, ctx.coordinators);
}

/**
 * Whether a scoring meeting's round (week 1 at the signalering, week 17 at the eindevaluatie) was never
 * opened: then its coordinator hears it was not held, as nothing else tells her until the next meeting
 * goes ahead without the scores. A meeting that holds no round (actieplan, terugkom) never was. Asked only
 * with nothing open or left to agree, where a round held is a round agreed: the progress read answers it.
 */
function roundNeverOpened(meeting: MeetingRow, documents: ExistingDocuments): boolean {
  const moment = SCORING_MOMENT[meeting.kind];
  return moment !== undefined && documents[`instrument-${moment}`] !== true;
}

/** An overdue reminder is not sent this soon after the last past-due one; the weekly rhythm is 7 days. */
const OVERDUE_QUIET_MS = OVERDUE_QUIET_DAYS * 86_400_000;

async function actionFollowUp(ctx: Ctx): Promise<Built> {
  const actions = await actionsForNotices(ctx.db, ctx.leerlijn.id);
  const a = actions.find((x) => x.id === ctx.job.subject);
  if (!a) return skip('action_gone');
  if (a.dueDate !== ctx.job.occurrence.split('#')[0]) return skip('due_date_changed');
  if (a.status === 'klaar') return skip('action_done');
  // Someone taken off the team is not chased about it; the coordinator heard, and the digest says so.
  if (!ctx.view.members.some((m) => m.userId === a.ownerUserId)) return skip('owner_off_team');
  const today = localParts(ctx.now, ctx.leerlijn.timezone).date;
  const planned = ctx.job.kind === 'action_before' ? 'before' : ctx.job.kind === 'action_due' ? 'due' : 'overdue';
  // The due-day reminder takes over from a late "before" one.
  if (planned === 'before' && today >= a.dueDate) return drop('superseded');
  // A due-day reminder sent after its day (the bot was down) says the date has passed, not "today";
  // one sent before it (its day is a day off: plan-jobs actionReminderDays) names the day.
  const when = planned !== 'due' || today === a.dueDate ? planned : today > a.dueDate ? 'overdue' : 'due_day_off';
  // The weekly one after a late due one (the bot was down) would say the same within days.
  if (planned === 'overdue' && (await pastDueToldSince(ctx.db, ctx.job, new Date(ctx.now.getTime() - OVERDUE_QUIET_MS)))) return drop('told_lately');
  return ctx.send(
    { type: 'action_followup', when, leerlijn: ctx.view, action: actionView(a, today) },
    [{ kind: 'user', userId: a.ownerUserId }],
  );
}

/** Each coordinator's digest (digest-notice.ts): the same for all but one who missed the one before. */
async function digest(ctx: Ctx): Promise<Built> {
  const planned = await digestFor(ctx);
  if ('skip' in planned) return skip(planned.skip);
  if ('drop' in planned) return drop(planned.drop);
  const [firstSend] = planned.sends;
  if (!firstSend) return skip('all_done');
  const noticeTo = new Map(planned.sends.flatMap((x) => x.targets.map((target) => [targetKey(target), x.notice] as const)));
  return ctx.send(firstSend.notice, planned.sends.flatMap((x) => x.targets), noticeTo);
}
