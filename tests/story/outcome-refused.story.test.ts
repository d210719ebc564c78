// The last agreement of a round while the platform refuses the post of the round's outcome: all
// ten are agreed then, so nothing would send what follows it later. The outcome is best effort;
// the filled instrument still comes to the channel and the coordinator still hears what is next,
// and that the outcome is not in the channel yet, and how to get it there: `scores`, as for a
// round-closed message the channel refused, which posts it (once); agreeing one card's score
// again does too (said to the coordinator only: a member who types `scores` is refused).
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { resultHeading } from '../../src/views/results.js';
import { PLATFORMS, story, type Story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';
import { outcomeCounter } from './outcomes.js';

// SMALL_TEAM_WEEK1's proposals: 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase.
const total = t('en', 'result.total', { total: 12, fase: t('en', 'fase.opstart') });
const outcomes = outcomeCounter('en');
const WEEK1 = t('en', 'moment.week1');
/** The head once all ten are agreed: it points to the outcome further down, so it says so only once that is there. */
const HEADING = resultHeading({ lang: 'en', moment: 'week1' });
const AGREED_HEAD = t('en', 'round.agreed', { moment: WEEK1, total, heading: HEADING });
/** The head while the outcome is refused: all ten agreed, with the total, and no pointer to an outcome that is not there. */
const AGREED_HEAD_NO_OUTCOME = `All ten scores of ${WEEK1} are agreed. ${total}.`;
/** What a closed round's head says while scores are left to agree (Teams' result card): never once all ten are. */
const STILL_TO_AGREE = 'still without an agreed score';
const NOT_POSTED = {
  slack: `Every score of ${WEEK1} is agreed, but the outcome (total and phase) or the filled-in instrument did not reach the channel. Wait a minute, then type \`/leerlijn scores\` in the channel; I will then post it. Agreeing the score on one card again (the same score will do) posts it too.`,
  teams: `Every score of ${WEEK1} is agreed, but the outcome (total and phase) or the filled-in instrument did not reach the channel. Wait a minute, then type @Leerlijn scores in the channel; I will then post it. Agreeing the score on one card again (the same score will do) posts it too.`,
} as const;

/** Anna's round agreed at once while the channel refuses the outcome: she is told, privately, how it comes. */
async function agreedWhileRefused(s: Story, platform: 'slack' | 'teams') {
  const { anna, team } = await startSmallTeam(s, { lang: 'en' });
  await s.openRound(anna);
  await s.voteMatrix(team, SMALL_TEAM_WEEK1);
  await s.close(anna);
  s.d.newInChannel();

  // The first new message after the last agreement is the round's outcome.
  s.d.refuseNextPost();
  await s.agreeAll(anna);
  await s.d.settle();
  const refused = s.d.newInChannel();
  expect(refused, `${platform}: the instrument still comes`).toContain(t('en', 'documents.posted.instrument-week1'));
  expect(outcomes(refused), `${platform}: the outcome refused`).toBe(0);
  s.expectAnswered(anna, t('en', 'guide.nextHeading'), NOT_POSTED[platform]);
  expect(s.d.lastAnswerToAll(anna), `${platform}: told to anna alone`).not.toContain(NOT_POSTED[platform]);
  expect(s.timesInChannel(NOT_POSTED[platform]), `${platform}: not said in the channel`).toBe(0);
  expect(s.timesInChannel(AGREED_HEAD), `${platform}: the head does not point to an outcome that is not there`).toBe(0);
  // Yet it says what everyone else hears: all ten agreed, with the total; no onderdeel left to agree.
  expect(s.timesInChannel(AGREED_HEAD_NO_OUTCOME), `${platform}: the head says all are agreed, with the total`).toBe(1);
  expect(s.timesInChannel(STILL_TO_AGREE), `${platform}: the head has no onderdeel left to agree`).toBe(0);
  return anna;
}

describe.each(PLATFORMS)('the round outcome refused on the last agreement, on %s', (platform) => {
  story(platform, 'the instrument and the next step still come; the coordinator is told, and `scores` posts it once', async (s) => {
    const anna = await agreedWhileRefused(s, platform);

    // As told: `scores` posts the outcome, and says the round is closed and all agreed, the outcome at the bottom.
    await s.command(anna, 'scores');
    await s.d.settle();
    s.expectAnswered(anna, t('en', 'round.closedAgreed', { moment: WEEK1, heading: HEADING }));
    s.expectNotAnswered(anna, NOT_POSTED[platform]);
    const posted = s.d.newInChannel();
    expect(outcomes(posted), `${platform}: the outcome posted`).toBe(1);
    expect(posted).toContain(total);
    expect(s.timesInChannel(AGREED_HEAD), `${platform}: the head points to it now`).toBe(1);
    // In the channel now, and nothing changed: `scores` redraws none of it, however often it is typed.
    const edits = s.d.editsInChannel();
    await s.command(anna, 'scores');
    await s.d.settle();
    expect(outcomes(s.d.newInChannel()), `${platform}: posted once, not again`).toBe(0);
    await s.command(anna, 'scores');
    await s.d.settle();
    expect(s.d.editsInChannel(), `${platform}: nothing redrawn by scores`).toBe(edits);
    await s.agree(anna, 'P1', 1);
    await s.d.settle();
    expect(outcomes(s.d.newInChannel()), `${platform}: nor by agreeing again`).toBe(0);
  });

  // Only the coordinator hears how the outcome comes (which names agreeing again, theirs alone): `scores` for a
  // closed round, like agreeing, is the coordinator's; a member who types it is refused and hears nothing of it.
  story(platform, 'a member who types `scores` is refused, and not told to agree again', async (s) => {
    await agreedWhileRefused(s, platform);
    const bram = s.person('bram');
    await s.command(bram, 'scores');
    await s.d.settle();
    s.expectAnswered(bram, 'Only the coordinator of the leerlijn can do this');
    s.expectNotAnswered(bram, NOT_POSTED[platform], 'Agreeing the score on one card again');
  });

  story(platform, 'agreeing one card\'s score again posts it once too', async (s) => {
    const anna = await agreedWhileRefused(s, platform);
    await s.agree(anna, 'P1', 1);
    await s.d.settle();
    s.expectNotAnswered(anna, NOT_POSTED[platform]);
    const posted = s.d.newInChannel();
    expect(outcomes(posted), `${platform}: the outcome posted`).toBe(1);
    expect(posted).toContain(total);
    expect(s.timesInChannel(AGREED_HEAD), `${platform}: the head points to it now`).toBe(1);
    await s.agree(anna, 'P1', 1);
    await s.d.settle();
    expect(outcomes(s.d.newInChannel()), `${platform}: posted once, not again`).toBe(0);
    await s.command(anna, 'scores');
    await s.d.settle();
    expect(outcomes(s.d.newInChannel()), `${platform}: nor by scores`).toBe(0);
  });
});
