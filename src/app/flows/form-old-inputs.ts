// The names forms' inputs and answers had before both platforms shared one form: a form still
// open on someone's screen submits them, and they are read as today's fields (form-registry.ts).
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { NO, YES } from './meeting-forms.js';

/** Slack's reminder modals said yes/no as 'yes' and 'no' before the shared form. */
const LEGACY_YES_NO: Readonly<Record<string, string>> = { yes: YES, no: NO };
export const yesNo = (v: string | undefined): string | undefined => (v === undefined ? v : (LEGACY_YES_NO[v] ?? v));

const ROLE_FIELD: Readonly<Record<string, string>> = { notulist: 'notulistUserId', invuller: 'invullerUserId', location: 'location' };

/** The roles' inputs were `notulist_<kind>` (Slack) and `notulist.<kind>` (Teams) until the ids became `<index>.<field>`. */
export function oldRoleInput(input: string): string | undefined {
  const [, role = '', kind = ''] = /^(notulist|invuller|location)[._](\w+)$/.exec(input) ?? [];
  const index = ALL_MEETING_KINDS.findIndex((k) => k === kind);
  return ROLE_FIELD[role] && index >= 0 ? `${index}.${ROLE_FIELD[role]}` : undefined;
}

const ROW_FIELD: Readonly<Record<string, string>> = { desc: 'description', owner: 'ownerUserId', due: 'dueDate' };

/** Slack's action rows were `a0_desc`, `a0_owner`, `a0_due` until the ids became the use case's (`actions.0.description`). */
export const oldRowInput = (list: string) => (input: string): string | undefined => {
  const [, row, name = ''] = /^a(\d)_(desc|owner|due)$/.exec(input) ?? [];
  return row === undefined ? undefined : `${list}.${row}.${ROW_FIELD[name]}`;
};
