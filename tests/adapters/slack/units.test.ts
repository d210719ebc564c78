import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import type { ScoreCardView } from '../../../src/app/views.js';
import { splitMentions } from '../../../src/adapters/slack/people.js';
import { createSlackMessenger, sendFailure } from '../../../src/adapters/slack/messenger.js';
import { renderCard } from '../../../src/adapters/slack/render/cards.js';
import { renderNotice } from '../../../src/adapters/slack/render/reply.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import { blockKitViolations } from '../../support/blockkit-limits.js';
import { DOCUMENT_LINKS } from '../../support/view-fixtures.js';
import { invitationDocuments } from '../../../src/documents/invitation-links.js';
import { meetingDefinition } from '../../../src/domain/meetings.js';

const log = pino({ level: 'silent' });
const card = (votedCount: number, extra: Partial<ScoreCardView> = {}): ScoreCardView => ({
  roundId: '00000000-0000-4000-8000-000000000001', leerlijnId: 'l', moment: 'week1', kind: 'bestaand', lang: 'nl', onderdeel: 'P1',
  status: 'open', stopped: false, votedCount, memberCount: 8, closed: null, ...extra,
});
describe('rendering user text', () => {
  it('escapes notes and stays within Block Kit limits however long they are', () => {
    const closed = card(8, { status: 'closed', closed: { tally: { count: 8, distribution: { 1: 2, 2: 3, 3: 3 }, proposed: 2, bespreekpunt: true }, agreed: null, agreedDiffers: false, notes: Array.from({ length: 30 }, () => `<!channel> <https://evil.example|klik> ${'x'.repeat(400)}`) } });
    const r = renderCard(closed);
    const json = JSON.stringify(r.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil');
    expect(blockKitViolations({ blocks: r.blocks }, 'message')).toEqual([]);
  });
});

describe('the Slack Messenger', () => {
  let fake: FakeSlack;
  beforeEach(async () => { fake = await startFakeSlack({ tokens: ['xoxb-t'] }); });
  afterEach(async () => { await fake.close(); });
  const leerlijn = { id: 'l', channelId: 'C1', status: 'active' as const, kind: 'bestaand' as const, schoolName: 'School <!here>', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam', lang: 'nl' as const, startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [], members: [], teamWarnings: [] };
  const notice = { type: 'job_failed' as const, leerlijn, jobKind: 'x', attempts: 3 };
  const messenger = (retries: number) => createSlackMessenger(async () => new webApi.WebClient('xoxb-t', { slackApiUrl: fake.url, retryConfig: { retries, minTimeout: 0, maxTimeout: 0 } }), log);

  it('retries after a 429 and reports success', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0, times: 1 });
    const result = await messenger(2).toChannel({ workspaceId: 'w', channelId: 'C1' }, notice);
    expect(result).toMatchObject({ ok: true });
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('reports retryAfterSeconds when it gives up on 429s, and a permanent error for a missing channel', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0, times: 5 });
    expect(await messenger(1).toChannel({ workspaceId: 'w', channelId: 'C1' }, notice)).toMatchObject({ ok: false, error: 'ratelimited', retryAfterSeconds: 0, permanent: false });
    fake.reset();
    fake.failNext('conversations.open', { error: 'user_not_found' });
    expect(await messenger(0).toUser({ workspaceId: 'w', userId: 'U0NOBODY' }, notice)).toMatchObject({ ok: false, error: 'user_not_found', permanent: true });
  });

  it('reports a DM Slack opened without a channel as no_dm_channel, worth trying again', () => {
    expect(sendFailure(new Error('no_dm_channel'))).toEqual({ ok: false, error: 'no_dm_channel', permanent: false });
  });

  it('renders every notice inside Block Kit limits with user text escaped', () => {
    const action = { id: 'a', leerlijnId: 'l', onderdeel: 'P1' as const, description: '<!channel> bellen', ownerUserId: 'U0000001', dueDate: '2026-03-01', status: 'bezig' as const, source: 'actieplan' as const, overdue: true, lastNote: '<@U123> zei nee' };
    const meeting = { kind: 'actieplan' as const, step: 2, week: 3, startsAt: '2026-02-16T14:30:00.000Z', localDate: '2026-02-16', localTime: '15:30', weekday: 1, durationMinutes: 180, status: 'planned' as const, notulistUserId: null, invullerUserId: 'U0000002', location: null, programme: [], documents: [] };
    const timeline = { leerlijnId: 'l', channelId: 'C1', timezone: 'Europe/Amsterdam', lang: 'nl' as const, meetings: [meeting], issues: [], region: null, daysOff: [] };
    const notices = [
      { type: 'owner_actions' as const, leerlijn, actions: Array.from({ length: 40 }, () => action) },
      { type: 'action_changed' as const, leerlijn, action, previousStatus: 'open' as const, byUserId: 'U0000001', note: '<!everyone>' },
      ...(['invite', 'day_before', 'start'] as const).map((when) => ({ type: 'meeting_reminder' as const, when, daysAhead: 1, leerlijn, timeline, meeting, links: [], notifyChannel: false })),
      ...(['actieplan_not_planned', 'plan_going', 'close_open'] as const).map((prompt) => ({ type: 'coordinator_prompt' as const, prompt, leerlijn, meeting, openRound: true, unagreed: 3 })),
      ...(['before', 'due', 'overdue'] as const).map((when) => ({ type: 'action_followup' as const, when, leerlijn, action })),
      { type: 'digest' as const, leerlijn, done: [action], bezig: [], stuck: [action], overdue: [action] },
      notice,
    ];
    for (const n of notices) {
      const r = renderNotice(n);
      const json = JSON.stringify(r.blocks);
      expect(blockKitViolations({ blocks: r.blocks }, 'message'), n.type).toEqual([]);
      expect(json).not.toMatch(/<!channel>|<!everyone>|<!here>/);
    }
  });

  it('links the documents of an invitation where they have a link, and names the others', () => {
    const def = meetingDefinition('terugkom');
    const meeting = { kind: 'terugkom' as const, step: 3, week: 9, startsAt: '2026-03-30T13:30:00.000Z', localDate: '2026-03-30', localTime: '15:30', weekday: 1, durationMinutes: 180, status: 'planned' as const, notulistUserId: null, invullerUserId: null, location: null, programme: def.programme, documents: def.documents };
    const timeline = { leerlijnId: 'l', channelId: 'C1', timezone: 'Europe/Amsterdam', lang: 'nl' as const, meetings: [meeting], issues: [], region: null, daysOff: [] };
    const existing = { 'instrument-week1': true, actieplan: true, 'evaluatie-terugkom': false };
    const links = invitationDocuments(def.kind, existing, DOCUMENT_LINKS, { id: '6f1c2a4e-8a51-4a51-9a51-0a5100000001', lang: 'nl' }, new Date('2026-03-23T08:00:00Z'));
    const text = renderNotice({ type: 'meeting_reminder', when: 'invite', leerlijn, timeline, meeting, links, notifyChannel: false }).text;
    expect(text).toContain('<https://drive.school.example/factsheet.pdf|Factsheet>');
    expect(text).toMatch(/<https:\/\/leerlijn\.school\.example\/documents\/[\w-]+\.[\w-]+\|Ingevuld Actieplan>/);
    expect(text).toContain(', Reader');
  });
});

describe('splitMentions', () => {
  it('takes the people out of the typed words, names with spaces and repeated mentions included', () => {
    expect(splitMentions('team TOEVOEGEN <@U0AAA|jan de vries> <@U0BBB> <@U0AAA>')).toEqual({ text: 'team TOEVOEGEN', mentions: ['U0AAA', 'U0BBB', 'U0AAA'] });
    expect(splitMentions('team remove <@W0CCC|x>')).toEqual({ text: 'team remove', mentions: ['W0CCC'] });
  });

  it('leaves what is not a real mention as a word, so the flow can say so', () => {
    expect(splitMentions('team add @jan <!channel>')).toEqual({ text: 'team add @jan @channel', mentions: [] });
  });

  it('a word Slack escaped (a user group, @here, a channel, a link) is the word as the person typed it, not Slack\'s code for it', () => {
    const typed = 'team add <!subteam^S0123ABC|@docenten> <!here> <!subteam^S0999> <#C0123|algemeen> <#C0456> <mailto:a@b.nl|a@b.nl> <https://x.nl>';
    expect(splitMentions(typed)).toEqual({ text: 'team add @docenten @here @S0999 #algemeen #C0456 a@b.nl https://x.nl', mentions: [] });
  });
});
