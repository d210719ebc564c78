// People the platform told us, for good, it cannot reach any more (they left the school, were
// disabled or shut the bot out: SendResult.recipientGone, which each adapter reads off its platform's
// answer; an error of the bot's own token or credentials is not one). Each is recorded once per
// leerlijn as a `recipient_gone` job, which is also the one notice the coordinators get about
// them, with the team as it was when they were last tried: the bot stops writing to them until
// the team changes (someone added, taken out, made coordinator), then tries them once more.
import { createHash } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import type { MemberRow } from '../store/leerlijnen.js';

/** Who is on the team and who coordinates, as one short stamp; names do not count. */
export function teamStamp(members: readonly Pick<MemberRow, 'userId' | 'isCoordinator' | 'isMember'>[]): string {
  const lines = members.map((m) => `${m.userId}:${m.isCoordinator ? 'c' : ''}${m.isMember ? 'm' : ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Records that these people could not be reached with the team at `team`. The first time for a
 * person this plans the notice to the coordinators (due at once); later it only moves the stamp
 * on, so a person still gone after a team change is not announced again. The name is the one
 * the team has for them now: they may be taken out of it before the notice goes out.
 */
export async function recordUnreachable(db: Queryable, leerlijnId: string, userIds: readonly string[], team: string, now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     select 'recipient_gone', $1::text || ':' || u.id, 'coordinators', $1::uuid, $4::timestamptz,
       jsonb_build_object('userId', u.id, 'name', coalesce(m.display_name, u.id), 'team', $3::text)
     from unnest($2::text[]) as u(id)
     left join members m on m.leerlijn_id = $1::uuid and m.user_id = u.id
     on conflict (kind, subject, occurrence) do update
       set payload = scheduled_jobs.payload || jsonb_build_object('team', $3::text)`,
    [leerlijnId, [...userIds], team, now.toISOString()],
  );
}

/** Whom not to write to while the team is as at `team`: tried with this very team and gone. */
export async function unreachableWith(db: Queryable, leerlijnId: string, team: string): Promise<Set<string>> {
  const { rows } = await db.query<{ userId: string }>(
    `select payload->>'userId' as "userId" from scheduled_jobs
     where kind = 'recipient_gone' and leerlijn_id = $1::uuid and payload->>'team' = $2::text`,
    [leerlijnId, team],
  );
  return new Set(rows.map((r) => r.userId));
}
