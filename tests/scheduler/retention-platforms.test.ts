// The retention warning as each platform delivers it: the coordinator's own chat says which
// leerlijn, the day its data is deleted, and how to export or delete it, written for that
// platform (Slack `/leerlijn export`, Teams `@Leerlijn export` in the channel).
import { describe, expect, it } from 'vitest';
import { startLeerlijn, stopLeerlijn } from '../../src/app/leerlijn.js';
import { tick } from '../../src/scheduler/tick.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { FAKE_TEAM } from '../fakes/slack-signing.js';
import { CHANNEL as SLACK_CHANNEL, USERS, startHarness as startSlack, textOf } from '../adapters/slack/harness.js';
import { CHANNEL as TEAMS_CHANNEL, PEOPLE, TENANT, cardText, startHarness as startTeams } from '../adapters/teams/harness.js';
import { makeDeps } from '../support/fixtures.js';

const STOPPED_AT = new Date('2026-03-02T10:00:00Z');
/** The first 09:00 (CET) once the 365 days after the stop are 14 days away. */
const WARN_AT = new Date('2027-02-17T08:00:00Z');
const TERM = 365;
const SAID = 'Deze leerlijn loopt niet meer, en op woensdag 3 maart 2027 verwijder ik de gegevens ervan';

function startInput(channelId: string, members: Array<{ userId: string; displayName: string }>) {
  return {
    channelId, kind: 'bestaand' as const, schoolName: 'Het Baken College', youthOrgName: 'JoU', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [members[0]!.userId], members,
  };
}

describe('the retention warning through both platforms', () => {
  it('Slack: the coordinator gets it once, in a direct message, with the day and /leerlijn export', async () => {
    const h = await startSlack();
    try {
      const deps = makeDeps(h.testDb.db);
      const coordinator = { workspaceId: await ensureWorkspace(h.testDb.db, 'slack', FAKE_TEAM.id), userId: USERS[0]! };
      const started = await startLeerlijn(deps, coordinator, startInput(SLACK_CHANNEL, USERS.map((u, i) => ({ userId: u, displayName: `Lid ${i}` }))));
      deps.setNow(STOPPED_AT);
      await stopLeerlijn(deps, coordinator, started.leerlijn.id, 'stopped');
      const from = h.fake.callsTo('chat.postMessage').length;
      const pass = () => tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger }, retentionDays: TERM }, WARN_AT);
      expect(await pass()).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
      expect(await pass()).toMatchObject({ claimed: 0, sent: 0 });
      const sent = h.fake.callsTo('chat.postMessage').slice(from);
      expect(sent.map((c) => c.body.channel)).not.toContain(SLACK_CHANNEL);
      expect(sent).toHaveLength(1);
      const text = textOf(sent[0]!.body);
      for (const expected of [SAID, 'Het Baken College', '`/leerlijn export`', '`/leerlijn verwijder`']) expect(text).toContain(expected);
    } finally {
      await h.close();
    }
  });

  it('Teams: the coordinator gets it once, in the personal chat, with the day and @Leerlijn export', async () => {
    const h = await startTeams();
    try {
      await h.say(PEOPLE[0]!, 'help'); // the bot learns how to reach the channel, as after install
      const deps = makeDeps(h.db.db);
      const coordinator = { workspaceId: await ensureWorkspace(h.db.db, 'teams', TENANT), userId: PEOPLE[0]!.aadObjectId! };
      const started = await startLeerlijn(deps, coordinator, startInput(TEAMS_CHANNEL.id, PEOPLE.map((p) => ({ userId: p.aadObjectId!, displayName: p.name }))));
      deps.setNow(STOPPED_AT);
      await stopLeerlijn(deps, coordinator, started.leerlijn.id, 'stopped');
      const from = h.connector.activities.length;
      const pass = () => tick({ db: h.db.db, messengers: { teams: h.teams.messenger }, retentionDays: TERM }, WARN_AT);
      expect(await pass()).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
      expect(await pass()).toMatchObject({ claimed: 0, sent: 0 });
      const sent = h.connector.activities.slice(from);
      expect(sent.map((a) => a.conversationId)).not.toContain(TEAMS_CHANNEL.id);
      const cards = h.cardsSince(from);
      expect(cards).toHaveLength(1);
      const text = cardText(cards[0]);
      for (const expected of [SAID, 'Het Baken College', '@Leerlijn export', '@Leerlijn verwijder']) expect(text).toContain(expected);
    } finally {
      await h.close();
    }
  });
});
