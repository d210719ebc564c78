// The overview in a personal chat (views/home.ts): a next step only the team's channel takes says so
// after its sentence, in the reader's language; one taken anywhere does not.
import { describe, expect, it } from 'vitest';
import type { LeerlijnView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import type { Lang } from '../../src/domain/instrument.js';
import type { Progress } from '../../src/domain/progress-types.js';
import { t } from '../../src/i18n/index.js';
import { homeDoc } from '../../src/views/home.js';

const leerlijn: LeerlijnView = {
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
};
const next: Progress = { steps: [], current: 1, next: { role: 'coordinator', code: 'open_round', params: { moment: 'week1' } } };
const home = (lang: Lang, nextInChannel: boolean): string =>
  JSON.stringify(homeDoc(slackMarkup, { userId: 'u1', lang, leerlijnen: [{ leerlijn, nextMeeting: null, meetingUnderway: false, myActions: [], next, nextInChannel }] }));

describe.each<Lang>(['nl', 'en'])('the overview’s next step (%s)', (lang) => {
  it('says the team’s channel is where a channel-only step is taken', () => {
    expect(home(lang, true)).toContain(t(lang, 'guide.inChannel'));
    expect(t(lang, 'guide.inChannel')).toMatch(lang === 'nl' ? /in het kanaal van het team/ : /in the team’s channel/);
  });

  it('says nothing of the channel for a step taken anywhere', () => {
    expect(home(lang, false)).not.toContain(t(lang, 'guide.inChannel'));
  });
});
