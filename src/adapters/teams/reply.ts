// The flows' neutral replies as Adaptive Cards: catalogue sentences (user text escaped, people
// by their names, Slack's `/leerlijn x` as Teams' `@Leerlijn x`), refusals, help, overviews.
import type { ErrorView, ReplyView, TextView } from '../../app/flows/surface.js';
import type { ProgressView } from '../../app/progress.js';
import { nextButtonLabel, progressLines } from '../../i18n/progress-lines.js';
import { nextStepCommand } from '../../app/flows/next-step.js';
import { COMMANDS } from '../../app/flows/registry.js';
import { t, tError, tField, type Lang, type MessageKey } from '../../i18n/index.js';
import { actionsListCard, ownerActionsCard } from './cards/actions.js';
import { actionSet, adaptiveCard, container, escapeTeamsMarkdown, forTeams, messageCard, note, submit, text, tt, userText, warning, type AdaptiveCard, type Element } from './cards/common.js';
import { evaluationCard } from './cards/evaluation.js';
import { homeCard, statusCard, teamBlock, teamWarningLines } from './cards/overview.js';
import { planCard } from './cards/plan.js';
import { remindersSavedCard } from './cards/reminders.js';
import type { RosterEntry } from './cards/start-form.js';
import { teamFormCard } from './cards/team-form.js';
import { timelineCard } from './cards/timeline.js';
import { NEXT_STEP_FORM } from './cards/next-step-form.js';

/** Names for the people a sentence mentions, looked up by the surface before rendering. */
export type Names = ReadonlyMap<string, string>;

function nameList(lang: Lang, names: Names, ids: readonly string[]): string {
  const list = ids.map((id) => escapeTeamsMarkdown(names.get(id) ?? id));
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${t(lang, 'common.and')} ${list.at(-1)}`;
}

export function teamsTextOf(placeLang: Lang, view: TextView, names: Names): string {
  const lang = view.lang ?? placeLang;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(view.params ?? {})) params[name] = typeof value === 'string' ? escapeTeamsMarkdown(value) : value;
  for (const [name, key] of Object.entries(view.terms ?? {})) params[name] = t(lang, key);
  for (const [name, ids] of Object.entries(view.people ?? {})) params[name] = nameList(lang, names, ids);
  return forTeams(t(lang, view.key, params));
}

export function teamsErrorOf(lang: Lang, view: ErrorView): string {
  const l = view.lang ?? lang;
  const fields = (view.fields ?? []).map((f) => (view.brief ? tField(l, f) : `- ${tField(l, f)}`));
  if (view.brief && fields.length > 0) return fields.join('\n\n');
  return forTeams([tError(l, view.code, view.params), ...fields].join('\n\n'));
}

export { NEXT_STEP_FORM };

/** The next action's button, where it is a command. */
function nextStepButton(lang: Lang, view: ProgressView): Element[] {
  const command = nextStepCommand(view.progress.next);
  return command ? [actionSet([submit(nextButtonLabel(lang, view.progress.next), NEXT_STEP_FORM, { command }, { style: 'positive' })])] : [];
}

/** The four steps and the asker's next action, with its button; none without a leerlijn. */
function progressBlock(lang: Lang, view?: ProgressView): Element[] {
  if (!view) return [];
  const lines = progressLines(lang, view.progress, view.timezone);
  return [container([...lines.steps.map((l) => text(l, { spacing: 'None' })), text(forTeams(lines.next), { weight: 'Bolder' }), ...nextStepButton(lang, view)], { separator: true })];
}

/** After a step: only what is next, and its button. */
function nextStepCard(lang: Lang, view: ProgressView): AdaptiveCard {
  // The id marks the hint, so a client (or a test) can tell it from the step's own answer.
  return adaptiveCard([text(forTeams(progressLines(lang, view.progress, view.timezone).next), { weight: 'Bolder', id: 'next_step' }), ...nextStepButton(lang, view)]);
}

export function helpCard(lang: Lang, unknownCommand?: string, progress?: ProgressView): AdaptiveCard {
  return adaptiveCard([
    ...(unknownCommand === undefined ? [] : [warning(tt(lang, 'command.unknown', { command: userText(unknownCommand, 40) }))]),
    ...progressBlock(lang, progress),
    text(tt(lang, 'command.help.intro')),
    ...COMMANDS.map((c) => text(tt(lang, `command.help.${c.helpKey}` as MessageKey), { spacing: 'Small' })),
    note(tt(lang, 'command.help.aliases')),
    note(tt(lang, 'privacy.notice')),
  ]);
}

const toneOf = (view: TextView): { tone?: 'good' | 'warning' } => (view.tone ? { tone: view.tone } : {});

/** `candidates`: people in the conversation not on the team yet, for a coordinator's team form. */
export function renderReply(lang: Lang, view: ReplyView, names: Names, candidates: readonly RosterEntry[] = []): AdaptiveCard {
  switch (view.type) {
    case 'text':
      return messageCard(teamsTextOf(lang, view, names), toneOf(view));
    case 'error':
      return messageCard(teamsErrorOf(lang, view), { tone: 'warning' });
    case 'lines':
      return messageCard(view.lines.map((l) => (l.type === 'text' ? teamsTextOf(lang, l, names) : teamsErrorOf(lang, l))).join('\n\n'), { tone: 'warning' });
    case 'help':
      return helpCard(lang, view.unknown, view.progress);
    case 'status': {
      const card = statusCard(view.status);
      return { ...card, body: [...card.body, ...progressBlock(view.status.leerlijn.lang, view.progress)] };
    }
    case 'next_step':
      return nextStepCard(view.lang ?? lang, view.progress);
    case 'home':
      return homeCard(view.home);
    case 'timeline':
      return timelineCard(view.timeline, view.members, view.reminders, view.canEdit);
    case 'team': {
      const l = view.leerlijn;
      // The coordinator's form says what needs care too (a side without anyone, people without a side), as Slack's team does.
      const form = (): AdaptiveCard => {
        const card = teamFormCard(l.lang, l.members, candidates);
        return { ...card, body: [...teamWarningLines(l.lang, l), ...card.body] };
      };
      const card = view.canEdit ? form() : adaptiveCard(teamBlock(l.lang, l));
      const change = (view.change ?? []).map((c) => text(teamsTextOf(l.lang, c, names), { color: c.tone === 'warning' ? 'Attention' : 'Good' }));
      return { ...card, body: [...change, ...card.body] };
    }
    case 'plan':
      return planCard(view.plan, view.members);
    case 'actions':
      return actionsListCard(lang, view.actions, view.members);
    case 'my_actions':
      return ownerActionsCard(lang, view.actions);
    case 'evaluation':
      return evaluationCard(view.evaluation, view.members);
    case 'reminders_saved':
      return remindersSavedCard(lang, view.settings);
  }
}
