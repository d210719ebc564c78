// Rows of "concrete acties" (wat, wie, wanneer) in the actieplan and evaluation modals.
import type { FieldError } from '../../app/errors.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Block } from './render/blocks.js';
import { dateInput, read, textInput, userInput, type StateValues } from './render/inputs.js';

export const ACTION_ROWS = 3;

export function actionRowBlocks(lang: Lang, rows = ACTION_ROWS): Block[] {
  return Array.from({ length: rows }, (_, i) => [
    textInput(`a${i}_desc`, `${t(lang, 'plan.description')} (${i + 1})`, { optional: true, multiline: true, max: 500 }),
    userInput(`a${i}_owner`, t(lang, 'plan.owner'), { optional: true }),
    dateInput(`a${i}_due`, t(lang, 'plan.due'), { optional: true }),
  ]).flat();
}

/** Rows the user started filling in; an empty row is no action. */
export function readActionRows(v: StateValues, rows = ACTION_ROWS): Array<{ description: string; ownerUserId: string; dueDate: string; row: number }> {
  return Array.from({ length: rows }, (_, i) => ({
    row: i,
    description: read.text(v, `a${i}_desc`),
    ownerUserId: read.user(v, `a${i}_owner`),
    dueDate: read.date(v, `a${i}_due`),
  })).filter((a) => a.description.trim() !== '' || a.ownerUserId !== '' || a.dueDate !== '');
}

const SUFFIX: Record<string, string> = { description: 'desc', ownerUserId: 'owner', dueDate: 'due' };

/** `actions.1.dueDate` → the block of that row's date; `rowsOf` maps list index → form row. */
export function actionFieldBlock(field: string, listName: string, rowsOf: readonly number[]): string | undefined {
  const [list, index, name] = field.split('.');
  if (list !== listName) return undefined;
  if (index === undefined) return 'a0_desc';
  const row = rowsOf[Number(index)] ?? 0;
  return `a${row}_${SUFFIX[name ?? 'description'] ?? 'desc'}`;
}

export function isActionField(f: FieldError, listName: string): boolean {
  return f.field.startsWith(listName);
}
