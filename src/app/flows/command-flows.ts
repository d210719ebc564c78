// The flow each command of the registry runs. Apart from registry.ts because the flows read the
// registry themselves (where a command works, how it is written), so it cannot import them; a
// command without its flow here fails to compile.
import { deleteFlow, exportFlow, startFlow, stopFlow } from './data.js';
import { actionsFlow, compareFlow, helpFlow, myActionsFlow, myDataFlow, statusFlow } from './overview.js';
import { planFlow, planningFlow } from './plan.js';
import type { CommandName } from './registry.js';
import { closeFlow, evaluationFlow, scoresFlow } from './rounds.js';
import type { CommandInput, FlowCtx } from './surface.js';
import { teamFlow } from './team.js';

export type CommandFlow = (ctx: FlowCtx, input: CommandInput) => Promise<void>;

export const COMMAND_FLOWS: Readonly<Record<CommandName, CommandFlow>> = {
  help: helpFlow,
  start: startFlow,
  status: statusFlow,
  planning: planningFlow,
  team: teamFlow,
  scores: scoresFlow,
  sluit: closeFlow,
  actieplan: planFlow,
  acties: actionsFlow,
  'mijn-acties': myActionsFlow,
  'mijn-gegevens': myDataFlow,
  evaluatie: evaluationFlow,
  vergelijk: compareFlow,
  stop: stopFlow,
  export: exportFlow,
  verwijder: deleteFlow,
};
