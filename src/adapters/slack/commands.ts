// `/leerlijn <sub>`: Dutch names with English aliases; unknown or empty → help, only for the caller.
import { compareRounds } from '../../app/overview.js';
import { getStatusInChannel } from '../../app/overview.js';
import { t, tError, type Lang } from '../../i18n/index.js';
import { actionsCommand, myActionsCommand } from './actions.js';
import { closeCommand } from './closing.js';
import { errorText, ephemeral, post } from './context.js';
import { deleteCommand, exportCommand } from './data.js';
import { evaluationCommand } from './evaluation.js';
import { planCommand } from './plan.js';
import { planningCommand } from './planning.js';
import { context, header, section, type Rendered } from './render/blocks.js';
import { renderComparison } from './render/instrument.js';
import { renderStatus } from './render/leerlijn.js';
import { scoresCommand } from './scoring.js';
import { openStart } from './start.js';
import { teamCommand } from './team.js';
import type { CommandCall } from './types.js';

type Sub = 'help' | 'start' | 'status' | 'planning' | 'team' | 'scores' | 'sluit' | 'actieplan' | 'acties' | 'mijn-acties' | 'evaluatie' | 'vergelijk' | 'export' | 'verwijder';

export const ALIASES: Readonly<Record<string, Sub>> = {
  help: 'help', hulp: 'help', start: 'start', status: 'status', planning: 'planning', schedule: 'planning', team: 'team',
  scores: 'scores', sluit: 'sluit', close: 'sluit', actieplan: 'actieplan', plan: 'actieplan', acties: 'acties', actions: 'acties',
  'mijn-acties': 'mijn-acties', 'my-actions': 'mijn-acties', evaluatie: 'evaluatie', evaluation: 'evaluatie',
  vergelijk: 'vergelijk', compare: 'vergelijk', export: 'export', verwijder: 'verwijder', delete: 'verwijder',
};

export function helpMessage(lang: Lang, unknown?: string): Rendered {
  const keys = ['help', 'start', 'status', 'planning', 'team', 'scores', 'sluit', 'actieplan', 'acties', 'mijnActies', 'evaluatie', 'vergelijk', 'export', 'verwijder'] as const;
  const lines = keys.map((k) => t(lang, `command.help.${k}`));
  const intro = t(lang, 'command.help.intro');
  return {
    text: intro,
    blocks: [
      ...(unknown ? [section(t(lang, 'command.unknown', { command: `\`${unknown.replace(/[&<>`]/g, '').slice(0, 40)}\`` }))] : []),
      header('/leerlijn'),
      section(`${intro}\n${lines.join('\n')}`),
      context(t(lang, 'command.help.aliases')),
      context(t(lang, 'privacy.notice')),
    ],
  };
}

async function statusCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  await ephemeral(call.client, call.channelId, call.userId, renderStatus(await getStatusInChannel(call.cx.deps, call.workspaceId, call.channelId)));
}

async function compareCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  try {
    const view = await compareRounds(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, call.leerlijn.id);
    await post(call.client, view.channelId, renderComparison(view));
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, call.lang, error, 'vergelijk'));
  }
}

const HANDLERS: Readonly<Record<Exclude<Sub, 'help'>, (call: CommandCall) => Promise<void>>> = {
  start: openStart, status: statusCommand, planning: planningCommand, team: teamCommand, scores: scoresCommand, sluit: closeCommand,
  actieplan: planCommand, acties: actionsCommand, 'mijn-acties': myActionsCommand, evaluatie: evaluationCommand, vergelijk: compareCommand,
  export: exportCommand, verwijder: deleteCommand,
};

export async function dispatch(call: CommandCall, name: string): Promise<void> {
  const sub = ALIASES[name.toLowerCase()];
  if (!sub || sub === 'help') return call.ack(helpMessage(call.lang, sub ? undefined : name || undefined));
  return HANDLERS[sub](call);
}
