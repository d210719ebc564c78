// The coordinator is asked for a notulist and invuller two working days before a meeting without
// them. A meeting moved (or planned) closer than that is asked about at once, as its invitation
// is: without it the coordinator first heard of the missing roles in the channel, as it began.
import { describe, expect, it } from 'vitest';
import { assignMeetingRoles, rescheduleMeeting } from '../../src/app/meetings.js';
import type { Notice } from '../../src/app/notices.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { backends } from '../support/db.js';
import { makeDeps, useStartedLeerlijn } from '../support/fixtures.js';
import { scheduler } from './helpers.js';

// Tuesday 10 February 2026, 10:00 Amsterdam: after that day's 09:00, the roles prompt's time for a Thursday meeting.
const TUESDAY_10_00 = new Date('2026-02-10T09:00:00Z');
const said = (notice: Notice): string => JSON.stringify(noticeCard(notice));

describe.each(backends())('a meeting moved closer than its roles prompt, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  const rolesPrompts = (a: ReturnType<typeof scheduler>) =>
    a.messenger.sends.filter((x) => x.notice.type === 'coordinator_prompt' && x.notice.prompt === 'assign_roles');

  it('without roles, the coordinator is asked at once, naming the new day', async () => {
    // The actieplan moves from Monday 16 to Thursday 12 February: its prompt's day, Tuesday 09:00, has passed.
    await rescheduleMeeting(makeDeps(env.t.db, TUESDAY_10_00), env.s.coordinator, env.s.leerlijnId, { kind: 'actieplan', date: '2026-02-12' });
    const a = scheduler(env.t.db);
    await a.tick('2026-02-10T09:01:00Z');
    const prompts = rolesPrompts(a);
    expect(prompts.map((p) => p.target)).toEqual(['U000']);
    expect(said(prompts[0]!.notice)).toContain('donderdag 12 februari 2026');
    // Once, not again at the next passes before the meeting.
    await a.tick('2026-02-11T08:00:00Z');
    await a.tick('2026-02-12T08:00:00Z');
    expect(rolesPrompts(a)).toHaveLength(1);
  });

  it('with both roles chosen, nothing is asked', async () => {
    const deps = makeDeps(env.t.db, TUESDAY_10_00);
    await rescheduleMeeting(deps, env.s.coordinator, env.s.leerlijnId, { kind: 'actieplan', date: '2026-02-12' });
    await assignMeetingRoles(deps, env.s.coordinator, env.s.leerlijnId, { kind: 'actieplan', notulistUserId: 'U001', invullerUserId: 'U002' });
    const a = scheduler(env.t.db);
    await a.tick('2026-02-10T09:01:00Z');
    expect(rolesPrompts(a)).toEqual([]);
  });
});
