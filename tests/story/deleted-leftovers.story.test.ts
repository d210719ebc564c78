// After `verwijder` the channel still holds what the bot posted for the leerlijn: its score cards
// offer no buttons any more and say it was deleted, and a vote from a screen that still shows them,
// or the delete form sent again (in the form's language), hears that the leerlijn no longer exists;
// not to ask for a new round, nor to start one as if none had ever run.
import { describe, expect } from 'vitest';
import { PLATFORMS, story, type Story } from './story.js';
import { startSmallTeam } from './small-team.js';
import { SCALE, type Score } from '../../src/domain/instrument.js';
import { t } from '../../src/i18n/index.js';

/** A vote button's label in the leerlijn's language. */
const voteLabel = (s: Story, score: Score): string => t(s.lang, 'card.button.vote', { score, label: SCALE[score][s.lang] });

async function deletedWithOpenRound(s: Story, lang: 'nl' | 'en') {
  const team = await startSmallTeam(s, { lang });
  await s.openRound(team.anna);
  await s.vote(team.bram, 'P1', 3);
  await s.command(team.anna, lang === 'nl' ? 'verwijder' : 'delete');
  await s.d.submitShown(team.anna, team.anna, 'delete', 'channel', { confirm: 'De Horizon' });
  await s.d.settle();
  s.expectNewInChannel(s.said('export.deleted', { name: s.name(team.anna) }));
  return team;
}

describe.each(PLATFORMS.flatMap((platform) => (['nl', 'en'] as const).map((lang) => [platform, lang] as const)))('after the delete, on %s, in %s', (platform, lang) => {
  story(platform, 'the posted cards offer nothing and say it was deleted; a stale vote and a form sent again hear it is gone', async (s) => {
    const { anna, bram } = await deletedWithOpenRound(s, lang);
    s.expectChannelHides(voteLabel(s, 1), voteLabel(s, 2), voteLabel(s, 3), s.said('card.button.note'), s.said('guide.button.coordinator.close_round'));
    s.expectChannelShows(s.said('round.deleted'));
    // Not that it stopped (the round's head included), nor how many voted: that went with its data.
    s.expectChannelHides(s.said('round.stopped'), s.said('card.votedCount', { count: 1, total: 3 }));

    // The click names no language, and the channel has no leerlijn left to lend it its own: said in the bot's default.
    await s.voteOnStaleCard(bram, 'P1', 1);
    s.expectAnswered(bram, t('nl', 'error.leerlijn_gone'));

    await s.d.submitAgain(anna);
    await s.d.settle();
    // Slack says it beside the modal's input, which it keeps open; Teams answers the card.
    const told = [s.d.lastAnswer(anna), ...Object.values(s.d.formProblems(anna))].join('\n');
    expect(told, platform).toContain(s.said('error.leerlijn_gone'));
    expect(told, platform).not.toContain(s.said('error.no_leerlijn'));
  });
});
