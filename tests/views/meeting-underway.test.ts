// Status and the own overview name the meeting the team is in as on now, not as the next one.
import { describe, expect, it } from 'vitest';
import type { LeerlijnView, MeetingView, StatusView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { meetingDefinition } from '../../src/domain/meetings.js';
import { homeDoc } from '../../src/views/home.js';
import { statusDoc } from '../../src/views/leerlijn.js';

const leerlijn: LeerlijnView = {
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
};
const def = meetingDefinition('terugkom');
const meeting: MeetingView = {
  kind: 'terugkom', step: 3, week: 9, startsAt: '2026-03-30T13:30:00.000Z', localDate: '2026-03-30', localTime: '15:30', weekday: 1,
  durationMinutes: 180, status: 'planned', notulistUserId: null, invullerUserId: null, location: null, programme: def.programme, documents: def.documents,
};
const status = (meetingUnderway: boolean): string => {
  const view: StatusView = { leerlijn, nextMeeting: meeting, meetingUnderway, rounds: [], actions: { open: 0, bezig: 0, klaar: 0, looptVast: 0, overdue: 0 } };
  return JSON.stringify(statusDoc(slackMarkup, view));
};
const home = (meetingUnderway: boolean): string => JSON.stringify(homeDoc(slackMarkup, { userId: 'u1', lang: 'nl', leerlijnen: [{ leerlijn, nextMeeting: meeting, meetingUnderway, myActions: [] }] }));

describe('the meeting in status and the own overview', () => {
  it('is the next one before it begins', () => {
    expect(status(false)).toContain('Volgende bijeenkomst: Terugkombijeenkomst op ma 30 mrt 2026, 15.30 uur');
    expect(home(false)).toContain('Volgende bijeenkomst: Terugkombijeenkomst op ma 30 mrt 2026, 15.30 uur');
  });

  it('is on now once it has begun, with when it ends', () => {
    for (const text of [status(true), home(true)]) {
      expect(text).toContain('Nu bezig: Terugkombijeenkomst (maandag 30 maart 2026, 15.30–18.30 uur)');
      expect(text).not.toContain('Volgende bijeenkomst');
    }
  });
});
