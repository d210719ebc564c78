// The last agreement of a round, with Teams refusing the post of the round's outcome (403): all
// ten are agreed then, so nothing asks again later. The outcome is best effort (logged for the
// operator); the filled instrument and the coordinator's next step still come.
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { capturedLog } from '../../support/log-lines.js';
import { CHANNEL, PEOPLE, cardText, isNextStepHint, useHetBaken, votedAndClosedRound } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const logged = capturedLog();
const env = useHetBaken({ log: logged.log });

const closedRound = (): Promise<string> => votedAndClosedRound(env.h);

describe('teams: the round outcome refused on the last agreement', () => {
  it('still posts the filled instrument and the next step, and logs the refusal', async () => {
    const roundId = await closedRound();
    const before = env.h.connector.sentTo(CHANNEL.id).length;
    logged.clear();
    // The first post after "agree all" is the round's outcome.
    env.h.connector.failNext('POST', { status: 403 });
    const answer = cardText(await env.h.invoke(anna, 'agree_all', { roundId }));
    await env.h.flush();
    const posted = env.h.connector.sentTo(CHANNEL.id).slice(before).map((a) => adaptiveCardOf(a.activity));
    const said = posted.map((card) => cardText(card)).join('\n');
    expect(answer).toContain(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
    expect(said).toContain(t('nl', 'documents.posted.instrument-week1'));
    expect(posted.some(isNextStepHint)).toBe(true);
    expect(logged.warnings().some((msg) => msg?.includes('outcome not posted'))).toBe(true);
  });
});
