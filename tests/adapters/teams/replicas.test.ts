// Two replicas of the bot behind one load balancer: one database, one Bot Connector, one
// clock. Votes on the same card reach both; Teams still sees at most one update of that
// card per second, and the last one shows every vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram, chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
let a: Harness;
let b: Harness;
let roundId: string;
let cardId: string;

beforeAll(async () => {
  a = await startHarness();
  b = await startHarness({ replicaOf: a });
  await a.say(anna, 'start');
  await a.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, chen].map((p) => p.aadObjectId).join(','), jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId,
    draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  await a.say(anna, 'scores');
  roundId = (await a.db.db.query<{ id: string }>(`select id from score_rounds`)).rows[0]!.id;
  cardId = (await a.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1::text`, [`card:${roundId}:P1`])).rows[0]!.message_id;
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

const updatesOfP1 = (): number => a.connector.requests.filter((r) => r.method === 'PUT' && decodeURIComponent(r.path).endsWith(`/activities/${cardId}`)).length;
const sharedP1 = (): unknown => a.connector.messagesIn(CHANNEL.id).find((m) => m.id === cardId)?.activity;
const settle = async (ms: number): Promise<void> => {
  await a.teams.idle();
  await b.teams.idle();
  a.clock.advance(ms);
  await a.teams.idle();
  await b.teams.idle();
};

describe('card updates across two replicas', () => {
  it('updates a card at most once per second between them, the last with every vote', async () => {
    await Promise.all([a.invoke(anna, 'vote', { roundId, onderdeel: 'P1', score: 2 }), b.invoke(bram, 'vote', { roundId, onderdeel: 'P1', score: 3 })]);
    await settle(0);
    expect(updatesOfP1()).toBe(1); // both replicas had a vote; only one updated
    await b.invoke(chen, 'vote', { roundId, onderdeel: 'P1', score: 1 });
    await settle(999);
    expect(updatesOfP1()).toBe(1);
    await settle(1);
    expect(updatesOfP1()).toBe(2);
    await settle(1000);
    await settle(5000);
    expect(updatesOfP1()).toBeLessThanOrEqual(3);
    expect(cardText(sharedP1())).toContain('3 van 3 gestemd');
  });
});
