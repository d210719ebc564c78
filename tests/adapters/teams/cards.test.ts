// The renderers are pure: every Notice and the bigger views become valid 1.5 cards, and
// the coalescer turns a burst into one call now and one trailing call.
import { invitationDocuments } from '../../../src/documents/invitation-links.js';
import { DOCUMENT_LINKS } from '../../support/view-fixtures.js';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/app/notices.js';
import type { ActionView, LeerlijnView, MeetingView, TimelineView } from '../../../src/app/views.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { noticeCard } from '../../../src/adapters/teams/cards/notices.js';
import { ownerActionsCard, teamsMarkup, toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { t } from '../../../src/i18n/index.js';
import { welcomeDoc } from '../../../src/views/leerlijn.js';
import { stepDocumentDoc } from '../../../src/views/notices.js';
import { commandText } from '../../../src/adapters/teams/commands.js';
import { helpDoc } from '../../../src/views/reply.js';
import { actionListDoc } from '../../../src/views/plan.js';
import { parseCommand } from '../../../src/app/flows/registry.js';
import { meetingDefinition } from '../../../src/domain/meetings.js';
import { adaptiveCardProblems } from '../../support/adaptive-cards.js';
import { cardText } from './harness.js';

const leerlijn: LeerlijnView = {
  id: 'l1', channelId: '19:c', status: 'active', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
};
const action: ActionView = {
  id: 'a1', leerlijnId: 'l1', onderdeel: 'P1', description: 'Overleg plannen', ownerUserId: 'u1', dueDate: '2026-03-01',
  status: 'open', source: 'actieplan', overdue: false, lastNote: null,
};
const def = meetingDefinition('actieplan');
const meeting: MeetingView = {
  kind: 'actieplan', step: 2, week: 3, startsAt: '2026-02-16T14:30:00.000Z', localDate: '2026-02-16', localTime: '15:30', weekday: 1,
  durationMinutes: 180, status: 'planned', notulistUserId: 'u1', invullerUserId: null, location: 'Lokaal 12', programme: def.programme, documents: def.documents,
};
const timeline: TimelineView = { leerlijnId: 'l1', channelId: '19:c', timezone: 'Europe/Amsterdam', lang: 'nl', meetings: [meeting], issues: [], region: null, daysOff: [] };

const notices: Notice[] = [
  { type: 'owner_actions', leerlijn, actions: [action] },
  { type: 'action_changed', leerlijn, action: { ...action, status: 'klaar' }, previousStatus: 'open', byUserId: 'u1', note: 'gedaan' },
  ...(['invite', 'day_before', 'start'] as const).map((when): Notice => ({ type: 'meeting_reminder', when, daysAhead: 1, leerlijn, timeline, meeting, links: [], notifyChannel: false })),
  ...(['actieplan_not_planned', 'plan_going', 'close_open'] as const).map((prompt): Notice => ({ type: 'coordinator_prompt', prompt, leerlijn, meeting, openRound: true, unagreed: 2 })),
  ...(['before', 'due', 'overdue'] as const).map((when): Notice => ({ type: 'action_followup', when, leerlijn, action })),
  { type: 'digest', leerlijn, done: [action], bezig: [], stuck: [], overdue: [] },
  { type: 'job_failed', leerlijn, jobKind: 'reminder', attempts: 3 },
];

describe('Teams cards', () => {
  it.each(notices.map((n, i) => [`${n.type} #${i}`, n] as const))('renders the %s notice as a valid card', (_name, notice) => {
    const card = noticeCard(notice);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardText(card)).not.toMatch(/\{\w+\}/);
  });

  it('names the meeting as a Dutch sentence does: lower case mid-sentence, a capital where it opens one', () => {
    const said = (when: 'invite' | 'day_before' | 'start') =>
      cardText(noticeCard({ type: 'meeting_reminder', when, daysAhead: 1, leerlijn, timeline, meeting, links: [], notifyChannel: false }));
    expect(said('invite')).toContain('Uitnodiging: de actieplanbijeenkomst, ');
    // The time as the invitation writes it (15.30–18.30 uur), not 15:30.
    expect(said('day_before')).toContain('De actieplanbijeenkomst is morgen, om 15.30 uur.');
    expect(said('start')).toContain('De actieplanbijeenkomst begint nu.');
  });

  it('invites with the filled documents that exist, not the ones that do not yet, each linked where it has a link', () => {
    const m = { ...meeting, kind: 'terugkom' as const, documents: meetingDefinition('terugkom').documents };
    const invite = (actieplan: boolean) => {
      const existing = { 'instrument-week1': true, actieplan, 'evaluatie-terugkom': false };
      const links = invitationDocuments(m.kind, existing, DOCUMENT_LINKS, leerlijn, new Date('2026-03-23T08:00:00Z'));
      return JSON.stringify(noticeCard({ type: 'meeting_reminder', when: 'invite', leerlijn, timeline, meeting: m, links, notifyChannel: false }));
    };
    const json = invite(true);
    expect(json).toContain('[Factsheet](https://drive.school.example/factsheet.pdf)');
    // The team's own actieplan: a signed link to the PDF the bot serves.
    expect(json).toMatch(/\[Ingevuld Actieplan\]\(https:\/\/leerlijn\.school\.example\/documents\/[\w-]+\.[\w-]+\)/);
    // The Reader has no URL configured: named as before, without a link.
    expect(json).toContain('Reader');
    expect(json).not.toContain('[Reader');
    expect(invite(false)).not.toContain('Ingevuld Actieplan');
  });

  it('says how many actions the weekly digest leaves out of a list', () => {
    const done = Array.from({ length: 20 }, (_, i) => ({ ...action, id: `d${i}`, status: 'klaar' as const, description: `Klaar ${i + 1}` }));
    const card = noticeCard({ type: 'digest', leerlijn, done, bezig: [], stuck: [], overdue: [] });
    expect(cardText(card)).toContain(forTeams(t('nl', 'action.more', { actions: '5 acties' })));
    expect(cardText(card)).not.toContain('Klaar 16');
  });

  it('says how many of an owner\'s actions it leaves out, as Slack does', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...action, id: `a${i}`, description: `Actie ${i + 1}` }));
    const card = noticeCard({ type: 'owner_actions', leerlijn, actions: many });
    expect(cardText(card)).toContain('Actie 23');
    expect(cardText(card)).toContain(forTeams(t('nl', 'action.more', { actions: '7 acties' })));
    expect(cardText(card)).not.toContain('Actie 24');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('marks an overdue action in the owner’s own card as in every list of actions', () => {
    const late = { ...action, overdue: true };
    const mark = `⏰ ${t('nl', 'action.overdue')}`;
    expect(cardText(ownerActionsCard('nl', [late]))).toContain(mark);
    expect(cardText(toAdaptiveCard(actionListDoc(teamsMarkup(leerlijn.members), 'nl', [late])))).toContain(mark);
  });

  it('speaks of @Leerlijn, not of the Slack command', () => {
    const help = toAdaptiveCard(helpDoc(teamsMarkup([]), 'en'));
    expect(cardText(help)).toContain('**@Leerlijn start**');
    expect(cardText(help)).not.toContain('/leerlijn');
    expect(forTeams('Typ `/leerlijn help`')).toBe('Typ **@Leerlijn help**');
    expect(adaptiveCardProblems(toAdaptiveCard(welcomeDoc(teamsMarkup([]), 'nl')))).toEqual([]);
  });
});

describe('a step\'s document', () => {
  const card = (link: string | null) => toAdaptiveCard(stepDocumentDoc(teamsMarkup([]), 'nl', 'actieplan', { url: link, ttlHours: 72 }));

  it('opens the signed link, saying how long it is valid', () => {
    const withLink = card('https://bot.example/documents/abc');
    expect(cardText(withLink)).toContain(t('nl', 'documents.posted.actieplan'));
    expect(cardText(withLink)).toContain(forTeams(t('nl', 'documents.posted.linkValid', { period: '3 dagen' })));
    expect(JSON.stringify(withLink)).toContain('"type":"Action.OpenUrl","title":"' + t('nl', 'documents.posted.open') + '","url":"https://bot.example/documents/abc"');
    expect(adaptiveCardProblems(withLink)).toEqual([]);
  });

  it('says where to find it without a link', () => {
    const without = card(null);
    expect(cardText(without)).toContain(forTeams(t('nl', 'documents.posted.noLink')));
    expect(JSON.stringify(without)).not.toContain('Action.OpenUrl');
    expect(adaptiveCardProblems(without)).toEqual([]);
  });
});

describe('commands', () => {
  const parsed = (raw: string) => {
    const p = parseCommand(commandText(raw));
    return p.spec ? { command: p.spec.name, args: p.args } : { unknown: p.word };
  };

  it('strips the mention and knows the Dutch and English names', () => {
    expect(parsed('<at>Leerlijn</at> start')).toEqual({ command: 'start', args: [] });
    expect(parsed('My-Actions')).toEqual({ command: 'mijn-acties', args: [] });
    expect(parsed('schedule')).toEqual({ command: 'planning', args: [] });
    expect(parsed('scores 17')).toEqual({ command: 'scores', args: ['17'] });
    expect(parsed('/leerlijn close')).toEqual({ command: 'sluit', args: [] });
    expect(parsed('hulp')).toEqual({ command: 'help', args: [] });
    expect(parsed('')).toEqual({ command: 'help', args: [] });
    expect(parsed('dansen')).toEqual({ unknown: 'dansen' });
  });
});

describe('a catalogue text in Teams', () => {
  it('writes its bold as Teams does, leaving stars someone typed (escaped) as typed', () => {
    expect(forTeams(t('nl', 'home.myActionsOf', { name: 'Bram' }))).toMatch(/^\*\*Mijn acties\*\*: alleen Bram/);
    expect(forTeams('Notitie: a \\*b\\* c')).toBe('Notitie: a \\*b\\* c');
  });
});
