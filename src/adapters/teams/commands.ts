// Text commands: `@Leerlijn start` in a channel, plain `start` in a personal chat. The
// same commands and aliases as Slack; anything else gets the help card.
import { TurnContext } from 'botbuilder';
import { listActions, getActionPlan, myActions } from '../../app/actions.js';
import { getEvaluation } from '../../app/evaluation.js';
import { getTimeline } from '../../app/meetings.js';
import { compareRounds, getHome, getStatusInChannel } from '../../app/overview.js';
import { t } from '../../i18n/index.js';
import { actionsListCard, ownerActionsCard } from './cards/actions.js';
import { adaptiveCard, heading, messageCard, submit, text, tt, warning } from './cards/common.js';
import { evaluationCard } from './cards/evaluation.js';
import { comparisonCard, helpCard, homeCard, statusCard } from './cards/overview.js';
import { planCard } from './cards/plan.js';
import { roundResultCard } from './cards/score.js';
import { exportCommand } from './export.js';
import { teamCommand } from './team.js';
import { evaluationMoment, requireLeerlijnId, teamOf, timelineReply } from './flows.js';
import { reply, showStartForm } from './forms.js';
import { closeCommand, finalEvaluationCommand, scoresCommand } from './score-cards.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

export const COMMANDS = [
  'help', 'start', 'status', 'planning', 'team', 'scores', 'sluit', 'actieplan', 'acties', 'mijn-acties', 'evaluatie', 'vergelijk', 'export', 'verwijder',
] as const;
export type Command = (typeof COMMANDS)[number];

const ALIASES: Readonly<Record<string, Command>> = {
  schedule: 'planning',
  close: 'sluit',
  plan: 'actieplan',
  actions: 'acties',
  'my-actions': 'mijn-acties',
  evaluation: 'evaluatie',
  compare: 'vergelijk',
  delete: 'verwijder',
};

export type Parsed = { command: Command; arg: string } | { command: 'unknown'; word: string };

/** The text without the bot's @mention (and any other <at> tags), split into command and argument. */
export function parseCommand(raw: string): Parsed {
  const cleaned = raw.replace(/<at>[^<]*<\/at>/g, ' ').replace(/&nbsp;/g, ' ').trim().replace(/^\//, '');
  const [first = '', ...rest] = cleaned.split(/\s+/);
  const word = first.toLowerCase().replace(/^leerlijn$/, '');
  if (word === '') return rest.length === 0 ? { command: 'help', arg: '' } : parseCommand(rest.join(' '));
  const command = (COMMANDS as readonly string[]).includes(word) ? (word as Command) : ALIASES[word];
  return command ? { command, arg: rest.join(' ').toLowerCase() } : { command: 'unknown', word: first };
}

export function commandText(context: TurnContext): string {
  return TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
}

export async function runCommand(svc: TeamsServices, turn: Turn, parsed: Parsed): Promise<void> {
  const { deps } = svc;
  const lang = turn.lang;
  if (parsed.command === 'unknown') return reply(turn, helpCard(lang, parsed.word));
  const { command, arg } = parsed;
  switch (command) {
    case 'help':
      return reply(turn, helpCard(lang));
    case 'start':
      return showStartForm(svc, turn);
    case 'status':
      if (turn.personal) return reply(turn, homeCard(await getHome(deps, turn.workspaceId, turn.userId)));
      return reply(turn, statusCard(await getStatusInChannel(deps, turn.workspaceId, turn.channelId)));
    case 'mijn-acties':
      return reply(turn, ownerActionsCard(lang, await myActions(deps, turn.workspaceId, turn.userId)));
    default:
      return channelCommand(svc, turn, command, arg);
  }
}

async function channelCommand(svc: TeamsServices, turn: Turn, command: Exclude<Command, 'help' | 'start' | 'status' | 'mijn-acties'>, arg: string): Promise<void> {
  const { deps } = svc;
  const leerlijnId = requireLeerlijnId(turn);
  const lang = turn.lang;
  switch (command) {
    case 'planning':
      return timelineReply(svc, turn, await getTimeline(deps, turn.actor, leerlijnId), leerlijnId);
    case 'team':
      return teamCommand(svc, turn, leerlijnId);
    case 'scores':
      return scoresCommand(svc, turn, leerlijnId, arg);
    case 'sluit': {
      const view = await closeCommand(svc, turn, leerlijnId);
      return reply(turn, view ? roundResultCard(view) : messageCard(t(lang, 'round.noneOpen'), { tone: 'warning' }));
    }
    case 'actieplan':
      return reply(turn, planCard(await getActionPlan(deps, turn.actor, leerlijnId), await teamOf(deps, leerlijnId)));
    case 'acties':
      return reply(turn, actionsListCard(lang, await listActions(deps, turn.actor, leerlijnId), await teamOf(deps, leerlijnId)));
    case 'evaluatie': {
      if (evaluationMoment(arg) === 'eind') return finalEvaluationCommand(svc, turn, leerlijnId);
      return reply(turn, evaluationCard(await getEvaluation(deps, turn.actor, leerlijnId, 'terugkom'), await teamOf(deps, leerlijnId)));
    }
    case 'vergelijk':
      return reply(turn, comparisonCard(await compareRounds(deps, turn.actor, leerlijnId)));
    case 'export':
      return exportCommand(svc, turn, leerlijnId);
    case 'verwijder':
      return reply(turn, deleteCard(turn));
  }
}

function deleteCard(turn: Turn) {
  const lang = turn.lang;
  return adaptiveCard(
    [
      heading(t(lang, 'export.title')),
      warning(tt(lang, 'export.confirmWarning')),
      { type: 'Input.Text', id: 'confirm', label: t(lang, 'export.confirmLabel'), maxLength: 200 },
      text(t(lang, 'privacy.notice'), { isSubtle: true, size: 'Small' }),
    ],
    [submit(t(lang, 'export.submit'), 'delete', {}, { style: 'destructive' })],
  );
}
