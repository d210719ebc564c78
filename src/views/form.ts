// A neutral form: its inputs written once in src/views and drawn by one renderer per platform
// (Slack: a modal; Teams: a card with inputs). A field's id is the use case's field name, so a
// refusal's field errors land beside their input with no per-form mapping in an adapter.
import type { Lang } from '../domain/instrument.js';
import type { FieldError } from '../app/errors.js';
import { tField } from '../i18n/index.js';
import type { Block } from './doc.js';

interface FieldBase {
  /** The use case's field name (`watKanBeter`, `actions.1.dueDate`): Slack's block_id, Teams' input id. */
  id: string;
  label: string;
  optional?: boolean;
  /** Read-only blocks shown just above the input (a sub-heading, the actions that stay). */
  before?: Block[];
  /** Inputs with the same row belong together (one action), set off from the rest where the platform can. */
  row?: number;
  /** A short help line under the input. */
  hint?: string;
  /** Read-only blocks at the top of the field's row, inside it (the member a row is about). */
  lead?: Block[];
  /** Shown beside the input before it where the platform has columns (Teams); Slack stacks them. */
  beside?: boolean;
}

export interface Option {
  label: string;
  value: string;
  /** What choosing it means, in a sentence: drawn under the label where the platform can (Slack), else after it (Teams). */
  help?: string;
}

export type Field =
  | (FieldBase & { kind: 'text'; multiline?: boolean; max: number; placeholder?: string })
  /** `redraws`: choosing draws the form again at once (the start form's language: its words follow the choice; Slack). */
  | (FieldBase & { kind: 'choice'; style: 'radio' | 'select'; options: readonly Option[]; redraws?: boolean })
  /** Any of the options, sent as their values joined by ','. */
  | (FieldBase & { kind: 'checks'; options: readonly Option[] })
  | (FieldBase & { kind: 'date' })
  /** A time of day, HH:MM: Teams has a time picker; Slack's modals have always taken it typed (the use case reads both). */
  | (FieldBase & { kind: 'time' })
  /**
   * A team member: Slack picks from the workspace, Teams from the team's members. `nobody`: a
   * choice for no one (Teams lists it; Slack, which cannot, reads a cleared picker as it).
   */
  | (FieldBase & { kind: 'person'; nobody?: Option })
  /** Several people, sent as user ids joined by ','; picked from where `person` picks. */
  | (FieldBase & { kind: 'people' })
  /** On or off, sent as 'true' or 'false'; `text` says what "on" means (Slack's checkbox, Teams' toggle). */
  | (FieldBase & { kind: 'toggle'; text: string });

export interface Form {
  /** What a submit says it is: Slack's callback_id, Teams' form name. */
  id: string;
  lang: Lang;
  /** Short (a Slack modal title holds 24 characters). */
  title: string;
  submit: string;
  close: string;
  /** Read-only blocks above the inputs; a heading equal to the title is left out where the platform shows the title. */
  intro: Block[];
  fields: Field[];
  /** Read-only blocks under the inputs. */
  after?: Block[];
  /** What the inputs show: what was saved, or what was sent with a refused submit. */
  values: Readonly<Record<string, string>>;
  /** Sent back with the submit, not shown (leerlijnId, onderdeel, moment). */
  data: Readonly<Record<string, string>>;
  /** The submit cannot be undone (deleting): Teams draws its button red; a Slack modal's submit has no style. */
  danger?: boolean;
}

/**
 * The input a field error belongs beside: the field itself, or, for a whole list ('actions'),
 * its first input. Anything else (the onderdeel, which has no input) has none.
 */
export function fieldFor(fields: readonly Field[], name: string): string | undefined {
  return (fields.find((f) => f.id === name) ?? fields.find((f) => f.id.startsWith(`${name}.`)))?.id;
}

/** A list input's value (people, checks) as its ids: sent joined by ','. */
export const listOf = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Only the values that have something in them: an input without a value shows empty. */
export function filled(values: object): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/** Field problems in `lang` by the input they stand beside (`inputFor`); several at one input, one after the other. */
export function problemsByInput(lang: Lang, fields: readonly FieldError[], inputFor: (field: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    const input = inputFor(f.field);
    out.set(input, [out.get(input), tField(lang, f)].filter(Boolean).join(' '));
  }
  return out;
}
