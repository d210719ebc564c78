// Once every onderdeel is agreed, the team reads the round's outcome (the total and the fase) where
// they are reading: at the bottom of the channel, as a new message, on both platforms. Posted once
// per round and kept current: a later agreement that changes a score updates it, and two last
// agreements at once post it once.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { onderdeelTitle, scoreText } from '../../src/i18n/phrases.js';
import { PLATFORMS, story, type Fase, type Matrix, type Story } from './story.js';
import { outcomeCounter } from './outcomes.js';

// Three voters: anna, bram, chen. Median of three.
const VOTES: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
}; // proposals: 1,1,1,1,1,1,1,2,1,2 = 12, Opstartfase (10–14)

const totalText = (total: number, fase: Fase): string => t('nl', 'result.total', { total, fase: t('nl', `fase.${fase}`) });

const outcomes = outcomeCounter('nl');

/** The head of the round (Slack's round header, Teams' round card) once all ten are agreed: agreed, the total, the outcome below. */
const agreedHead = (total: number, fase: Fase): string => t('nl', 'round.agreed', {
  moment: t('nl', 'moment.week1'), total: totalText(total, fase), heading: `${t('nl', 'result.heading')}: ${t('nl', 'moment.week1')}`,
});

/** A line only the filled instrument has: an onderdeel with its agreed score. */
const instrumentLine = (): string => `${onderdeelTitle('nl', 'P1')}: ${scoreText('nl', 1)}`;

async function closedRound(s: Story, votes: Matrix): Promise<void> {
  const anna = s.coordinator('anna');
  const team = s.members(3);
  await s.start({ by: anna, school: 'De Horizon', members: team });
  await s.openRound(anna);
  await s.voteMatrix(team, votes);
  await s.close(anna);
}

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'the outcome of an agreed round is posted at the bottom of the channel once and kept current', async (s) => {
    const anna = s.coordinator('anna');
    await closedRound(s, VOTES);
    s.d.newInChannel();

    await s.agreeAll(anna);
    const fresh = s.d.newInChannel();
    expect(fresh, `${platform}: what the channel got after the last agreement`).toContain(totalText(12, 'opstart'));
    expect(outcomes(fresh), `${platform}: outcome messages posted`).toBe(1);
    const shownBefore = s.timesInChannel(totalText(12, 'opstart'));

    // After completion the coordinator changes two agreed scores: 12 + 2 + 2 = 16, Opbouwfase.
    await s.agree(anna, 'A1', 3);
    await s.agree(anna, 'P1', 3);
    await s.d.settle();
    expect(outcomes(s.d.newInChannel()), `${platform}: no second outcome message`).toBe(0);
    expect(s.timesInChannel(totalText(12, 'opstart')), `${platform}: the old total still shown`).toBe(0);
    expect(s.timesInChannel(totalText(16, 'opbouw')), `${platform}: the new total where the old one stood`).toBe(shownBefore);
  });

  story(platform, 'the full outcome stands once, at the bottom; the round\'s head says briefly that it is agreed', async (s) => {
    const anna = s.coordinator('anna');
    await closedRound(s, VOTES);
    s.d.newInChannel();

    await s.agreeAll(anna);
    await s.d.settle();
    const fresh = s.d.newInChannel();
    expect(fresh, `${platform}: the instrument in what the channel got`).toContain(instrumentLine());
    expect(s.timesInChannel(instrumentLine()), `${platform}: messages with the filled instrument`).toBe(1);
    expect(s.channelCharts(), `${platform}: charts in the channel`).toHaveLength(1);
    expect(s.timesInChannel(agreedHead(12, 'opstart')), `${platform}: the head says the round is agreed, with its total`).toBe(1);
    expect(fresh, `${platform}: the head is redrawn, not posted anew`).not.toContain(agreedHead(12, 'opstart'));

    // A later agreement changes the total: the head follows it.
    await s.agree(anna, 'A1', 3);
    await s.d.settle();
    expect(s.timesInChannel(agreedHead(14, 'opstart')), `${platform}: the head with the new total`).toBe(1);
    expect(s.timesInChannel(agreedHead(12, 'opstart')), `${platform}: the head's old total gone`).toBe(0);
    expect(s.timesInChannel(instrumentLine()), `${platform}: the filled instrument still in one message`).toBe(1);
    expect(s.channelCharts(), `${platform}: still one chart`).toHaveLength(1);
  });

  story(platform, 'two last agreements at once post the outcome once', async (s) => {
    const anna = s.coordinator('anna');
    // Nobody votes on T2 and T3: "agree all" leaves those two.
    const { T2: _t2, T3: _t3, ...votes } = VOTES;
    await closedRound(s, votes);
    await s.agreeAll(anna);
    s.d.newInChannel();

    await Promise.all([s.agree(anna, 'T2', 1), s.agree(anna, 'T3', 2)]);
    await s.d.settle();
    const fresh = s.d.newInChannel();
    expect(outcomes(fresh), `${platform}: outcome messages posted`).toBe(1);
    s.expectResult({ total: 12, fase: 'opstart' });
  });
});
