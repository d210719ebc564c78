// Teams' bot command menus, made from the command registry when the app is packaged: where a
// command is offered is its CommandSpec.menu, what the menu says of it is in the catalogue, so a
// new command changes no manifest. The menus are in Dutch in manifest.json and in English in the
// package's en.json, which Teams shows a person whose Teams is in English.
import { COMMANDS, parseCommand, type CommandSpec, type MenuPlace } from '../src/app/flows/registry.js';
import { hasKey, t, type Lang } from '../src/i18n/index.js';

export interface MenuCommand { title: string; description: string }
export interface CommandList { scopes: string[]; commands: MenuCommand[] }

/** A channel's menu is also a group chat's; Teams wants a list for each scope. */
const SCOPES_OF_PLACE: ReadonlyArray<readonly [MenuPlace, string]> = [['channel', 'team'], ['channel', 'groupChat'], ['personal', 'personal']];

/**
 * The menu's line for a command. A command in a menu without one fails here, so no package is
 * made with an empty line (the schema would take it).
 */
function menuLine(command: CommandSpec, place: MenuPlace, lang: Lang): string {
  const personal = `command.personalMenu.${command.helpKey}`;
  const key = place === 'personal' && hasKey(personal) ? personal : `command.menu.${command.helpKey}`;
  if (!hasKey(key)) throw new Error(`${command.name} is in a Teams menu but the catalogue has no ${key}`);
  return t(lang, key);
}

/**
 * The command's word in the English help (`/leerlijn schedule` …, `status` rather than its alias
 * `what`): Teams sends the picked title to the bot, so it must name the same command, and the
 * English menu then says what the English help says.
 */
function englishTitle(command: CommandSpec): string {
  const key = `command.help.${command.helpKey}`;
  const word = hasKey(key) ? /^`\/leerlijn ([a-z-]+)/.exec(t('en', key))?.[1] : undefined;
  if (word === undefined || parseCommand(word).spec?.name !== command.name) {
    throw new Error(`${command.name} is in a Teams menu but the English help line ${key} does not start with one of its words`);
  }
  return word;
}

/** bots[0].commandLists: each place's commands in the registry's order, titled by their names (in `lang`). */
export function commandLists(commands: readonly CommandSpec[] = COMMANDS, lang: Lang = 'nl'): CommandList[] {
  return SCOPES_OF_PLACE.flatMap(([place, scope]) => {
    const offered = commands.filter((c) => c.menu.includes(place));
    if (offered.length === 0) return [];
    const titled = offered.map((c) => ({ title: lang === 'en' ? englishTitle(c) : c.name, description: menuLine(c, place, lang) }));
    return [{ scopes: [scope], commands: titled }];
  });
}

/**
 * The menus as a Teams localization file's keys (`bots[0].commandLists[0].commands[0].title` …).
 * Teams matches them to manifest.json's menus by position, so both come from commandLists.
 */
export function localizedMenus(commands: readonly CommandSpec[] = COMMANDS, lang: Lang = 'en'): Record<string, string> {
  return Object.fromEntries(commandLists(commands, lang).flatMap((list, i) => list.commands.flatMap((command, j) => [
    [`bots[0].commandLists[${i}].commands[${j}].title`, command.title],
    [`bots[0].commandLists[${i}].commands[${j}].description`, command.description],
  ])));
}
