// The steps and the next action of `progressOf` in words, for `status`, `help` and the
// "what next" line after each step. Platform-neutral: no markup; adapters add buttons by code.
import type { Lang } from '../domain/instrument.js';
import { MEETINGS } from '../domain/meetings.js';
import type { ActionParams, NextAction, StepProgress } from '../domain/progress.js';
import type { TeamWarning } from '../domain/team.js';
import { countText } from './counts.js';
import { t, type MessageKey, type Params } from './index.js';
import { meetingInlineName, meetingWhenText } from './meeting-text.js';

/** The leerlijn's own name of a step: 'Opstellen actieplan' / 'Drawing up the action plan'. */
export function stepName(lang: Lang, step: Pick<StepProgress, 'kind'>): string {
  return MEETINGS[step.kind].stepTitle[lang];
}

/** 'Stap 2: Opstellen actieplan (nu)' / 'Step 2: Drawing up the action plan (now)'. */
export function stepLine(lang: Lang, step: StepProgress): string {
  return t(lang, 'guide.step.line', { step: step.step, name: stepName(lang, step), state: t(lang, `guide.step.state.${step.state}`) });
}

function meetingParams(lang: Lang, p: ActionParams, timezone: string): Params {
  if (!p.kind) return {};
  const meeting = meetingInlineName(lang, p.kind);
  if (!p.startsAt) return { meeting, when: '–' };
  return { meeting, when: meetingWhenText(lang, p.startsAt, MEETINGS[p.kind].durationMinutes, timezone) };
}

function paramsFor(lang: Lang, p: ActionParams, timezone: string): Params {
  return {
    ...meetingParams(lang, p, timezone),
    ...(p.moment ? { moment: t(lang, `moment.short.${p.moment}`) } : {}),
    ...(p.count !== undefined ? { onderdelen: countText(lang, 'onderdeel', p.count), actions: countText(lang, 'actie', p.count) } : {}),
    ...(p.step !== undefined ? { step: p.step } : {}),
    ...(p.kind ? { name: stepName(lang, { kind: p.kind }) } : {}),
    ...(p.reason ? { reason: t(lang, `guide.planReason.${p.reason}`) } : {}),
    looptVast: p.looptVast ?? 0,
    overdue: p.overdue ?? 0,
  };
}

/** Sides before levels, as the team form shows them. */
const GAP_ORDER: readonly TeamWarning['code'][] = ['side_missing', 'unassigned', 'level_missing', 'level_unassigned'];

/**
 * The team's next step asks only for what it lacks: each gap with what to do about it (a side with
 * nobody: invite and add someone; someone without a side: say which), where the team is changed,
 * and why, for sides, levels or both.
 */
function teamGapText(lang: Lang, gaps: readonly TeamWarning[]): string {
  const ordered = [...gaps].sort((a, b) => GAP_ORDER.indexOf(a.code) - GAP_ORDER.indexOf(b.code));
  const said = ordered.map((gap) => {
    if (gap.code === 'side_missing') return t(lang, `guide.teamGap.side_missing.${gap.side}`);
    if (gap.code === 'level_missing') return t(lang, `guide.teamGap.level_missing.${gap.level}`);
    return t(lang, `guide.teamGap.${gap.code}`, { members: countText(lang, 'teamlid', gap.count) });
  });
  const aboutSides = gaps.some((g) => g.code === 'side_missing' || g.code === 'unassigned');
  const aboutLevels = gaps.some((g) => g.code === 'level_missing' || g.code === 'level_unassigned');
  const why = aboutSides && aboutLevels ? 'both' : aboutSides ? 'sides' : 'levels';
  return [...said, t(lang, 'guide.teamGap.how'), t(lang, `guide.teamGap.why.${why}`)].join(' ');
}

function keyFor(next: NextAction): MessageKey {
  if (next.role === 'coordinator') return `guide.next.coordinator.${next.code}`;
  // Overdue actions get their own sentence, counting the overdue ones.
  if (next.code === 'update_own_actions' && (next.params.overdue ?? 0) > 0) return 'guide.next.member.update_overdue_actions';
  return `guide.next.member.${next.code}`;
}

/** The one next action as a sentence, e.g. 'Sluit de stemronde voor week 1 zodra iedereen heeft gestemd.' */
export function nextActionText(lang: Lang, next: NextAction, timezone: string): string {
  const gaps = next.role === 'coordinator' && next.code === 'set_team_sides' ? next.params.teamGaps : undefined;
  if (gaps && gaps.length > 0) return teamGapText(lang, gaps);
  // The button named by its own label, in the reader's language: one text for it, on the button.
  const params = { ...paramsFor(lang, next.params, timezone), button: t(lang, 'card.button.agreeAll') };
  if (keyFor(next) === 'guide.next.member.update_overdue_actions') {
    return t(lang, 'guide.next.member.update_overdue_actions', { ...params, actions: countText(lang, 'actie', next.params.overdue ?? 0) });
  }
  return t(lang, keyFor(next), params);
}
