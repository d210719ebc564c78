// The one list of commands: names, aliases, help, where they may be used and who may use them
// (the flow each runs is bound in command-flows.ts). Slack's `/leerlijn <word>` and a Teams message to the bot are both parsed
// here, both help texts follow it, and so do Teams' command menus, made from it when the app is
// packaged (scripts/teams-menus.ts).
import { closestWord } from '../../domain/typo.js';

export interface CommandSpec<N extends string = string> {
  name: N;
  /** Every word that names the command: the Dutch name first, then the English aliases. */
  words: readonly string[];
  /** Its English name where that is not Dutch too: typed in a personal chat, the answer is in English (reader-lang.ts). */
  english?: string;
  /** The help line under `command.help.<helpKey>`. */
  helpKey: string;
  /** `channel`: in the team's channel only; `anywhere`: also in a personal chat. */
  where: 'channel' | 'anywhere';
  /** Needs the channel's active leerlijn (start needs the opposite, and says so itself). */
  needsLeerlijn: boolean;
  /** Refused before anything opens for someone who does not coordinate the leerlijn. */
  coordinatorOnly: boolean;
  /** Where none runs, acts on the channel's stopped leerlijn, whose data is kept there until deleted (app/ended.ts). */
  alsoStopped: boolean;
  /**
   * The command menus that offer it (Teams' bot menu): a channel's (and a group chat's) and a
   * personal chat's, at most 10 each. Any command is still typed and in the help. A command in a
   * menu needs its menu line, `command.menu.<helpKey>` (tests/manifests/teams-manifest.test.ts),
   * and its English help line starts with the word the English menu offers (teams-english.test.ts).
   */
  menu: readonly MenuPlace[];
  /**
   * What may follow its name. `nothing`: any word is refused before the flow runs and said back as typed (run.ts);
   * before, such words were ignored and `stop xyz` opened the stop form. A list: one of those words at most (`wat nu?`).
   * `own`: its flow reads them and answers those it does not know itself.
   */
  after: 'nothing' | 'own' | readonly string[];
}

export type MenuPlace = 'channel' | 'personal';

/**
 * `aliasDutchToo`: the second word is Dutch as well ('hulp', 'plan'), so typing it says nothing of
 * the language; `english` then names the English word where there is one after it.
 */
type Options = Partial<Pick<CommandSpec, 'where' | 'needsLeerlijn' | 'coordinatorOnly' | 'alsoStopped' | 'menu' | 'english' | 'after'>>
  & { aliasDutchToo?: true };

/** `words`: the Dutch name, then its English name where that differs (the help in English shows it). */
const spec = <N extends string>(name: N, words: readonly [N, ...string[]], helpKey: string, opts: Options = {}): CommandSpec<N> => {
  const english = opts.english ?? (opts.aliasDutchToo ? undefined : words[1]);
  return {
    name, words, helpKey, where: opts.where ?? 'channel', needsLeerlijn: opts.needsLeerlijn ?? true, coordinatorOnly: opts.coordinatorOnly ?? false,
    alsoStopped: opts.alsoStopped ?? false, menu: opts.menu ?? [], after: opts.after ?? 'nothing',
    ...(english ? { english } : {}),
  };
};

const BOTH: readonly MenuPlace[] = ['channel', 'personal'];
const CHANNEL: readonly MenuPlace[] = ['channel'];
const PERSONAL: readonly MenuPlace[] = ['personal'];

/**
 * In the order the help lists them. The channel's menu holds how to begin and how to stop and the
 * four steps' commands; `sluit` is left to the round's card, whose close button is where the votes
 * are (and the coordinator's next step), and one's own actions and data to the personal chat's menu.
 */
export const COMMANDS = [
  // help answers whatever follows with the help; planning, team, scores, acties and evaluatie parse their words.
  spec('help', ['help', 'hulp'], 'help', { after: 'own', where: 'anywhere', needsLeerlijn: false, aliasDutchToo: true, menu: BOTH }),
  spec('start', ['start'], 'start', { needsLeerlijn: false, menu: CHANNEL }),
  // Every answer ends in "Wat nu?" ("What now?"): typed back (`wat nu`, `what now`), it is answered as `status` is, which ends with that step.
  spec('status', ['status', 'wat', 'what'], 'status', {
    after: ['nu', 'now'], where: 'anywhere', needsLeerlijn: false, aliasDutchToo: true, english: 'what', menu: BOTH,
  }),
  spec('planning', ['planning', 'schedule'], 'planning', { after: 'own', menu: CHANNEL }),
  spec('team', ['team'], 'team', { after: 'own', menu: CHANNEL }),
  spec('scores', ['scores'], 'scores', { after: 'own', coordinatorOnly: true, menu: CHANNEL }),
  spec('sluit', ['sluit', 'close'], 'sluit', { coordinatorOnly: true }),
  spec('actieplan', ['actieplan', 'plan'], 'actieplan', { aliasDutchToo: true, menu: CHANNEL }),
  spec('acties', ['acties', 'actions'], 'acties', { after: 'own' }),
  spec('mijn-acties', ['mijn-acties', 'my-actions'], 'mijnActies', { where: 'anywhere', needsLeerlijn: false, menu: PERSONAL }),
  spec('mijn-gegevens', ['mijn-gegevens', 'my-data'], 'mijnGegevens', { where: 'anywhere', needsLeerlijn: false, menu: PERSONAL }),
  spec('evaluatie', ['evaluatie', 'evaluation'], 'evaluatie', { after: 'own', menu: CHANNEL }),
  spec('vergelijk', ['vergelijk', 'compare'], 'vergelijk', { menu: CHANNEL }),
  spec('stop', ['stop'], 'stop', { coordinatorOnly: true, menu: CHANNEL }),
  spec('export', ['export'], 'export', { coordinatorOnly: true, alsoStopped: true }),
  spec('verwijder', ['verwijder', 'delete'], 'verwijder', { coordinatorOnly: true, alsoStopped: true }),
] as const;

export type CommandName = (typeof COMMANDS)[number]['name'];

const BY_WORD: ReadonlyMap<string, CommandSpec<CommandName>> = new Map(COMMANDS.flatMap((c) => c.words.map((w) => [w, c] as const)));

/**
 * The command word a word no command has was a slip of ("stauts" → "status"), among every word and alias; or null.
 * Compared per command: "hlp", as close to help as to hulp, is a slip of the one command and suggests help.
 */
export const commandWordLike = (typed: string): string | null => closestWord(typed, [...BY_WORD.keys()], (word) => BY_WORD.get(word)!.name);

/** Whether this word names a command that works in a personal chat too (how a platform writes it there may differ). */
export const worksInPersonalChat = (word: string): boolean => BY_WORD.get(word.toLowerCase())?.where === 'anywhere';

export function commandSpec(name: CommandName): CommandSpec<CommandName> {
  return COMMANDS.find((c) => c.name === name)!;
}

/** Whether these words may not follow this command (`after`): a `?` or `!` after them is how a question ends, not a word. */
export function wordsRefused(spec: CommandSpec, args: readonly string[]): boolean {
  if (spec.after === 'own') return false;
  const typed = args.join(' ').replace(/[\s?!.]+$/, '').toLowerCase();
  return typed !== '' && (spec.after === 'nothing' || !spec.after.includes(typed));
}

/** `word`: the command's word as typed (lower case), or the word no command has. */
export type ParsedCommand = { spec: CommandSpec<CommandName>; args: string[]; word: string } | { spec: null; word: string };

/**
 * The typed words → a command and its arguments. Empty text is the help; a leading `/` and a
 * leading `leerlijn` (as typed in Teams: `@Leerlijn leerlijn status`) are dropped; two words that
 * are a command with a hyphen between them are that command.
 */
export function parseCommand(text: string): ParsedCommand {
  const words = text.trim().replace(/^\//, '').split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'leerlijn') words.shift();
  // "mijn acties", "my data": the hyphen of a two-word command is easily typed as a space.
  const joined = words.length > 1 ? `${words[0]}-${words[1]}`.toLowerCase() : '';
  if (!BY_WORD.has(words[0]?.toLowerCase() ?? '') && BY_WORD.has(joined)) words.splice(0, 2, joined);
  const [first, ...args] = words;
  if (first === undefined) return { spec: commandSpec('help'), args: [], word: 'help' };
  const found = BY_WORD.get(first.toLowerCase());
  return found ? { spec: found, args, word: first.toLowerCase() } : { spec: null, word: first };
}
