// Each member sees their own vote on the shared score card: the card asks Teams to refresh it
// per voter (refresh.userIds), and the refreshCard invoke answers with that user's view only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, OUTSIDER, PEOPLE, cardText, startHarness, type Harness, closeCheckingCards } from './harness.js';

const [anna, bram, chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
let h: Harness;
let roundId: string;

beforeAll(async () => {
  h = await startHarness();
  await h.say(anna, 'start'); // reads the roster, so the bot knows everyone's Teams id
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, chen].map((p) => p.aadObjectId).join(','), jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId,
    draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  await h.say(anna, 'scores');
  const { rows } = await h.db.db.query<{ id: string }>(`select id from score_rounds`);
  roundId = rows[0]!.id;
});

afterAll(() => closeCheckingCards(h));

async function sharedP1(): Promise<JsonObject> {
  const { rows } = await h.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1::text`, [`card:${roundId}:P1`]);
  const message = h.connector.messagesIn(CHANNEL.id).find((m) => m.id === rows[0]!.message_id)!;
  const attachments = message.activity.attachments as Array<{ content: JsonObject }>;
  return attachments[0]!.content;
}

describe('own vote on the shared score card', () => {
  it('asks Teams to refresh the shared card for each voting member, by their Teams id', async () => {
    const refresh = (await sharedP1()).refresh as { action: JsonObject; userIds: string[] };
    expect(refresh.action).toEqual({ type: 'Action.Execute', verb: 'refreshCard', data: { roundId, onderdeel: 'P1' } });
    expect([...refresh.userIds].sort()).toEqual([anna.id, bram.id, chen.id].sort());
  });

  it('shows a voter their own vote on refresh, and nobody else any vote', async () => {
    await h.invoke(bram, 'vote', { roundId, onderdeel: 'P1', score: 3 });
    await h.invoke(chen, 'vote', { roundId, onderdeel: 'P1', score: 1 });
    await h.flush();
    const mine = await h.invoke(bram, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect(cardText(mine)).toContain('Je stem: 3');
    expect(cardText(mine)).not.toContain('Je stem: 1');
    const annas = await h.invoke(anna, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect(cardText(annas)).not.toContain('Je stem');
    expect(cardText(annas)).toContain('2 van 3 gestemd');
    const outsider = await h.invoke(OUTSIDER, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect(cardText(outsider)).not.toContain('Je stem');
    const shared = await sharedP1();
    expect(cardText(shared)).not.toContain('Je stem');
    expect(JSON.stringify(shared)).not.toContain('"style":"positive"'); // no vote button marked as anyone's
    expect(shared.refresh).toBeDefined();
  });

  it('keeps the refresh on the voter own view, so the next look is theirs too', async () => {
    const mine = await h.invoke(bram, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect((mine.refresh as { userIds: string[] }).userIds).toContain(bram.id);
  });

  it('stops refreshing once the round is closed: everyone sees the same distribution', async () => {
    await h.say(anna, 'sluit');
    await h.flush();
    const after = await h.invoke(bram, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect(cardText(after)).not.toContain('Je stem');
    expect(cardText(after)).toContain('Verdeling');
    expect(after.refresh).toBeUndefined();
    expect((await sharedP1()).refresh).toBeUndefined();
  });
});
