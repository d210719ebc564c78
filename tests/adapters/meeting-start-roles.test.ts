// The message at a meeting's start goes to the whole channel and names its notulist and invuller.
// Where one is missing ("nog niemand") it also says who picks them and how (the coordinator, with
// the planning's roles command), on both platforms, each writing the command its own way.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import type { LeerlijnView, MeetingView, TimelineView } from '../../src/app/views.js';
import { renderNotice } from '../../src/adapters/slack/render/reply.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { meetingDefinition } from '../../src/domain/meetings.js';
import { cardText } from './teams/harness.js';

const leerlijn = (lang: 'nl' | 'en'): LeerlijnView => ({
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: 'De Horizon', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang, startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
});
const def = meetingDefinition('actieplan');
const meeting = (notulistUserId: string | null, invullerUserId: string | null): MeetingView => ({
  kind: 'actieplan', step: 2, week: 3, startsAt: '2026-02-16T14:30:00.000Z', localDate: '2026-02-16', localTime: '15:30', weekday: 1,
  durationMinutes: 180, status: 'planned', notulistUserId, invullerUserId, location: null, programme: def.programme, documents: def.documents,
});
const start = (lang: 'nl' | 'en', m: MeetingView): Notice => {
  const timeline: TimelineView = { leerlijnId: 'l1', channelId: 'C1', timezone: 'Europe/Amsterdam', lang, meetings: [m], issues: [], region: null, daysOff: [] };
  return { type: 'meeting_reminder', when: 'start', leerlijn: leerlijn(lang), timeline, meeting: m, links: [], notifyChannel: false };
};
const slack = (n: Notice): string => JSON.stringify(renderNotice(n));
const teams = (n: Notice): string => cardText(noticeCard(n));

describe('the message at a meeting\'s start', () => {
  it('says who picks a missing notulist or invuller, and how, on both platforms', () => {
    expect(slack(start('nl', meeting(null, null)))).toContain('De coördinator kiest de notulist en invuller met `/leerlijn planning rollen`.');
    expect(teams(start('nl', meeting('u1', null)))).toContain('De coördinator kiest de notulist en invuller met **@Leerlijn planning rollen**.');
    expect(slack(start('en', meeting(null, 'u1')))).toContain('The coordinator chooses the minute-taker and form-filler with `/leerlijn schedule roles`.');
  });

  it('says nothing of it when both are chosen', () => {
    expect(slack(start('nl', meeting('u1', 'u1')))).not.toContain('kiest de notulist');
    expect(teams(start('nl', meeting('u1', 'u1')))).not.toContain('kiest de notulist');
  });
});
