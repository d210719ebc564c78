// A reminder goes out through each real adapter's Messenger to its fake platform, and what
// arrives holds the meeting's programme and the documents to read.
import { describe, expect, it } from 'vitest';
import { startLeerlijn } from '../../src/app/leerlijn.js';
import { MEETINGS } from '../../src/domain/meetings.js';
import { tick } from '../../src/scheduler/tick.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../fakes/slack-signing.js';
import { CHANNEL as SLACK_CHANNEL, USERS, startHarness as startSlack, textOf } from '../adapters/slack/harness.js';
import { CHANNEL as TEAMS_CHANNEL, PEOPLE, TENANT, cardText, startHarness as startTeams } from '../adapters/teams/harness.js';
import { makeDeps } from '../support/fixtures.js';

// The signalering of a leerlijn starting Monday 2026-02-02 15:30: invitation 7 days before at 09:00.
const INVITE_AT = new Date('2026-01-26T08:00:00Z');
const signalering = MEETINGS.signalering;
const expectedTexts = [
  ...signalering.programme.map((p) => p.label.nl),
  ...signalering.documents.map((d) => d.label.nl),
];

function startInput(channelId: string, members: Array<{ userId: string; displayName: string }>) {
  return {
    channelId, kind: 'bestaand' as const, schoolName: 'Het Baken College', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [members[0]!.userId], members,
  };
}

describe('meeting reminders through both platforms', () => {
  it('Slack: the invitation in the channel lists the programme and the documents', async () => {
    const h = await startSlack();
    try {
      const deps = makeDeps(h.testDb.db);
      const workspaceId = await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id);
      await startLeerlijn(deps, { workspaceId, userId: USERS[0]! }, startInput(SLACK_CHANNEL, USERS.map((u, i) => ({ userId: u, displayName: `Lid ${i}` }))));
      const result = await tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, INVITE_AT);
      expect(result).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
      const sent = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === SLACK_CHANNEL);
      const text = sent.map((c) => textOf(c.body)).join('\n');
      for (const expected of expectedTexts) expect(text).toContain(expected);
      expect(await tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, INVITE_AT)).toMatchObject({ claimed: 0, sent: 0 });
    } finally {
      await h.close();
    }
  });

  it('Teams: the invitation card in the channel lists the programme and the documents', async () => {
    const h = await startTeams();
    try {
      await h.say(PEOPLE[0]!, 'help'); // the bot learns how to reach the channel, as after install
      const deps = makeDeps(h.db.db);
      const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
      await startLeerlijn(deps, { workspaceId, userId: PEOPLE[0]!.id }, startInput(TEAMS_CHANNEL.id, PEOPLE.map((p) => ({ userId: p.id, displayName: p.name }))));
      const from = h.connector.activities.length;
      const result = await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, INVITE_AT);
      expect(result).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
      const text = h.cardsSince(from).map(cardText).join('\n');
      for (const expected of expectedTexts) expect(text).toContain(expected);
    } finally {
      await h.close();
    }
  });
});
