// A person's 1:1 chat the bot keeps may go stale (the app was reinstalled, Teams forgot the chat):
// the Bot Connector then answers 404 or 403 for it. The person is still in the team, so the bot
// asks for their chat anew (createConversation gives back the one Teams has) before it takes them
// for gone; only when that is refused too is the message reported as theirs to miss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStatus } from '../../../src/app/overview.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { makeDeps } from '../../support/fixtures.js';
import { PEOPLE, TENANT, closeCheckingCards, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ attempts: 1 });
  await startHetBaken(h);
});

afterAll(() => closeCheckingCards(h));

const activities = /^\/v3\/conversations\/[^/]+\/activities/;
const created = /^\/v3\/conversations$/;

async function toBram() {
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen`);
  const { leerlijn } = await getStatus(makeDeps(h.db.db), { workspaceId, userId: anna.aadObjectId }, rows[0]!.id);
  const notice = { type: 'coordinator_prompt' as const, prompt: 'plan_going' as const, leerlijn, meeting: null, openRound: false, unagreed: 0 };
  return h.teams.messenger.toUser({ workspaceId, userId: bram.aadObjectId }, notice);
}

describe('a 1:1 chat that went stale', () => {
  it('is asked for anew and the message arrives, for a 404 and for a 403', async () => {
    expect(await toBram()).toMatchObject({ ok: true }); // the chat is kept from here on
    for (const status of [404, 403] as const) {
      const before = h.connector.createdConversations.length;
      h.connector.failNext(activities, { status });
      expect(await toBram()).toMatchObject({ ok: true });
      expect(h.connector.createdConversations.length).toBe(before + 1);
    }
  });

  it('is reported as the person’s to miss when the new chat is refused too', async () => {
    h.connector.failNext(activities, { status: 403 });
    h.connector.failNext(created, { status: 403 });
    expect(await toBram()).toMatchObject({ ok: false, permanent: true, recipientGone: true });
  });

  it('is reported as the person’s to miss when there is nothing to ask a new chat with', async () => {
    // A member kept without the bot's own account (an old record): no new chat can be asked for.
    await h.db.db.query(`update conversation_refs set reference = reference - 'bot' where ref_key = $1::text`, [`member:${bram.aadObjectId}`]);
    h.connector.failNext(activities, { status: 404 });
    expect(await toBram()).toMatchObject({ ok: false, error: 'http_404', permanent: true, recipientGone: true });
  });
});
