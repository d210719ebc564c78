// The one list of commands: names, aliases, help, where they may be used and who may use
// them. Slack's `/leerlijn <word>` and a Teams message to the bot are both parsed here, both
// help texts and the manifests follow it (tests/manifests check the manifests against it).
import type { CommandName } from './command-names.js';

export type { CommandName } from './command-names.js';

export interface CommandSpec {
  name: CommandName;
  /** Every word that names the command: the Dutch name first, then the English aliases. */
  words: readonly string[];
  /** The help line under `command.help.<helpKey>`. */
  helpKey: string;
  /** `channel`: in the team's channel only; `anywhere`: also in a personal chat. */
  where: 'channel' | 'anywhere';
  /** Needs the channel's active leerlijn (start needs the opposite, and says so itself). */
  needsLeerlijn: boolean;
  /** Refused before anything opens for someone who does not coordinate the leerlijn. */
  coordinatorOnly: boolean;
}

const spec = (name: CommandName, words: readonly string[], helpKey: string, opts: Partial<Pick<CommandSpec, 'where' | 'needsLeerlijn' | 'coordinatorOnly'>> = {}): CommandSpec => ({
  name, words, helpKey, where: opts.where ?? 'channel', needsLeerlijn: opts.needsLeerlijn ?? true, coordinatorOnly: opts.coordinatorOnly ?? false,
});

/** In the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  spec('help', ['help', 'hulp'], 'help', { where: 'anywhere', needsLeerlijn: false }),
  spec('start', ['start'], 'start', { needsLeerlijn: false }),
  spec('status', ['status'], 'status', { where: 'anywhere', needsLeerlijn: false }),
  spec('planning', ['planning', 'schedule'], 'planning'),
  spec('team', ['team'], 'team'),
  spec('scores', ['scores'], 'scores', { coordinatorOnly: true }),
  spec('sluit', ['sluit', 'close'], 'sluit', { coordinatorOnly: true }),
  spec('actieplan', ['actieplan', 'plan'], 'actieplan'),
  spec('acties', ['acties', 'actions'], 'acties'),
  spec('mijn-acties', ['mijn-acties', 'my-actions'], 'mijnActies', { where: 'anywhere', needsLeerlijn: false }),
  spec('evaluatie', ['evaluatie', 'evaluation'], 'evaluatie'),
  spec('vergelijk', ['vergelijk', 'compare'], 'vergelijk'),
  spec('export', ['export'], 'export', { coordinatorOnly: true }),
  spec('verwijder', ['verwijder', 'delete'], 'verwijder', { coordinatorOnly: true }),
];

const BY_WORD: ReadonlyMap<string, CommandSpec> = new Map(COMMANDS.flatMap((c) => c.words.map((w) => [w, c] as const)));

export function commandSpec(name: CommandName): CommandSpec {
  return COMMANDS.find((c) => c.name === name)!;
}

export type ParsedCommand = { spec: CommandSpec; args: string[] } | { spec: null; word: string };

/**
 * The typed words → a command and its arguments. Empty text is the help; a leading `/` and a
 * leading `leerlijn` (as typed in Teams: `@Leerlijn leerlijn status`) are dropped.
 */
export function parseCommand(text: string): ParsedCommand {
  const words = text.trim().replace(/^\//, '').split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'leerlijn') words.shift();
  const [first, ...args] = words;
  if (first === undefined) return { spec: commandSpec('help'), args: [] };
  const found = BY_WORD.get(first.toLowerCase());
  return found ? { spec: found, args } : { spec: null, word: first };
}
