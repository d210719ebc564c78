// What Teams' activity feed and a phone's notification say of a card the bot sends: the
// activity's `summary`. Without one they show only "Card", and nobody can tell a reminder from
// an action for them without opening the chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject, RecordedActivity } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { meetingInlineName } from '../../../src/i18n/meeting-text.js';
import type { MeetingKind } from '../../../src/domain/meetings.js';
import { t } from '../../../src/i18n/index.js';
import { tick } from '../../../src/scheduler/tick.js';
import { escapeTeamsMarkdown, plainWords } from '../../../src/adapters/teams/cards/common.js';
import { CHANNEL, PEOPLE, closeCheckingCards, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let h: Harness;
let firstMeeting: MeetingKind;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  const { rows } = await h.db.db.query<{ kind: MeetingKind }>(`select kind from meetings order by starts_at limit 1`);
  firstMeeting = rows[0]!.kind;
});

afterAll(() => closeCheckingCards(h));

/** The activities a tick at `iso` sent. */
async function sentByTickAt(iso: string): Promise<RecordedActivity[]> {
  const before = h.connector.activities.length;
  await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, new Date(iso));
  await h.flush();
  return h.connector.activities.slice(before).filter((a) => a.method === 'POST');
}

const summaryOf = (a: RecordedActivity): string => String((a.activity as JsonObject).summary ?? '');

/** Plain words for a notification: no Markdown a phone would show as it is typed. */
function expectPlainWords(summary: string): void {
  expect(summary.length).toBeGreaterThan(10);
  expect(summary).not.toMatch(/\*\*|\\|\]\(/);
}

describe('Teams: what a notification says of a card the bot sends', () => {
  it('a meeting invitation in the channel is announced with the meeting it is for', async () => {
    const sent = await sentByTickAt('2026-01-26T08:00:30Z');
    const inChannel = sent.filter((a) => a.conversationId === CHANNEL.id);
    expect(inChannel).toHaveLength(1);
    const summary = summaryOf(inChannel[0]!);
    expectPlainWords(summary);
    expect(summary).toContain(meetingInlineName('nl', firstMeeting));
  });

  it('the coordinator’s reminder in their personal chat says which meeting still needs a notulist', async () => {
    const sent = await sentByTickAt('2026-01-29T08:00:30Z');
    const chat = h.connector.createdConversations.find((c) => JSON.stringify(c.request.members).includes(anna.id));
    const toAnna = sent.filter((a) => a.conversationId === chat?.id);
    expect(toAnna).toHaveLength(1);
    const summary = summaryOf(toAnna[0]!);
    expectPlainWords(summary);
    expect(summary.toLowerCase()).toContain(meetingInlineName('nl', firstMeeting).toLowerCase());
    expect(summary).toContain(t('nl', 'timeline.notulist').toLowerCase());
  });

  it('a command’s answer in the channel says what it is, not just that there is a card', async () => {
    const before = h.connector.activities.length;
    await h.say(anna, 'planning');
    const posted = h.connector.activities.slice(before).filter((a) => a.method === 'POST' && a.conversationId === CHANNEL.id);
    expect(posted.length).toBeGreaterThan(0);
    expect(summaryOf(posted[0]!)).toBe(t('nl', 'timeline.heading'));
  });
});

describe('Teams: a card’s words as a notification shows them', () => {
  it('keeps a link’s label and a name as it was typed, without the Markdown around them', () => {
    const name = 'Anna_de *Vries* [x]';
    const said = `**${escapeTeamsMarkdown(name)}** opent [Factsheet](https://bot.example/d/1?a=b) in \`@Leerlijn planning\``;
    expect(plainWords(said)).toBe(`${name} opent Factsheet in @Leerlijn planning`);
  });
});
