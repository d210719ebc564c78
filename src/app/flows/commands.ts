// Each command's flow, by name. The runner (run.ts) has already checked where it may be used,
// that the channel has a leerlijn when it needs one, and coordinator-only commands.
import type { CommandName } from './command-names.js';
import { compareFlow, helpFlow, myActionsFlow, actionsFlow, statusFlow } from './overview.js';
import { closeFlow, evaluationFlow, scoresFlow } from './rounds.js';
import { planFlow, planningFlow } from './plan.js';
import { deleteFlow, exportFlow, startFlow } from './data.js';
import { teamFlow } from './team.js';
import type { CommandInput, FlowCtx } from './surface.js';

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
  evaluatie: evaluationFlow,
  vergelijk: compareFlow,
  export: exportFlow,
  verwijder: deleteFlow,
};
