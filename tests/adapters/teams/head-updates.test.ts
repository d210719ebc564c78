// Teams' round card (the round's head) after an agreement once all ten are agreed: it says so with the total and points
// to the outcome further down, drawn once per agreement, not once by the round's redraw and again ~1 s later (a card
// updated twice flickers and costs a connector call).
import { describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, PEOPLE, cardText, useHetBaken, votedAndClosedRound } from './harness.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useHetBaken();

const headId = async (roundId: string): Promise<string> =>
  (await env.h.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1`, [`result:${roundId}`])).rows[0]!.message_id;
const headUpdates = (id: string) => env.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id && a.method === 'PUT' && a.activityId === id);

describe('the Teams round card after an agreement, all ten agreed', () => {
  it('is updated once per agreement, saying all are agreed', async () => {
    const roundId = await votedAndClosedRound(env.h);
    const head = await headId(roundId);
    const before = headUpdates(head).length;
    await env.h.invoke(anna, 'agree_all', { roundId });
    for (let i = 0; i < 5; i += 1) await env.h.flush(2000);
    const updates = headUpdates(head).slice(before);
    expect(updates).toHaveLength(1);
    const total = t('nl', 'result.total', { total: 20, fase: t('nl', 'fase.opbouw') });
    expect(cardText(adaptiveCardOf(updates[0]!.activity))).toContain(t('nl', 'round.agreed', { moment: t('nl', 'moment.week1'), total, heading: `${t('nl', 'result.heading')}: ${t('nl', 'moment.week1')}` }));
  });
});
