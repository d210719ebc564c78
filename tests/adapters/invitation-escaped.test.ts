// The invitation names the coordinator as the team list has them: what someone is called shows
// as typed, on Slack (no `<!channel>` ping, no `<url|label>` link) and on Teams (no bold, no link).
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import type { LeerlijnView, MeetingView, TimelineView } from '../../src/app/views.js';
import { renderNotice } from '../../src/adapters/slack/render/reply.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { meetingDefinition } from '../../src/domain/meetings.js';

const NAME = '<!channel> <http://evil|klik> *Dewi* [x](http://e)';
const leerlijn: LeerlijnView = {
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: '*Horizon* [klik](http://evil)', youthOrgName: '<!here>', timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'U1', displayName: NAME, side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
};
const def = meetingDefinition('actieplan');
const meeting: MeetingView = {
  kind: 'actieplan', step: 2, week: 3, startsAt: '2026-02-16T14:30:00.000Z', localDate: '2026-02-16', localTime: '15:30', weekday: 1,
  durationMinutes: 180, status: 'planned', notulistUserId: null, invullerUserId: null, location: null, programme: def.programme, documents: def.documents,
};
const timeline: TimelineView = { leerlijnId: 'l1', channelId: 'C1', timezone: 'Europe/Amsterdam', lang: 'nl', meetings: [meeting], issues: [], region: null, daysOff: [] };
const invitation: Notice = { type: 'meeting_reminder', when: 'invite', leerlijn, timeline, meeting, links: [], notifyChannel: false };

describe('the invitation names the coordinator as typed', () => {
  it('on Slack: no ping, no link, no bold (a typed star drawn as a look-alike)', () => {
    const said = JSON.stringify(renderNotice(invitation));
    expect(said).toContain('Laat het de coördinator, &lt;!channel&gt; &lt;http://evil|klik&gt; \u2217Dewi\u2217 [x](http://e), weten.');
    expect(said).not.toMatch(/<!channel>|<!here>|<http:/);
  });

  it('on Teams: no bold, no link', () => {
    const said = JSON.stringify(noticeCard(invitation));
    expect(said).toContain('Laat het de coördinator, ');
    expect(said).toContain('\\\\*Dewi\\\\* \\\\[x\\\\](http://e)');
    expect(said).not.toContain('[x](http://e)');
    expect(said).not.toContain('[klik](http://evil)');
  });
});
