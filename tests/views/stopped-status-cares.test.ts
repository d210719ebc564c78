// A stopped leerlijn's status asks nothing of anyone: no team change (`team` is refused once it is stopped) and no
// randvoorwaarden to discuss "in the first meeting". A running one still says both.
import { describe, expect, it } from 'vitest';
import type { LeerlijnView, StatusView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { t } from '../../src/i18n/index.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';
import { statusDoc } from '../../src/views/leerlijn.js';

const leerlijn = (status: LeerlijnView['status']): LeerlijnView => ({
  id: 'l1', channelId: 'C1', status, kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: ['financiering'],
  members: [{ userId: 'u1', displayName: 'Anna', side: null, level: null, isCoordinator: true, isMember: true }],
  teamWarnings: [{ code: 'unassigned', count: 1 }, { code: 'level_missing', level: 'manager' }],
});
const said = (stopped: boolean): string => {
  const view: StatusView = {
    leerlijn: leerlijn(stopped ? 'stopped' : 'active'), ...(stopped ? { endedAt: '2026-01-15T09:00:00.000Z' } : {}),
    nextMeeting: null, meetingUnderway: false, rounds: [], actions: { open: 0, bezig: 0, klaar: 0, looptVast: 0, overdue: 0 },
  };
  return JSON.stringify(statusDoc(slackMarkup, view));
};
const teamWarning = tTeamWarning('nl', { code: 'level_missing', level: 'manager' });
const teamCommand = 'Vul het aan via';
const randvoorwaarden = 'randvoorwaarden';

describe('what needs care in the status', () => {
  it('is said while the leerlijn runs', () => {
    expect(said(false)).toContain(teamWarning);
    expect(said(false)).toContain(teamCommand);
    expect(said(false)).toContain(randvoorwaarden);
  });

  it('is not said once it is stopped, where the team can no longer be changed', () => {
    const text = said(true);
    expect(text).toContain(t('nl', 'status.stopped'));
    expect(text).not.toContain(teamWarning);
    expect(text).not.toContain(teamCommand);
    expect(text).not.toContain(randvoorwaarden);
  });
});
