// The key of an own view comes back from the client, so it is forgeable. A form saved from a
// channel message redraws that message for everyone as the reply its key names (the team, the
// planning): never a reply of another leerlijn, whose team the channel's members may not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, TENANT, cardText, closeCheckingCards, elements, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, , , , eva] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser, TeamsUser, TeamsUser];
/** A member of the other team's leerlijn only: the channel of Het Baken must not read this name. */
const OTHER_MEMBER = 'Zara Zonderland';
let h: Harness;
let otherLeerlijn = '';

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  // Anna also coordinates another team's leerlijn in the same tenant, with Eva.
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  const other = await startLeerlijn(makeDeps(h.db.db), { workspaceId, userId: eva.aadObjectId! }, {
    channelId: '19:other-team@thread.tacv2', kind: 'bestaand', schoolName: 'De Ander', youthOrgName: 'JW', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [eva.aadObjectId!, anna.aadObjectId!],
    members: [{ userId: eva.aadObjectId!, displayName: 'Eva' }, { userId: anna.aadObjectId!, displayName: 'Anna' }, { userId: 'zara-aad', displayName: OTHER_MEMBER }],
  });
  otherLeerlijn = other.leerlijn.id;
});

afterAll(() => closeCheckingCards(h));

const messageNow = (id: string): JsonObject => adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).find((m) => m.id === id)!.activity)!;

describe('a form saved from an own view whose key names another leerlijn', () => {
  it('leaves the channel’s message without that leerlijn’s team', async () => {
    await h.say(anna, 'planning');
    const planning = h.connector.messagesIn(CHANNEL.id).at(-1)!;
    const own = await h.seenBy(anna, adaptiveCardOf(planning.activity)!);
    const send = elements(own).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB && (e.data as { form?: unknown }).form === 'move');
    const data = { ...(send!.data as Record<string, unknown>), kind: 'terugkom', date: '2026-03-31', time: '15:00' };
    const forged = { ...data, ownView: { view: 'team', leerlijnId: otherLeerlijn } };
    await h.invoke(anna, FORM_VERB, forged, { ...h.inChannel(anna), replyToId: planning.id });
    const everyoneReads = cardText(messageNow(planning.id));
    expect(everyoneReads).not.toContain(OTHER_MEMBER);
    // Still the planning (the move the form saved is posted in the channel as news, as ever).
    expect(everyoneReads).toContain('Planning van de leerlijn');
  });
});
