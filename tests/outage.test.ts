// Postgres unreachable for a while: every command, click and Teams message is still answered
// within the platform's limit, with "try again" in the user's language, and the bot carries on
// without a restart once the database is back. On a Postgres server of the test's own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_ACTION } from '../src/adapters/slack/render/controls.js';
import { tError } from '../src/i18n/index.js';
import { startLeerlijnInSlack } from './adapters/slack/flow.js';
import { COORDINATOR, startHarness as startSlack, type Harness as SlackHarness } from './adapters/slack/harness.js';
import { CHANNEL as TEAMS_CHANNEL, PEOPLE, cardText, startHarness as startTeams, startHetBaken, type Harness as TeamsHarness } from './adapters/teams/harness.js';
import { describeIfPostgres, postgresTestDb, type TestDb } from './support/db.js';
import { startCluster, type TestCluster } from './support/pg-cluster.js';

const TRY_AGAIN = tError('nl', 'internal');
const [anna] = PEOPLE as [NonNullable<(typeof PEOPLE)[number]>];

describe.runIf(describeIfPostgres())('a database outage', () => {
  let cluster: TestCluster;
  let slackDb: TestDb;
  let teamsDb: TestDb;
  let slack: SlackHarness;
  let teams: TeamsHarness;

  beforeAll(async () => {
    cluster = await startCluster();
    slackDb = await postgresTestDb(4, cluster.url);
    teamsDb = await postgresTestDb(4, cluster.url);
    slack = await startSlack({ testDb: slackDb });
    teams = await startTeams({ db: teamsDb });
    await startLeerlijnInSlack(slack, 'Het Baken');
    await startHetBaken(teams);
  });

  afterAll(async () => {
    await cluster.start().catch(() => undefined);
    await slack?.close();
    await teams?.close();
    await slackDb?.drop();
    await teamsDb?.drop();
    await cluster?.destroy();
  });

  it('answers a Slack command and a Teams message in time with "try again" while the database is down', async () => {
    await cluster.stop();
    const res = await slack.command(COORDINATOR, 'status');
    // Acknowledged in time: Bolt's receiver answers 404 by itself when a request is not acked within 3 s.
    expect(res.status).toBe(200);
    await slack.settle();
    expect(JSON.stringify(slack.fake.ephemeralsTo(COORDINATOR).at(-1)?.body)).toContain(TRY_AGAIN);

    // A click whose refusal would be said in its channel's leerlijn's language, unreadable now too.
    const toldBefore = slack.fake.ephemeralsTo(COORDINATOR).length;
    const clicked = await slack.click(COORDINATOR, NOTE_ACTION, `${randomUUID()}|P1`);
    expect(clicked.status).toBe(200);
    await slack.settle();
    const told = slack.fake.ephemeralsTo(COORDINATOR).slice(toldBefore);
    expect(told.map((m) => JSON.stringify(m.body))).toEqual([expect.stringContaining(TRY_AGAIN)]);

    const said = await teams.say(anna, 'status');
    expect(said.status).toBeLessThan(500);
    expect(cardText(teams.connector.lastCardIn(TEAMS_CHANNEL.id))).toContain(TRY_AGAIN);
  });

  it('works again without a restart once the database is back', async () => {
    await cluster.start();
    await slack.command(COORDINATOR, 'status');
    await slack.settle();
    expect(JSON.stringify(slack.fake.ephemeralsTo(COORDINATOR).at(-1)?.body)).toContain('Het Baken');
    await teams.say(anna, 'status');
    expect(cardText(teams.connector.lastCardIn(TEAMS_CHANNEL.id))).toContain('Het Baken');
  });
});
