// One agreement on a Teams score card, scores still left to agree: the card agreed is drawn anew for everyone, with the
// round card; the nine others did not change and are not updated (each update is a connector call in the channel's
// throttle, and a read of where the card stands).
import { describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, useHetBaken, votedAndClosedRound } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useHetBaken();

const messageId = async (key: string): Promise<string> =>
  (await env.h.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1`, [key])).rows[0]!.message_id;
const channelUpdates = () => env.h.connector.activities.filter((a) => a.conversationId === CHANNEL.id && a.method === 'PUT');

describe('the Teams cards after one agreement, scores still left to agree', () => {
  it('redraws the card agreed and the round card, not the nine cards that did not change', async () => {
    const roundId = await votedAndClosedRound(env.h);
    const before = channelUpdates().length;
    await env.h.invoke(anna, 'agree', { roundId, onderdeel: 'P1', score: 3 });
    for (let i = 0; i < 5; i += 1) await env.h.flush(2000);
    const updated = channelUpdates().slice(before);
    const p1 = await messageId(`card:${roundId}:P1`);
    expect(updated.map((a) => a.activityId).sort()).toEqual([await messageId(`result:${roundId}`), p1].sort());
  });
});
