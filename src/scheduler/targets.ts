// Where a notice goes: the team's channel or one person's direct messages, and the key a job
// records them by (sentTo, missed) so a retry or a later digest knows who got what.
import type { JobKind } from '../store/scheduled-jobs.js';

export type Target = { kind: 'channel'; channelId: string } | { kind: 'user'; userId: string };

export function targetKey(t: Target): string {
  return t.kind === 'channel' ? `channel:${t.channelId}` : `user:${t.userId}`;
}

/**
 * Where each kind goes whatever its build finds: an owner's reminder, the coordinators' prompts and digest only to private
 * chats; a recipient_gone or retention warning to the channel when no coordinator is left, so only its build knows. A job
 * that fails before it is built is told by this (job-turn.ts); a new kind must say where it goes.
 */
const GOES: Record<JobKind, 'private' | 'channel' | 'either'> = {
  meeting_invite: 'channel', meeting_day_before: 'channel', meeting_start: 'channel', meeting_document: 'channel',
  prompt_actieplan_not_planned: 'private', prompt_plan_going: 'private', prompt_close_open: 'private', prompt_assign_roles: 'private',
  action_before: 'private', action_due: 'private', action_overdue: 'private', digest: 'private', job_failed: 'private',
  recipient_gone: 'either', retention_warning: 'either',
};

/** Whether a job of this kind goes only to people's private chats, known before it is built. */
export const goesOnlyPrivately = (kind: JobKind): boolean => GOES[kind] === 'private';
