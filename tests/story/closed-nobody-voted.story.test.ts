// A round closed while nobody voted has no proposal, so “Alle voorstellen overnemen” is not offered; the
// round-closed message still tells the team the coordinator sets the agreed score per onderdeel (by choosing one),
// on both platforms. Once the last onderdeel left is agreed, it only says the round closed.
import { describe, expect } from 'vitest';
import { ONDERDEEL_CODES } from '../../src/domain/instrument.js';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'the round-closed message of a round nobody voted in says the coordinator chooses the score per onderdeel', async (s) => {
    const { anna } = await startSmallTeam(s, { startDate: '2026-01-19' });
    await s.openRound(anna);
    s.d.newInChannel();
    await s.close(anna);
    const fresh = s.d.newInChannel();
    expect(fresh).toContain(s.said('round.closed', { moment: t('nl', 'moment.week1') }));
    expect(fresh).toContain(t('nl', 'round.votersNone', { members: 3 }));
    expect(fresh).toContain(s.said('card.chooseNext'));
    expect(fresh).not.toContain(t('nl', 'card.button.agreeAll'));

    for (const code of ONDERDEEL_CODES) await s.agree(anna, code, 2);
    await s.d.settle();
    s.expectChannelHides(s.said('card.chooseNext'), s.said('card.agreeNext'));
  });
});
