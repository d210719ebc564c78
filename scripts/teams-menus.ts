// Teams' bot command menus, made from the command registry when the app is packaged: where a
// command is offered is its CommandSpec.menu, what the menu says of it is in the catalogue, so a
// new command changes no manifest.
import { COMMANDS, type CommandSpec, type MenuPlace } from '../src/app/flows/registry.js';
import { hasKey, t } from '../src/i18n/index.js';

export interface MenuCommand { title: string; description: string }
export interface CommandList { scopes: string[]; commands: MenuCommand[] }

/** A channel's menu is also a group chat's; Teams wants a list for each scope. */
const SCOPES_OF_PLACE: ReadonlyArray<readonly [MenuPlace, string]> = [['channel', 'team'], ['channel', 'groupChat'], ['personal', 'personal']];

/**
 * The menu's line for a command: Dutch, the package's language. A command in a menu without one
 * fails here, so no package is made with an empty line (the schema would take it).
 */
function menuLine(command: CommandSpec, place: MenuPlace): string {
  const personal = `command.personalMenu.${command.helpKey}`;
  const key = place === 'personal' && hasKey(personal) ? personal : `command.menu.${command.helpKey}`;
  if (!hasKey(key)) throw new Error(`${command.name} is in a Teams menu but the catalogue has no ${key}`);
  return t('nl', key);
}

/** bots[0].commandLists: each place's commands in the registry's order, titled by their names. */
export function commandLists(commands: readonly CommandSpec[] = COMMANDS): CommandList[] {
  return SCOPES_OF_PLACE.flatMap(([place, scope]) => {
    const offered = commands.filter((c) => c.menu.includes(place));
    if (offered.length === 0) return [];
    return [{ scopes: [scope], commands: offered.map((c) => ({ title: c.name, description: menuLine(c, place) })) }];
  });
}
