// The few reads the scheduler needs to plan a leerlijn's jobs and to build its notices.
import type { OnderdeelCode } from '../../domain/instrument.js';
import type { MeetingKind } from '../../domain/meetings.js';
import type { RoundMoment } from '../../domain/progress-types.js';
import type { Queryable } from '../../store/db.js';
import type { ExistingDocuments } from '../../documents/invitation-links.js';
import { FILLED_DOCUMENTS_COLUMNS, type FilledDocuments } from '../filled-documents.js';

export interface ReminderOffsets {
  inviteDays: number;
  dayBefore: number;
  atStart: boolean;
  /** The invitation and the at-start message notify the whole channel (Slack @channel, a Teams channel mention). */
  notifyChannel: boolean;
}

export interface PlanLeerlijn {
  id: string;
  status: 'active' | 'finished' | 'stopped';
  timezone: string;
  reminderOffsets: unknown;
}

export interface PlanMeeting {
  kind: MeetingKind;
  startsAt: Date;
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled';
}

export interface PlanAction {
  id: string;
  dueDate: string;
  status: 'open' | 'bezig' | 'klaar' | 'loopt_vast';
}

export async function planLeerlijn(db: Queryable, leerlijnId: string): Promise<PlanLeerlijn | null> {
  const { rows } = await db.query<PlanLeerlijn>(
    `select id, status, timezone, reminder_offsets as "reminderOffsets" from leerlijnen where id = $1::uuid`,
    [leerlijnId],
  );
  return rows[0] ?? null;
}

export async function planMeetings(db: Queryable, leerlijnId: string): Promise<PlanMeeting[]> {
  const { rows } = await db.query<PlanMeeting>(
    `select kind, starts_at as "startsAt", duration_minutes as "durationMinutes", status
     from meetings where leerlijn_id = $1::uuid order by starts_at`,
    [leerlijnId],
  );
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt) }));
}

/**
 * The last save of each list a meeting fills in, by that meeting: the actieplan once anything of it
 * is saved; an Evaluatielijst only once every onderdeel of the actieplan has its score (half a list
 * is not one to keep). A list not (yet) so is left out.
 */
export type ListsSaved = Partial<Record<MeetingKind, Date>>;

/** The last save of one moment's Evaluatielijst, null while an onderdeel of the actieplan has no score. */
const evaluationSaved = (moment: string): string =>
  `(select max(e.updated_at) from evaluation_entries e where e.leerlijn_id = $1::uuid and e.moment = '${moment}'
    having not exists (select 1 from plan_items p where p.leerlijn_id = $1::uuid and not exists (
      select 1 from evaluation_entries x where x.leerlijn_id = $1::uuid and x.moment = '${moment}' and x.onderdeel = p.onderdeel)))`;

export async function listsSaved(db: Queryable, leerlijnId: string): Promise<ListsSaved> {
  const { rows } = await db.query<Record<'actieplan' | 'terugkom' | 'eindevaluatie', Date | string | null>>(
    `select (select max(updated_at) from plan_items where leerlijn_id = $1::uuid) as actieplan,
       ${evaluationSaved('terugkom')} as terugkom, ${evaluationSaved('eind')} as eindevaluatie`,
    [leerlijnId],
  );
  const saved: ListsSaved = {};
  for (const [kind, at] of Object.entries(rows[0] ?? {})) if (at !== null) saved[kind as MeetingKind] = new Date(at);
  return saved;
}

export async function planActions(db: Queryable, leerlijnId: string): Promise<PlanAction[]> {
  const { rows } = await db.query<PlanAction>(
    `select id, to_char(due_date, 'YYYY-MM-DD') as "dueDate", status from actions where leerlijn_id = $1::uuid`,
    [leerlijnId],
  );
  return rows;
}

export interface SchedulerActionRow extends PlanAction {
  leerlijnId: string;
  onderdeel: OnderdeelCode;
  description: string;
  ownerUserId: string;
  source: 'actieplan' | 'terugkom' | 'eindevaluatie';
  lastNote: string | null;
}

export async function actionsForNotices(db: Queryable, leerlijnId: string): Promise<SchedulerActionRow[]> {
  const { rows } = await db.query<SchedulerActionRow>(
    `select a.id, a.leerlijn_id as "leerlijnId", a.onderdeel, a.description, a.owner_user_id as "ownerUserId",
       to_char(a.due_date, 'YYYY-MM-DD') as "dueDate", a.status, a.source,
       (select u.note from action_updates u where u.action_id = a.id and u.note is not null
        order by u.at desc, u.id desc limit 1) as "lastNote"
     from actions a where a.leerlijn_id = $1::uuid order by a.due_date, a.created_at, a.id`,
    [leerlijnId],
  );
  return rows;
}

/** An action as a digest's time left it: the status its last change in that time gave it, and the last note written by then. */
export interface StatusThen {
  status: PlanAction['status'];
  lastNote: string | null;
}

/**
 * The leerlijn's actions whose status changed from `from` up to (not including) `to`, each as that
 * time left it: what a digest for that time tells, whatever changed after it (a later note, too).
 */
export async function statusChangesBetween(db: Queryable, leerlijnId: string, from: Date, to: Date): Promise<Map<string, StatusThen>> {
  const { rows } = await db.query<StatusThen & { actionId: string }>(
    `select distinct on (u.action_id) u.action_id as "actionId", u.status,
       (select n.note from action_updates n where n.action_id = u.action_id and n.note is not null and n.at < $3::timestamptz
        order by n.at desc, n.id desc limit 1) as "lastNote"
     from action_updates u join actions a on a.id = u.action_id
     where a.leerlijn_id = $1::uuid and u.at >= $2::timestamptz and u.at < $3::timestamptz
     order by u.action_id, u.at desc, u.id desc`,
    [leerlijnId, from.toISOString(), to.toISOString()],
  );
  return new Map(rows.map(({ actionId, ...then }) => [actionId, then]));
}

export async function workspacePlatform(db: Queryable, workspaceId: string): Promise<string | null> {
  const { rows } = await db.query<{ platform: string }>(`select platform from workspaces where id = $1::uuid`, [workspaceId]);
  return rows[0]?.platform ?? null;
}

export interface ProgressState {
  openRound: boolean;
  /** Which round is open, where one is: the coordinator may open week 17's before its meeting. */
  openMoment: RoundMoment | null;
  /** That round's id: the coordinator's reminder closes it with one click (app/flows/prompt-close.ts). */
  openRoundId: string | null;
  /** Onderdelen without an agreed score in closed rounds. */
  unagreed: number;
  /** Which of the team's own documents exist: each agreed instrument, and what filled-documents.ts finds filled in. */
  documents: ExistingDocuments;
}

/** The instruments' columns named as their documents, so the row splits into the rounds' facts and the documents at once. */
interface ProgressRow extends Omit<ProgressState, 'documents'>, FilledDocuments {
  'instrument-week1': boolean;
  'instrument-week17': boolean;
}

/** What the team has filled in and what is still open, in one round trip: the meetings' documents as filled-documents.ts asks. */
export async function progressOf(db: Queryable, leerlijnId: string): Promise<ProgressState> {
  const { rows } = await db.query<ProgressRow>(
    `select
       exists (select 1 from score_rounds r where r.leerlijn_id = $1::uuid and r.status = 'open') as "openRound",
       (select r.moment from score_rounds r where r.leerlijn_id = $1::uuid and r.status = 'open' order by r.moment limit 1) as "openMoment",
       (select r.id::text from score_rounds r where r.leerlijn_id = $1::uuid and r.status = 'open' order by r.moment limit 1) as "openRoundId",
       coalesce((select sum(10 - (select count(*) from agreed_scores a where a.round_id = r.id))::int
                 from score_rounds r where r.leerlijn_id = $1::uuid and r.status = 'closed'), 0) as unagreed,
       exists (select 1 from score_rounds r where r.leerlijn_id = $1::uuid and r.moment = 'week1' and r.status = 'closed'
               and (select count(*) from agreed_scores a where a.round_id = r.id) = 10) as "instrument-week1",
       exists (select 1 from score_rounds r where r.leerlijn_id = $1::uuid and r.moment = 'week17' and r.status = 'closed'
               and (select count(*) from agreed_scores a where a.round_id = r.id) = 10) as "instrument-week17",${FILLED_DOCUMENTS_COLUMNS}`,
    [leerlijnId],
  );
  const { openRound, openMoment, openRoundId, unagreed, ...documents } = rows[0]!;
  return { openRound, openMoment, openRoundId, unagreed, documents };
}
