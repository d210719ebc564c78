// The notices of the view fixtures (view-fixtures.ts): one of every Notice, the document
// settings their invitations use, and the lines written out that their facts expect.
import type { Notice } from '../../src/app/notices.js';
import type { ActionView, LeerlijnView, MeetingView, TimelineView } from '../../src/app/views.js';
import type { DocumentsConfig } from '../../src/config-documents.js';
import { invitationDocuments } from '../../src/documents/invitation-links.js';
import type { Lang } from '../../src/domain/instrument.js';

/** A school that keeps the Factsheet on its own drive, and a bot reachable for signed links. */
export const DOCUMENT_LINKS: DocumentsConfig = {
  publicUrl: 'https://leerlijn.school.example', linkSecret: 'fixture-secret-0123456789-abcdefghijklmnopqrstuvwxyz', linkTtlHours: 336,
  officialUrls: { factsheet: 'https://drive.school.example/factsheet.pdf' },
};

const coordinatorOf = (leerlijn: LeerlijnView): string => leerlijn.members.find((m) => m.isCoordinator)!.userId;

/** One of every Notice (and every variant of it), built from the fixture's views. */
export function noticesFor(leerlijn: LeerlijnView, timeline: TimelineView, overdue: ActionView, changed: ActionView, ownerActions: ActionView[], statusNote: string): Notice[] {
  const signalering = timeline.meetings.find((m) => m.kind === 'signalering')!;
  const terugkom = timeline.meetings.find((m) => m.kind === 'terugkom')!;
  const existing = { 'instrument-week1': true, actieplan: true, 'evaluatie-terugkom': false };
  const links = (m: MeetingView) => invitationDocuments(m.kind, existing, DOCUMENT_LINKS, leerlijn, new Date('2026-03-23T08:00:00Z'));
  return [
    { type: 'owner_actions', leerlijn, actions: ownerActions },
    { type: 'action_changed', leerlijn, action: changed, previousStatus: 'open', byUserId: changed.ownerUserId, note: statusNote },
    { type: 'meeting_reminder', when: 'invite', leerlijn, timeline, meeting: terugkom, links: links(terugkom), notifyChannel: false },
    { type: 'meeting_reminder', when: 'day_before', daysAhead: 1, leerlijn, timeline, meeting: terugkom, links: links(terugkom), notifyChannel: false },
    { type: 'meeting_reminder', when: 'start', leerlijn, timeline, meeting: signalering, links: links(signalering), notifyChannel: false },
    { type: 'coordinator_prompt', prompt: 'actieplan_not_planned', leerlijn, meeting: null, openRound: false, unagreed: 0 },
    { type: 'coordinator_prompt', prompt: 'plan_going', leerlijn, meeting: terugkom, openRound: false, unagreed: 0 },
    { type: 'coordinator_prompt', prompt: 'close_open', leerlijn, meeting: signalering, openRound: true, unagreed: 3 },
    { type: 'action_followup', when: 'before', leerlijn, action: overdue },
    { type: 'action_followup', when: 'due', leerlijn, action: overdue },
    { type: 'action_followup', when: 'overdue', leerlijn, action: overdue },
    { type: 'digest', leerlijn, done: [], bezig: [changed], stuck: [], overdue: [overdue] },
    { type: 'job_failed', leerlijn, jobKind: 'meeting_invite', attempts: 5 },
    { type: 'coordinator_prompt', prompt: 'assign_roles', leerlijn, meeting: signalering, daysAhead: 2, openRound: false, unagreed: 0 },
    {
      type: 'step_document', leerlijn, document: 'actieplan', linkTtlHours: DOCUMENT_LINKS.linkTtlHours,
      file: { name: 'leerlijn-actieplan.pdf', bytes: Buffer.from('%PDF-1.7'), contentType: 'application/pdf' }, link: `${DOCUMENT_LINKS.publicUrl}/documents/token`,
    },
    // A name as the platform gave it, user text like any other.
    { type: 'recipient_gone', leerlijn, userId: 'U_GONE', name: statusNote, inChannel: false },
    { type: 'retention_warning', leerlijn, deleteOn: '2027-03-12' },
    // Told by the coordinator who changed the team: one added, one taken off with two open actions.
    { type: 'team_news', leerlijn, news: { userId: changed.ownerUserId, kind: 'added', openActions: 0 }, byUserId: coordinatorOf(leerlijn) },
    { type: 'team_news', leerlijn, news: { userId: 'U_LEFT', kind: 'removed', openActions: 2 }, byUserId: coordinatorOf(leerlijn) },
    // The signalering ended and its round was never opened.
    { type: 'coordinator_prompt', prompt: 'round_not_held', leerlijn, meeting: signalering, openRound: false, unagreed: 0 },
  ];
}

/** Written out: the day the retention warning names. */
export const DELETE_ON_LINE: Readonly<Record<Lang, string>> = { nl: 'vrijdag 12 maart 2027', en: 'Friday 12 March 2027' };

/** Written out: the meeting by name, its date and time span (not how far off: the prompt may go out late). */
export const ASSIGN_ROLES_LINE: Readonly<Record<Lang, string>> = {
  nl: 'De signaleringsbijeenkomst is op maandag 2 februari 2026, 15.30–18.00 uur.',
  en: 'The assessment meeting is on Monday 2 February 2026, 15:30–18:00.',
};

/**
 * The digest's first line for the fixture's digest: nothing klaar or stuck, one bezig, one overdue.
 * It goes out on Monday morning about the seven days before, so "afgelopen week", not "deze week"
 * (the week that has just begun).
 */
export const DIGEST_LINE: Readonly<Record<Lang, string>> = {
  nl: 'Weekoverzicht. Afgelopen week: 0 acties klaar, 1 actie bezig, 0 acties vastgelopen. Over de datum: 1 actie.',
  en: 'Weekly overview. In the past week: 0 actions done, 1 action in progress, 0 actions stuck. Overdue: 1 action.',
};

/** The line above the actions that changed, in the same past week. */
export const DIGEST_CHANGED_LINE: Readonly<Record<Lang, string>> = {
  nl: 'Wat er afgelopen week veranderde:',
  en: 'What changed in the past week:',
};

