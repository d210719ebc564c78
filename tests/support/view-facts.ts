// What a user must see in each view, on both platforms: the facts the parity test finds in the
// Slack and the Teams rendering of the views view-fixtures.ts builds.
import type { Notice } from '../../src/app/notices.js';
import type { ActionView, MeetingView } from '../../src/app/views.js';
import { ELEMENTS, ONDERDEEL_CODES, ONDERDELEN, SCALE, SCORES, scoreQuestion, type OnderdeelCode } from '../../src/domain/instrument.js';
import { elementChangeText, faseChangeText, scoreChangeText, totalChangeText } from '../../src/i18n/compare-text.js';
import { formatDateTime, formatMinutes } from '../../src/i18n/format.js';
import { reachedOnderdelenText, sentenceStart } from '../../src/i18n/counts.js';
import { meetingStartText, meetingWhenText } from '../../src/i18n/meeting-text.js';
import { t, tScheduleIssue, type MessageKey } from '../../src/i18n/index.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';
import { meetingPlace, programmeText, randvoorwaardenWarning } from '../../src/i18n/phrases.js';
import { ASSIGN_ROLES_LINE, DELETE_ON_LINE, DIGEST_CHANGED_LINE, DIGEST_LINE } from './notice-fixtures.js';
import { INJECTION, type ViewFixtures } from './view-fixtures.js';

/** Text that must appear in both renderings; a person is a mention in Slack and a name in Teams. */
export type Fact = string | { slack: string; teams: string };
type F = ViewFixtures;

export const label = (f: F, code: OnderdeelCode): string => ONDERDELEN.find((o) => o.code === code)!.label[f.lang];
const person = (f: F, id: string): Fact => ({ slack: `<@${id}>`, teams: f.leerlijn.members.find((m) => m.userId === id)?.displayName ?? id });
export const school = (f: F): string => `${f.leerlijn.schoolName} · ${f.leerlijn.youthOrgName}`;
export const when = (f: F, m: MeetingView): string => formatDateTime(f.lang, m.startsAt, f.leerlijn.timezone);

function actionFacts(f: F, list: readonly ActionView[]): Fact[] {
  // The last note says why an action is stuck: a coordinator reads it wherever the action is listed.
  return list.flatMap((a) => [a.description, person(f, a.ownerUserId), t(f.lang, `action.status.${a.status}`), ...(a.overdue ? [t(f.lang, 'action.overdue')] : []), ...(a.lastNote ? [a.lastNote] : [])]);
}

function teamFacts(f: F, withHeading = true): Fact[] {
  const l = f.leerlijn;
  return [
    ...(withHeading ? [t(f.lang, 'team.heading')] : []),
    t(f.lang, 'team.coordinator'),
    ...l.members.flatMap((m) => [person(f, m.userId), ...(m.side ? [t(f.lang, `side.${m.side}`)] : []), ...(m.level ? [t(f.lang, `level.${m.level}`)] : [])]),
    ...l.teamWarnings.map((w) => tTeamWarning(f.lang, w)),
  ];
}

function meetingFacts(f: F, m: MeetingView): Fact[] {
  const { lang } = f;
  return [
    t(lang, `meeting.${m.kind}`), meetingPlace(lang, m).step, meetingPlace(lang, m).week, when(f, m),
    formatMinutes(lang, m.durationMinutes), ...m.programme.map((p) => p.label[lang]), ...m.documents.map((d) => d.label[lang]),
    m.notulistUserId ? person(f, m.notulistUserId) : t(lang, 'timeline.nobody'), m.invullerUserId ? person(f, m.invullerUserId) : t(lang, 'timeline.nobody'),
  ];
}

export const cardFacts = {
  openCard: (f: F): Fact[] => [
    label(f, f.openCard.onderdeel), scoreQuestion(f.openCard.kind, f.openCard.moment, f.lang),
    t(f.lang, 'card.votedCount', { count: f.openCard.votedCount, total: f.openCard.memberCount }),
    ...SCORES.map((s) => t(f.lang, 'card.button.vote', { score: s, label: SCALE[s][f.lang] })),
  ],
  roundOpened: (f: F): Fact[] => [t(f.lang, 'round.opened', { moment: t(f.lang, `moment.${f.openRound.moment}`) })],
  closedCard: (f: F): Fact[] => {
    const c = f.closedCard.closed!;
    const d = c.tally.distribution;
    const proposed = c.tally.proposed!;
    return [
      label(f, f.closedCard.onderdeel), t(f.lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] }),
      t(f.lang, 'card.proposed', { score: proposed, label: SCALE[proposed][f.lang] }), t(f.lang, 'card.bespreekpunt'),
      t(f.lang, 'card.agreed', { score: c.agreed!, label: SCALE[c.agreed!][f.lang] }),
      t(f.lang, 'card.notes'), INJECTION.note,
    ];
  },
  roundClosed: (f: F): Fact[] => [t(f.lang, 'round.closed', { moment: t(f.lang, `moment.${f.closedRound.moment}`) })],
  completeRound: (f: F): Fact[] => {
    const r = f.completeRound.result!;
    return [t(f.lang, 'result.total', { total: r.total, fase: t(f.lang, `fase.${r.fase}`) }), ...ELEMENTS.map((e) => e.label[f.lang]), ...ONDERDEEL_CODES.map((c) => label(f, c))];
  },
  timeline: (f: F): Fact[] => [
    t(f.lang, 'timeline.heading'), t(f.lang, 'schedule.warningIntro'), ...f.timeline.issues.map((i) => tScheduleIssue(f.lang, i)),
    ...f.timeline.meetings.flatMap((m) => meetingFacts(f, m)),
  ],
  team: (f: F): Fact[] => teamFacts(f),
  started: (f: F): Fact[] => {
    const l = f.started;
    const params = { school: l.schoolName, youthOrg: l.youthOrgName, when: when(f, f.firstMeeting) };
    const name = l.members.find((m) => m.userId === f.starter.userId)!.displayName;
    return [
      { slack: t(f.lang, 'start.posted', { ...params, name: `<@${f.starter.userId}>` }), teams: t(f.lang, 'start.posted', { ...params, name }) },
      randvoorwaardenWarning(f.lang, l.missingRandvoorwaarden)!, ...l.teamWarnings.map((w) => tTeamWarning(f.lang, w)), t(f.lang, 'privacy.notice'),
      // The planning posted with it.
      t(f.lang, 'timeline.heading'), ...f.startedTimeline.meetings.flatMap((m) => meetingFacts(f, m)),
    ];
  },
  status: (f: F): Fact[] => {
    const { lang, status: s } = f;
    const l = s.leerlijn;
    const next = s.nextMeeting!;
    return [
      t(lang, 'status.heading', { school: l.schoolName, youthOrg: l.youthOrgName }), t(lang, `kind.${l.kind}`), t(lang, `status.${l.status}`),
      t(lang, 'status.nextMeeting', { meeting: t(lang, `meeting.${next.kind}`), when: when(f, next) }),
      ...s.rounds.map((r) => `${t(lang, `moment.${r.moment}`)}: ${t(lang, 'result.total', { total: r.result!.total, fase: t(lang, `fase.${r.result!.fase}`) })}`),
      t(lang, 'status.actions', { open: s.actions.open, bezig: s.actions.bezig, klaar: s.actions.klaar, looptVast: s.actions.looptVast }),
      t(lang, 'status.overdue', { count: s.actions.overdue }), ...teamFacts(f, false),
    ];
  },
  plan: (f: F): Fact[] => [
    t(f.lang, 'plan.heading'),
    ...f.plan.items.flatMap((i) => [label(f, i.onderdeel), t(f.lang, 'plan.watKanBeter'), i.watKanBeter, i.gewensteEindsituatie, ...actionFacts(f, i.actions)]),
  ],
  actions: (f: F, list: readonly ActionView[]): Fact[] => [t(f.lang, 'plan.actions'), ...actionFacts(f, list)],
  myActions: (f: F): Fact[] => [
    t(f.lang, 'home.myActions'), ...f.ownerActions.flatMap((a) => [a.description, t(f.lang, `action.status.${a.status}`), t(f.lang, 'action.overdue')]),
    ...(['klaar', 'bezig', 'loopt_vast'] as const).map((s) => t(f.lang, `action.button.${s}`)),
  ],
  evaluation: (f: F): Fact[] => {
    const { lang, evaluation: e } = f;
    return [
      t(lang, 'evaluation.heading', { moment: t(lang, `evaluation.moment.${e.moment}`) }), t(lang, 'evaluation.bereikt'),
      ...e.items.flatMap((i) => [
        label(f, i.onderdeel), i.gewensteEindsituatie ?? '',
        ...(i.toelichting ? [`${t(lang, 'evaluation.toelichting')}: ${i.toelichting}`] : []),
        ...(i.ondernomen ? [`${t(lang, 'evaluation.ondernomen')} ${i.ondernomen}`] : []),
      ]),
    ];
  },
  comparison: (f: F): Fact[] => {
    const { lang } = f;
    const c = f.comparison.comparison;
    return [
      t(lang, 'compare.heading'), t(lang, 'compare.nieuwIntro'),
      ...c.onderdelen.flatMap((o) => [label(f, o.code), scoreChangeText(lang, o.before, o.after, c.kind)]),
      t(lang, 'compare.reachedMark'), t(lang, 'compare.notReachedMark'),
      ...c.elements.map((e) => elementChangeText(lang, ELEMENTS.find((x) => x.code === e.code)!.label[lang], e, c.kind)),
      totalChangeText(lang, c),
      faseChangeText(lang, c),
      sentenceStart(reachedOnderdelenText(lang, c.desired!.reachedCount, c.onderdelen.length)), t(lang, 'compare.nextEvaluation'),
    ];
  },
  home: (f: F): Fact[] => [
    t(f.lang, 'home.heading'), school(f), when(f, f.home.leerlijnen[0]!.nextMeeting!), t(f.lang, 'home.myActions'),
    ...f.home.leerlijnen.flatMap((i) => i.myActions.flatMap((a) => [a.description, t(f.lang, `action.status.${a.status}`)])),
    t(f.lang, 'privacy.notice'),
  ],
};

export function noticeFacts(f: F, n: Notice): Fact[] {
  const { lang } = f;
  switch (n.type) {
    case 'owner_actions':
      return [school(f), ...n.actions.flatMap((a) => [a.description, t(lang, `action.status.${a.status}`)]), t(lang, 'action.button.klaar')];
    case 'action_changed':
      return [school(f), n.action.description, t(lang, `action.status.${n.action.status}`), n.note ?? '', person(f, n.byUserId)];
    case 'meeting_reminder': {
      const m = n.meeting;
      if (n.when === 'day_before') return [school(f), meetingStartText(lang, m.startsAt, f.leerlijn.timezone)];
      if (n.when === 'start') return [school(f), person(f, m.notulistUserId!), person(f, m.invullerUserId!)];
      // The meeting's own documents always; a filled one where the invitation links it (it exists).
      const docs = m.documents.filter((d) => !d.filled || n.links.some((l) => l.code === d.code));
      return [school(f), meetingWhenText(lang, m.startsAt, m.durationMinutes, f.leerlijn.timezone), docs.map((d) => d.label[lang]).join(', '), programmeText(lang, m.programme)];
    }
    case 'coordinator_prompt':
      if (n.prompt === 'actieplan_not_planned') return [school(f), t(lang, 'reminder.actieplanNotPlanned')];
      if (n.prompt === 'plan_going') return [school(f), t(lang, 'reminder.planGoing')];
      if (n.prompt === 'assign_roles') return [school(f), ASSIGN_ROLES_LINE[lang], t(lang, 'guide.button.coordinator.assign_roles')];
      return [school(f)];
    case 'action_followup':
      return [n.action.description, t(lang, 'action.button.klaar'), t(lang, 'action.button.loopt_vast')];
    case 'digest':
      // Written out, not computed: the counts with their singular and plural nouns.
      return [school(f), DIGEST_LINE[lang], DIGEST_CHANGED_LINE[lang], ...[...n.bezig, ...n.overdue].map((a) => a.description)];
    case 'job_failed':
      return [school(f)];
    case 'recipient_gone':
      return [school(f), n.name];
    case 'step_document':
      return [t(lang, `documents.posted.${n.document}` as MessageKey)];
    case 'retention_warning':
      return [school(f), t(lang, 'retention.warning', { date: DELETE_ON_LINE[lang] })];
    case 'team_news':
      return [school(f), person(f, n.byUserId), ...(n.news.openActions > 1 ? [t(lang, 'teamNews.actionsStay', { count: n.news.openActions })] : [])];
  }
}

