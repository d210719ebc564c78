// A closed voting round cannot be opened again, so its close button asks first ("Stemronde
// sluiten?", who has not voted can no longer vote), on Slack as a confirm dialog and on Teams as a
// hidden part of the card that the button unfolds (with a cancel that folds it); going on closes the round as before. Here: the pressed close
// button showed the question first (askedFirst), and the round closed once the coordinator went on.
// That a stray click alone closes nothing, because the asking button itself carries nothing to act
// on (Slack: a confirm, which Slack shows before it sends anything; Teams: an Action.ToggleVisibility
// without verb or data), is checked on the rendered cards in tests/adapters/close-confirm.test.ts.
// The typed `sluit` is deliberate and closes at once (close-half-voted.story).
import { describe, expect } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

const ONE_VOTE = { P1: [2], P2: [2], A1: [2], A2: [2], A3: [2], B1: [2], B2: [2], T1: [2], T2: [2], T3: [2] } as const;

describe.each(PLATFORMS)('the close button of a voting round, on %s', (platform) => {
  for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
    story(platform, `asks first in the catalogue's words, and closes once the coordinator goes on (${lang})`, async (s) => {
      const { anna, bram } = await startSmallTeam(s, { lang });
      await s.openRound(anna);
      await s.voteMatrix([bram], ONE_VOTE);
      s.expectChannelHides(t(lang, 'card.closedNotice'));
      s.d.newInChannel();
      await s.press(anna, s.button('close_round'), 'channel');
      await s.d.settle();
      const asked = s.d.askedFirst();
      for (const key of ['title', 'text', 'confirm'] as const) expect(asked, key).toContain(t(lang, `round.closeConfirm.${key}`));
      s.expectChannelShows(t(lang, 'card.closedNotice'));
      expect(s.d.newInChannel()).toContain(t(lang, 'round.closed', { moment: t(lang, 'moment.week1') }));
    });
  }
});
