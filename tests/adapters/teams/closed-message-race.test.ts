// As in Slack (tests/adapters/slack/closed-message-race.test.ts): the round-closed message is
// posted, and only then remembered. "Agree all" landing between the two redraws nothing, and
// the message Teams holds must still end without its agree-all button. The fake connector
// holds the answer to that post (Teams has the message, the bot not its id) while the
// coordinator agrees.
import { describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, PEOPLE, cardText, useHetBaken } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const said = t('nl', 'round.closed', { moment: t('nl', 'moment.week1') });
const env = useHetBaken();

describe('"agree all" between posting the round-closed message and remembering it', () => {
  it('the message ends without its agree-all button', async () => {
    await env.h.say(anna, 'scores');
    const { rows } = await env.h.db.db.query<{ id: string }>(`select id from score_rounds`);
    const roundId = rows[0]!.id;
    // One vote per onderdeel: each gets a proposal, so "agree all" agrees every one.
    for (const onderdeel of ONDERDEEL_CODES) await env.h.invoke(anna, 'vote', { roundId, onderdeel, score: 2 });
    await env.h.flush();

    const before = env.h.connector.messagesIn(CHANNEL.id).length;
    const paused = env.h.connector.pauseAnswer('POST', (body) => JSON.stringify(body).includes(said));
    const closing = env.h.invoke(anna, 'close', { roundId });
    await paused.reached;
    await env.h.invoke(anna, 'agree_all', { roundId });
    await env.h.flush();
    paused.release();
    await closing;
    await env.h.flush();
    const agreed = await env.h.db.db.query<{ n: number }>(`select count(*)::int as n from agreed_scores where round_id = $1::uuid`, [roundId]);
    expect(agreed.rows).toEqual([{ n: 10 }]);

    // Posted after the close; only this message says it closed (the result card above no longer does).
    const closedCards = env.h.connector.messagesIn(CHANNEL.id).slice(before).map((m) => adaptiveCardOf(m.activity)).filter((card) => cardText(card).includes(said));
    expect(closedCards).toHaveLength(1);
    expect(JSON.stringify(closedCards[0])).not.toContain('agree_all');
  });
});
