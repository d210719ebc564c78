// A coordinator who left, as each real adapter meets it on its fake platform: Slack answers the
// DM with user_not_found, the Teams Bot Connector refuses their chat with a 403. Either way the
// other coordinator gets the Monday digest and, once, the notice naming who left, with the team
// command as their platform types it; the one who left is not tried again the next Monday.
import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { tick } from '../../src/scheduler/tick.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import type { Db } from '../../src/store/db.js';
import { FAKE_TEAM } from '../fakes/slack-signing.js';
import type { TeamsUser } from '../fakes/teams-activities.js';
import { CHANNEL as SLACK_CHANNEL, USERS, startHarness as startSlack, textOf } from '../adapters/slack/harness.js';
import { PEOPLE, cardText, startHarness as startTeams, startHetBaken } from '../adapters/teams/harness.js';
import { makeDeps } from '../support/fixtures.js';
import { addAction } from './helpers.js';

const MONDAY_1 = new Date('2026-01-19T08:00:00Z');
const A_MINUTE_LATER = new Date('2026-01-19T08:01:00Z');
const MONDAY_2 = new Date('2026-01-26T08:00:00Z');

/** The running leerlijn, with an action (so there are digests) and `userId` made a second coordinator. */
async function withActionAndSecondCoordinator(db: Db, userId: string): Promise<void> {
  const { rows } = await db.query<{ id: string }>(`select id from leerlijnen`);
  const leerlijnId = rows[0]!.id;
  await db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = $2::text`, [leerlijnId, userId]);
  await addAction(db, leerlijnId, { owner: userId, due: '2026-03-06' });
  await db.transaction((tx) => syncLeerlijnJobs(tx, leerlijnId, new Date('2026-01-15T12:00:00Z')));
}

type SlackHarness = Awaited<ReturnType<typeof startSlack>>;
type TeamsHarness = Awaited<ReturnType<typeof startTeams>>;

/** Slack: a leerlijn with the first user as coordinator and the second made one too; the tick as a function of `now`. */
async function slackWithTwoCoordinators(h: SlackHarness): Promise<(now: Date) => Promise<unknown>> {
  const db = h.testDb.db;
  const workspaceId = await ensureWorkspace(db, 'slack', FAKE_TEAM.id);
  const members = USERS.map((u, i) => ({ userId: u, displayName: `Lid ${i + 1}` }));
  await startLeerlijn(makeDeps(db), { workspaceId, userId: USERS[0]! }, {
    channelId: SLACK_CHANNEL, kind: 'bestaand', schoolName: 'Het Baken College', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [USERS[0]!], members,
  });
  await withActionAndSecondCoordinator(db, USERS[1]!);
  return (now) => tick({ db, messengers: { slack: h.adapter.messenger } }, now);
}

/** Teams: Het Baken with `second` made a coordinator too (members are kept by their Entra object id); a tick and its sends. */
async function teamsWithTwoCoordinators(h: TeamsHarness, second: TeamsUser): Promise<(now: Date) => Promise<void>> {
  await startHetBaken(h);
  await withActionAndSecondCoordinator(h.db.db, second.aadObjectId!);
  return async (now) => {
    await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, now);
    await h.flush();
  };
}

/** The passes around two Monday digests: the first Monday's, a minute later (a retry), and the next Monday's. */
async function twoMondays(run: (now: Date) => Promise<unknown>): Promise<void> {
  for (const now of [MONDAY_1, A_MINUTE_LATER, MONDAY_2]) await run(now);
}

/** Teams, Anna and Bram coordinating: Anna's chat refused once with `fault`, then two Mondays; what was sent since, and the chats made. */
async function teamsWhenAnnasChatFails(h: TeamsHarness, fault: Parameters<TeamsHarness['connector']['failNext']>[1]) {
  const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
  const run = await teamsWithTwoCoordinators(h, bram);
  const chatsWith = (user: TeamsUser) => h.connector.createdConversations.filter((c) => JSON.stringify(c.request.members).includes(user.id));
  const from = h.connector.activities.length;
  const annasChatsBefore = chatsWith(anna).length;
  h.connector.failNext(/\/v3\/conversations$/, fault);
  await twoMondays(run);
  return { sent: h.connector.activities.slice(from), annasChatsBefore, annasChatsAfter: chatsWith(anna).length, bramsChat: chatsWith(bram)[0]?.id };
}

describe('a coordinator who left, through both platforms', () => {
  it('Slack: user_not_found for one coordinator; the other gets the digest and, once, who left', async () => {
    const h = await startSlack();
    try {
      const run = await slackWithTwoCoordinators(h);
      const opened = () => h.fake.callsTo('conversations.open').map((c) => c.body.users);
      h.fake.failNext('conversations.open', { error: 'user_not_found' });
      await twoMondays(run);
      const said = h.fake.callsTo('chat.postMessage').map((c) => textOf(c.body));
      expect(said.filter((s) => s.includes('De bot kan Lid 1 niet meer bereiken'))).toHaveLength(1);
      expect(said.find((s) => s.includes('De bot kan Lid 1 niet meer bereiken'))).toContain('`/leerlijn team`');
      expect(said.some((s) => s.includes('kon na'))).toBe(false);
      expect(said.filter((s) => s.includes('Weekoverzicht'))).toHaveLength(2);
      // Lid 1 was asked for once (and failed); every DM after that is Lid 2's.
      expect(opened()).toEqual([USERS[0], USERS[1], USERS[1], USERS[1]]);
    } finally {
      await h.close();
    }
  });

  it('Teams: a 403 for one coordinator’s chat; the other gets the digest and, once, who left', async () => {
    const h = await startTeams();
    try {
      const { sent, annasChatsBefore, annasChatsAfter, bramsChat } = await teamsWhenAnnasChatFails(h, { status: 403 });
      expect(bramsChat).toBeDefined();
      const toBram = sent.filter((a) => a.conversationId === bramsChat).map((a) => cardText(a.activity));
      const notices = toBram.filter((s) => s.includes('De bot kan Anna Test niet meer bereiken'));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('**@Leerlijn team**');
      expect(toBram.filter((s) => s.includes('Weekoverzicht'))).toHaveLength(2);
      expect(toBram.some((s) => s.includes('kon na'))).toBe(false);
      // Anna's chat was never made, and not asked for again the next Monday.
      expect(annasChatsAfter).toBe(annasChatsBefore);
    } finally {
      await h.close();
    }
  });

  // Errors about the bot itself (its token, its credentials) are not about the person: taking the
  // coordinator for gone would keep them from every message after the token is mended.
  it('Slack: a token error on one coordinator’s DM does not make them gone; they are tried again', async () => {
    const h = await startSlack();
    try {
      const run = await slackWithTwoCoordinators(h);
      h.fake.failNext('conversations.open', { error: 'account_inactive' });
      await twoMondays(run);
      const said = h.fake.callsTo('chat.postMessage').map((c) => textOf(c.body));
      expect(said.some((s) => s.includes('niet meer bereiken'))).toBe(false);
      // Lid 1 is asked for again on the second Monday, and gets that digest.
      expect(h.fake.callsTo('conversations.open').filter((c) => c.body.users === USERS[0]).length).toBeGreaterThanOrEqual(2);
    } finally {
      await h.close();
    }
  });

  // A 401 is the bot's credentials; a 403 BotDisabledByAdmin is the school's Teams admin blocking
  // the app (app policies): allowed again, the coordinator must get their messages again.
  it.each([
    { why: 'a 401 (the bot’s credentials)', fault: { status: 401 as const } },
    { why: 'a 403 BotDisabledByAdmin (the app blocked by the admin)', fault: { status: 403 as const, code: 'BotDisabledByAdmin' } },
  ])('Teams: $why for one coordinator’s chat does not make them gone', async ({ fault }) => {
    const h = await startTeams();
    try {
      const { sent, annasChatsBefore, annasChatsAfter } = await teamsWhenAnnasChatFails(h, fault);
      const said = sent.map((a) => cardText(a.activity));
      expect(said.some((s) => s.includes('niet meer bereiken'))).toBe(false);
      expect(annasChatsAfter).toBeGreaterThan(annasChatsBefore);
    } finally {
      await h.close();
    }
  });
});
