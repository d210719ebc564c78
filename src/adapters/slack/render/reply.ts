// The flows' neutral replies as Block Kit: sentences from the catalogue (user text escaped,
// people as mentions), refusals, the help from the command registry, and the overviews.
import type { ErrorView, ReplyView, TextView } from '../../../app/flows/surface.js';
import type { ProgressView } from '../../../app/progress.js';
import { nextButtonLabel, progressLines } from '../../../i18n/progress-lines.js';
import { nextStepCommand } from '../../../app/flows/next-step.js';
import { COMMANDS } from '../../../app/flows/registry.js';
import { t, tError, tField, type Lang, type MessageKey } from '../../../i18n/index.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { actions, button, context, header, section, type Block, type Rendered } from './blocks.js';
import { renderStatus, renderTeam, renderTimeline } from './leerlijn.js';
import { renderHome } from './notices.js';
import { slackMarkup, toBlockKit } from './doc.js';
import { welcomeDoc } from '../../../views/leerlijn.js';
import { daysText } from '../../../i18n/phrases.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import { mentionList, renderActionList, renderEvaluationMenu, renderMyActions, renderPlanMenu } from './plan.js';

/** A catalogue sentence; every param is escaped (it may hold what someone typed), people become mentions. */
export function textOf(placeLang: Lang, view: TextView): string {
  const lang = view.lang ?? placeLang;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(view.params ?? {})) params[name] = typeof value === 'string' ? escapeMrkdwn(value) : value;
  for (const [name, key] of Object.entries(view.terms ?? {})) params[name] = t(lang, key);
  for (const [name, ids] of Object.entries(view.people ?? {})) params[name] = mentionList(lang, ids);
  return t(lang, view.key, params);
}

export function errorTextOf(lang: Lang, view: ErrorView): string {
  const l = view.lang ?? lang;
  const fields = (view.fields ?? []).map((f) => (view.brief ? tField(l, f) : `• ${tField(l, f)}`));
  if (view.brief && fields.length > 0) return fields.join('\n');
  return [tError(l, view.code, view.params), ...fields].join('\n');
}

const HELP_KEY = (key: string): MessageKey => `command.help.${key}` as MessageKey;

import { NEXT_STEP_ACTION } from './next-step-action.js';

export { NEXT_STEP_ACTION };

/** The next action's button, where it is a command. */
function nextStepButton(lang: Lang, view: ProgressView): Block[] {
  const command = nextStepCommand(view.progress.next);
  if (!command) return [];
  return [actions('next_step', [button(nextButtonLabel(lang, view.progress.next), NEXT_STEP_ACTION, command, 'primary')])];
}

/** The four steps and the asker's next action, as one block and its button; none without a leerlijn. */
function progressBlocks(lang: Lang, view?: ProgressView): Block[] {
  if (!view) return [];
  const lines = progressLines(lang, view.progress, view.timezone);
  return [section(`${lines.steps.join('\n')}\n*${lines.next}*`, { blockId: 'progress' }), ...nextStepButton(lang, view)];
}

/** After a step: only what is next, and its button. */
function nextStepMessage(lang: Lang, view: ProgressView): Rendered {
  const next = progressLines(lang, view.progress, view.timezone).next;
  return { text: next, blocks: [section(next, { blockId: 'next' }), ...nextStepButton(lang, view)] };
}

export function helpMessage(lang: Lang, unknown?: string, progress?: ProgressView): Rendered {
  const intro = t(lang, 'command.help.intro');
  const lines = COMMANDS.map((c) => t(lang, HELP_KEY(c.helpKey)));
  const word = unknown === undefined ? undefined : `\`${escapeMrkdwn(unknown.replace(/`/g, '').slice(0, 40))}\``;
  return {
    text: intro,
    blocks: [
      ...(word ? [section(t(lang, 'command.unknown', { command: word }))] : []),
      ...progressBlocks(lang, progress),
      header('/leerlijn'),
      section(`${intro}\n${lines.join('\n')}`),
      context(t(lang, 'command.help.aliases')),
      context(t(lang, 'privacy.notice')),
    ],
  };
}

const plainText = (value: string): Rendered => ({ text: value, blocks: [section(value)] });

export function renderReply(lang: Lang, view: ReplyView): Rendered {
  switch (view.type) {
    case 'text':
      return plainText(textOf(lang, view));
    case 'error':
      return plainText(errorTextOf(lang, view));
    case 'lines':
      return plainText(view.lines.map((l) => (l.type === 'text' ? textOf(lang, l) : errorTextOf(lang, l))).join('\n'));
    case 'help':
      return helpMessage(lang, view.unknown, view.progress);
    case 'status': {
      const status = renderStatus(view.status);
      return { ...status, blocks: [...status.blocks, ...progressBlocks(view.status.leerlijn.lang, view.progress)] };
    }
    case 'next_step':
      return nextStepMessage(view.lang ?? lang, view.progress);
    case 'home':
      return { text: t(view.home.lang, 'home.heading'), blocks: renderHome(view.home).blocks.slice(0, 50) };
    case 'timeline':
      return renderTimeline(view.timeline, view.canEdit);
    case 'team':
      return teamReply(view.leerlijn.lang, view);
    case 'plan':
      return renderPlanMenu(view.plan);
    case 'actions':
      return renderActionList(lang, view.actions);
    case 'my_actions':
      return renderMyActions(lang, view.actions);
    case 'evaluation':
      return renderEvaluationMenu(view.evaluation);
    case 'reminders_saved':
      return plainText(remindersSavedText(lang, view.settings));
  }
}

/** "geen", "1 dag vooraf", "7 dagen vooraf": the same words as in the form. */
function remindersSavedText(lang: Lang, s: ReminderSettings): string {
  const saved = t(lang, 'reminders.saved', { inviteDays: daysText(lang, s.inviteDays), dayBefore: daysText(lang, s.dayBefore), atStart: t(lang, s.atStart ? 'common.yes' : 'common.no') });
  return s.notifyChannel ? `${saved} ${t(lang, 'reminders.savedNotify')}` : saved;
}

function teamReply(lang: Lang, view: Extract<ReplyView, { type: 'team' }>): Rendered {
  const team = renderTeam(view.leerlijn, view.canEdit);
  if (!view.change?.length) return team;
  const lines = view.change.map((l) => textOf(lang, l)).join('\n');
  return { text: lines, blocks: [section(lines, { blockId: 'team_change' }), ...team.blocks] };
}

export const renderWelcome = (lang: Lang): Rendered => toBlockKit(welcomeDoc(slackMarkup, lang));
