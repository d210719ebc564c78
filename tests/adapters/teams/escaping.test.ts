// Teams reads TextBlock text and facts as Markdown. What members typed (the plan, actions,
// notes, names, the school) must show as typed in the plan, action and notice cards: no bold,
// link, heading, mention or date macro made out of it.
import { timelineCard } from '../../../src/adapters/teams/cards/timeline.js';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/app/notices.js';
import type { ActionPlanView, ActionView, LeerlijnView, MeetingView, TimelineView } from '../../../src/app/views.js';
import { ownerActionsCard, teamsMarkup, toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { noticeCard } from '../../../src/adapters/teams/cards/notices.js';
import { actionListDoc, planMenuDoc } from '../../../src/views/plan.js';
import { meetingDefinition } from '../../../src/domain/meetings.js';
import { teamsMarkdownTexts } from '../../story/drivers/text.js';

const TYPED = {
  school: '*Het Baken*',
  youthOrg: '[JoU](https://evil.example)',
  name: '_Anna_ <at>Bob</at>',
  description: 'Rooster **delen** met # iedereen',
  lastNote: '{{DATE(2026-02-02T10:00:00Z, SHORT)}} `code`',
  watKanBeter: '- lijst\n1. Overleg',
  location: 'Lokaal **12** [hier](https://evil.example)',
  gewenst: '> citaat & <b>vet</b>',
  note: '~~weg~~ ![plaatje](https://evil.example/x.png)',
} as const;

const leerlijn: LeerlijnView = {
  id: 'l1', channelId: '19:c', status: 'active', kind: 'bestaand', schoolName: TYPED.school, youthOrgName: TYPED.youthOrg, timezone: 'Europe/Amsterdam',
  lang: 'nl', startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: TYPED.name, side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
};
const action: ActionView = {
  id: 'a1', leerlijnId: 'l1', onderdeel: 'P1', description: TYPED.description, ownerUserId: 'u1', dueDate: '2026-03-01',
  status: 'bezig', source: 'actieplan', overdue: true, lastNote: TYPED.lastNote,
};
const def = meetingDefinition('signalering');
const meeting: MeetingView = {
  kind: 'signalering', step: 1, week: 1, startsAt: '2026-02-02T14:30:00.000Z', localDate: '2026-02-02', localTime: '15:30', weekday: 1,
  durationMinutes: 150, status: 'planned', notulistUserId: 'u1', invullerUserId: 'u1', location: TYPED.location, programme: def.programme, documents: def.documents,
};
const timeline: TimelineView = { leerlijnId: 'l1', channelId: '19:c', timezone: 'Europe/Amsterdam', lang: 'nl', meetings: [meeting], issues: [], region: null, daysOff: [] };
const plan: ActionPlanView = {
  leerlijnId: 'l1', channelId: '19:c', lang: 'nl', suggestedOrder: ['P1'], week1Scores: { P1: 1 },
  items: [{ onderdeel: 'P1', watKanBeter: TYPED.watKanBeter, gewensteEindsituatie: TYPED.gewenst, actions: [action] }],
};
const title = [TYPED.school, TYPED.youthOrg];

/** Each card with the user texts it must show as typed. */
const cards: Array<[string, unknown, readonly string[]]> = [
  ['plan', toAdaptiveCard(planMenuDoc(teamsMarkup(leerlijn.members), plan, true)), [TYPED.watKanBeter, TYPED.gewenst, TYPED.description, TYPED.name]],
  ['actions list', toAdaptiveCard(actionListDoc(teamsMarkup(leerlijn.members), 'nl', [action])), [TYPED.description, TYPED.name]],
  ['timeline', timelineCard(timeline, leerlijn.members), [TYPED.location, TYPED.name]],
  ['own actions', ownerActionsCard('nl', [action]), [TYPED.description, TYPED.lastNote]],
  ...([
    [{ type: 'owner_actions', leerlijn, actions: [action] }, [...title, TYPED.description, TYPED.lastNote]],
    [{ type: 'action_changed', leerlijn, action, previousStatus: 'open', byUserId: 'u1', note: TYPED.note }, [TYPED.name, TYPED.description, TYPED.note]],
    [{ type: 'action_changed', leerlijn, action, previousStatus: 'open', byUserId: 'u_gone', byName: TYPED.name, note: null }, [TYPED.name, TYPED.description]],
    [{ type: 'meeting_reminder', when: 'invite', leerlijn, timeline, meeting, links: [] }, [...title, TYPED.location]],
    [{ type: 'meeting_reminder', when: 'start', leerlijn, timeline, meeting, links: [] }, [...title, TYPED.name, TYPED.location]],
    [{ type: 'coordinator_prompt', prompt: 'close_open', leerlijn, meeting, openRound: true, unagreed: 2 }, title],
    ...(['before', 'due', 'overdue'] as const).map((when) => [{ type: 'action_followup', when, leerlijn, action }, [...title, TYPED.description, TYPED.lastNote]] as const),
    [{ type: 'digest', leerlijn, done: [action], bezig: [], stuck: [], overdue: [action] }, [...title, TYPED.description, TYPED.name]],
    [{ type: 'job_failed', leerlijn, jobKind: 'meeting_invite', attempts: 3 }, title],
  ] as Array<[Notice, readonly string[]]>).map(([n, typed], i): [string, unknown, readonly string[]] => [`notice ${n.type} #${i}`, noticeCard(n), typed]),
];

/** What a reader sees of Markdown text: CommonMark drops the backslash of an escape. */
const shown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The typed line verbatim, not right after an escaping backslash. */
const asTyped = (line: string): RegExp => new RegExp(`(?<!\\\\)${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('Teams shows what members typed as typed', () => {
  it.each(cards)('%s', (_name, card, typed) => {
    const texts = teamsMarkdownTexts(card);
    const shownText = texts.map(shown).join('\n');
    for (const value of typed) {
      // Nowhere as typed (its markup would render)…
      for (const line of value.split('\n')) expect({ line, raw: texts.filter((text) => asTyped(line).test(text)) }).toEqual({ line, raw: [] });
      // …yet the reader sees it exactly as typed.
      expect(shownText).toContain(value);
    }
  });
});
