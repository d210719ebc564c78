// Overviews: help, welcome, status, a person's own home, the team and the comparison.
import { ELEMENTS, onderdeel, type Lang } from '../../../domain/instrument.js';
import { formatDateTime } from '../../../i18n/format.js';
import { reachedOnderdelenText, sentenceStart } from '../../../i18n/counts.js';
import { t, tTeamWarning } from '../../../i18n/index.js';
import { meetingName, onderdeelTitle, randvoorwaardenWarning } from '../../../i18n/phrases.js';
import type { ComparisonView, HomeView, LeerlijnView, StatusView } from '../../../app/views.js';
import { comparisonBarChartData, comparisonChartAlt } from '../../../documents/charts/index.js';
import { adaptiveCard, container, forTeams, facts, heading, note, subheading, text, tt, userText, warning, type AdaptiveCard, type Element } from './common.js';
import { ownerActionBlock } from './actions.js';
import { barChart } from './charts.js';

export function welcomeCard(lang: Lang): AdaptiveCard {
  return adaptiveCard([text(tt(lang, 'onboarding.welcome'), { weight: 'Bolder' }), text(tt(lang, 'onboarding.next')), note(tt(lang, 'privacy.notice'))]);
}

function meetingLine(lang: Lang, view: StatusView | HomeView['leerlijnen'][number], timezone: string, noneKey: 'status.noNextMeeting' | 'home.noNextMeeting'): Element {
  const m = view.nextMeeting;
  if (!m) return text(t(lang, noneKey));
  const key = noneKey === 'status.noNextMeeting' ? 'status.nextMeeting' : 'home.nextMeeting';
  return text(t(lang, key, { meeting: meetingName(lang, m.kind), when: formatDateTime(lang, m.startsAt, timezone) }));
}

export function teamBlock(lang: Lang, l: LeerlijnView): Element[] {
  const people = l.members.map((m) => {
    const parts = [m.side ? t(lang, `side.${m.side}`) : '', m.level ? t(lang, `level.${m.level}`) : '', m.isCoordinator ? t(lang, 'team.coordinator') : ''];
    return [userText(m.displayName, 100), parts.filter(Boolean).join(' · ') || '–'] as const;
  });
  return [subheading(t(lang, 'team.heading')), facts(people.slice(0, 100)), ...teamWarningLines(lang, l)];
}

/** What needs care in the team (a side without anyone, people without a side): with the team, and above the coordinator's form. */
export function teamWarningLines(lang: Lang, l: Pick<LeerlijnView, 'teamWarnings'>): Element[] {
  return l.teamWarnings.map((w) => warning(forTeams(tTeamWarning(lang, w))));
}

/** The confirmation after a start: who started it, the first meeting, and what still needs care. */
export function startedCard(l: LeerlijnView, starterName: string, firstMeeting: string): AdaptiveCard {
  const lang = l.lang;
  const posted = t(lang, 'start.posted', { name: userText(starterName, 100), school: userText(l.schoolName, 150), youthOrg: userText(l.youthOrgName, 150), when: firstMeeting });
  const randvoorwaarden = randvoorwaardenWarning(lang, l.missingRandvoorwaarden);
  return adaptiveCard([
    text(posted, { color: 'Good' }),
    ...(randvoorwaarden ? [warning(`⚠️ ${randvoorwaarden}`)] : []),
    ...l.teamWarnings.map((w) => warning(`⚠️ ${forTeams(tTeamWarning(lang, w))}`)),
    note(tt(lang, 'privacy.notice')),
  ]);
}

export function statusCard(view: StatusView): AdaptiveCard {
  const l = view.leerlijn;
  const lang = l.lang;
  const body: Element[] = [
    heading(t(lang, 'status.heading', { school: userText(l.schoolName, 150), youthOrg: userText(l.youthOrgName, 150) })),
    note(`${t(lang, `status.${l.status}`)} · ${t(lang, `kind.${l.kind}`)}`),
    meetingLine(lang, view, l.timezone, 'status.noNextMeeting'),
  ];
  for (const r of view.rounds) {
    if (r.status === 'open') body.push(text(tt(lang, 'status.roundOpen', { moment: t(lang, `moment.${r.moment}`) })));
    if (r.result) body.push(text(`${t(lang, `moment.${r.moment}`)}: ${t(lang, 'result.total', { total: r.result.total, fase: t(lang, `fase.${r.result.fase}`) })}`));
  }
  const a = view.actions;
  body.push(text(t(lang, 'status.actions', { open: a.open, bezig: a.bezig, klaar: a.klaar, looptVast: a.looptVast })));
  if (a.overdue > 0) body.push(warning(t(lang, 'status.overdue', { count: a.overdue })));
  const randvoorwaarden = randvoorwaardenWarning(lang, l.missingRandvoorwaarden);
  if (randvoorwaarden) body.push(warning(`⚠️ ${randvoorwaarden}`));
  body.push(...teamBlock(lang, l));
  return adaptiveCard(body);
}

export function homeCard(view: HomeView): AdaptiveCard {
  const { lang } = view;
  const body: Element[] = [heading(t(lang, 'home.heading'))];
  if (view.leerlijnen.length === 0) body.push(text(t(lang, 'home.empty')));
  for (const item of view.leerlijnen) {
    const l = item.leerlijn;
    body.push(
      container([subheading(`${userText(l.schoolName, 150)} · ${userText(l.youthOrgName, 150)}`), meetingLine(lang, item, l.timezone, 'home.noNextMeeting')], { separator: true }),
      subheading(t(lang, 'home.myActions')),
      ...(item.myActions.length === 0 ? [text(t(lang, 'home.noActions'), { isSubtle: true })] : item.myActions.slice(0, 20).map((a) => ownerActionBlock(lang, a))),
    );
  }
  // The privacy promise, as in Slack's App Home: this is where people look at their own things.
  return adaptiveCard([...body, note(tt(lang, 'privacy.notice'))]);
}

function change(lang: Lang, delta: number): string {
  if (delta > 0) return t(lang, 'compare.up', { delta });
  if (delta < 0) return t(lang, 'compare.down', { delta: -delta });
  return t(lang, 'compare.same');
}

export function comparisonCard(view: ComparisonView): AdaptiveCard {
  const { lang, comparison: c } = view;
  const body: Element[] = [heading(t(lang, 'compare.heading')), text(t(lang, c.kind === 'nieuw' ? 'compare.nieuwIntro' : 'compare.bestaandIntro'))];
  body.push(text(t(lang, 'compare.total', { before: c.total.before, after: c.total.after, change: change(lang, c.total.delta) }), { weight: 'Bolder' }));
  body.push(
    text(
      c.fase.changed
        ? t(lang, 'compare.fase', { before: t(lang, `fase.${c.fase.before}`), after: t(lang, `fase.${c.fase.after}`) })
        : t(lang, 'compare.faseSame', { fase: t(lang, `fase.${c.fase.after}`) }),
    ),
  );
  if (c.desired) body.push(text(sentenceStart(reachedOnderdelenText(lang, c.desired.reachedCount, c.onderdelen.length))));
  for (const e of c.elements) {
    const label = ELEMENTS.find((x) => x.code === e.code)?.label[lang] ?? e.code;
    const rows = c.onderdelen
      .filter((o) => onderdeel(o.code).element === e.code)
      .map((o) => {
        const mark = c.desired ? ` · ${t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark')}` : '';
        return [onderdeelTitle(lang, o.code), `${t(lang, 'compare.fromTo', { before: o.before, after: o.after })} (${change(lang, o.delta)})${mark}`] as const;
      });
    body.push(container([subheading(t(lang, 'compare.element', { element: label, before: e.before, after: e.after, max: e.max })), facts(rows)], { separator: true }));
  }
  body.push(comparisonChart(view), note(t(lang, 'compare.nextEvaluation')));
  return adaptiveCard(body);
}

/** Week 1 beside week 17, in Teams' own grouped bar chart. */
function comparisonChart(view: ComparisonView): Element {
  return barChart(comparisonBarChartData(view, view.lang), comparisonChartAlt(view, view.lang));
}
