// The commands' own names (Dutch), apart from the registry so views can name them too.
export const COMMAND_NAMES = [
  'help', 'start', 'status', 'planning', 'team', 'scores', 'sluit', 'actieplan', 'acties', 'mijn-acties', 'evaluatie', 'vergelijk', 'export', 'verwijder',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
