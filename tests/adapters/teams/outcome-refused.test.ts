// The last agreement of a round, with Teams refusing the post of the round's outcome (403): all
// ten are agreed then, so nothing would post it later on its own. The filled instrument and the
// coordinator's next step still come; the refusal is logged (naming the message), the coordinator
// is told under the card she clicked (hers alone) that the outcome is not in the channel and how it
// comes: `scores` in the channel, or agreeing a card again, which posts it once. A refused update of it after is logged with the round's key.
import { describe, expect, it } from 'vitest';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { outcomeKey } from '../../../src/app/posted.js';
import { capturedLog } from '../../support/log-lines.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { CHANNEL, PEOPLE, cardText, isNextStepHint, useHetBaken, votedAndClosedRound } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const logged = capturedLog();
const env = useHetBaken({ log: logged.log });

const closedRound = (): Promise<string> => votedAndClosedRound(env.h);
/** As Teams says it: the command typed there (@Leerlijn scores). */
const notPosted = forTeams(t('nl', 'round.outcomeNotPosted', { moment: t('nl', 'moment.week1'), command: 'scores' }));
/** The round's outcome as a message of its own ('Uitkomst: …'); the head card far above is redrawn, not posted. */
const outcomeHeading = `${t('nl', 'result.heading')}: `;

/** What the channel got since `before`, as text per message. */
const postedSince = (before: number): string[] =>
  env.h.connector.sentTo(CHANNEL.id).slice(before).map((a) => cardText(adaptiveCardOf(a.activity)));

describe('teams: the round outcome refused on the last agreement', () => {
  // One leerlijn for the file: its week 1 is refused once, then agreed again.
  it('still posts the filled instrument and the next step, logs the refusal and tells the clicker alone; agreeing a card again posts it once', async () => {
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
    expect(answer).toContain(notPosted);
    expect(said).not.toContain(notPosted);
    expect(said).not.toContain(outcomeHeading);
    expect(said).toContain(t('nl', 'documents.posted.instrument-week1'));
    expect(posted.some(isNextStepHint)).toBe(true);
    expect(logged.warnings().some((msg) => msg?.includes('round outcome not posted'))).toBe(true);

    // As told: one card agreed again (the same score) posts the outcome; once more, it is only updated.
    const beforeAgain = env.h.connector.sentTo(CHANNEL.id).length;
    const agreedAgain = cardText(await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 2 }));
    await env.h.flush();
    expect(agreedAgain).not.toContain(notPosted);
    expect(postedSince(beforeAgain).filter((text) => text.includes(outcomeHeading))).toHaveLength(1);

    const again = env.h.connector.sentTo(CHANNEL.id).length;
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 2 });
    await env.h.flush();
    expect(postedSince(again).filter((text) => text.includes(outcomeHeading))).toHaveLength(0);

    // Teams refusing the update of the posted outcome: logged naming the round's outcome, nothing posted anew.
    const outcome = env.h.connector.sentTo(CHANNEL.id).find((a) => cardText(adaptiveCardOf(a.activity)).includes(outcomeHeading));
    env.h.connector.failNext(new RegExp(`/activities/${outcome?.activityId}$`), { status: 403 });
    logged.clear();
    const refusedUpdate = env.h.connector.sentTo(CHANNEL.id).length;
    const agreedOnceMore = cardText(await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 2 }));
    await env.h.flush();
    expect(agreedOnceMore).not.toContain(notPosted);
    expect(postedSince(refusedUpdate).filter((text) => text.includes(outcomeHeading))).toHaveLength(0);
    const notUpdated = logged.lines.filter((line) => line.msg === 'round outcome not updated');
    expect(notUpdated.map((line) => line.key)).toEqual([outcomeKey(roundId)]);
  });
});
