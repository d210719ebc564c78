// A neutral form (src/views/form.ts) as a Slack modal, and what Slack sends back of a modal and its buttons, read as
// untrusted input: view.state.values (its shape checked at the edge) by field id, private_metadata, button values.
// A field's block_id is its id, so an error keyed by a field lands beside its input.
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { parseJson } from '../../../http.js';
import type { StateValue } from '../edge-shapes.js';
import type { Field, Form, Option } from '../../../views/form.js';
import type { Block as DocBlock } from '../../../views/doc.js';
import { LIMITS, option, plain, type Block } from './blocks.js';
import { toBlockKit } from './doc.js';

/** Every input element's action_id. */
export const V = 'v';
/** A choice that redraws its form (views/form.ts `redraws`): Slack sends it at once, under this action id. */
export const REDRAW = 'form_redraw';

export type StateValues = Record<string, Record<string, StateValue>>;

/** What the input of block `blockId` sent back (nothing, for a block the modal did not have). */
export const sentIn = (values: StateValues, blockId: string): Partial<StateValue> => values[blockId]?.[V] ?? values[blockId]?.[REDRAW] ?? {};

export function parseMeta<S extends z.ZodType>(schema: S, raw: string): z.infer<S> | null {
  const json = parseJson(raw);
  const parsed = json.ok ? schema.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** `a|b|…` (doc.ts joins them so), split and checked as `parts`. */
export const buttonValue = <T extends z.ZodType<unknown, string[]>>(parts: T) => z.string().max(100).transform((s) => s.split('|')).pipe(parts);

/** Where a field's input is: its id, or where a form keeps block ids of its own (the start form, the team form's pages). */
export type BlockOf = (fieldId: string) => string;
const sameId: BlockOf = (id) => id;

/** A toggle is a checkbox with one option; any option checked is on (the team form's were once called 'coordinator'). */
const ON = 'true';

const blocksOf = (doc: readonly DocBlock[]): Block[] => toBlockKit({ fallback: '', blocks: [...doc] }, LIMITS.blocksPerView).blocks;

function checkboxes(options: readonly Option[], on: readonly string[]): types.Checkboxes {
  const opts = options.map((x) => option(x.label, x.value, x.help));
  const initial = opts.filter((x) => on.some((value) => value === x.value));
  return { type: 'checkboxes', action_id: V, options: opts, ...(initial.length ? { initial_options: initial } : {}) };
}

/** `value`: what the input starts with (a list: joined by ','). */
function elementOf(f: Field, value: string | undefined): types.InputBlockElement {
  const list = value ? value.split(',') : [];
  switch (f.kind) {
    case 'text':
    case 'time':
      return textElement(f, value);
    case 'choice': {
      const options = f.options.map((x) => option(x.label, x.value, x.help));
      const initial = options.find((x) => x.value === value);
      const type = f.style === 'radio' ? 'radio_buttons' : 'static_select';
      return { type, action_id: f.redraws ? REDRAW : V, options, ...(initial ? { initial_option: initial } : {}) };
    }
    case 'checks':
      return checkboxes(f.options, list);
    case 'toggle':
      return checkboxes([{ label: f.text, value: ON }], value === ON ? [ON] : []);
    case 'date':
      return { type: 'datepicker', action_id: V, ...(value ? { initial_date: value } : {}) };
    case 'person':
      return { type: 'users_select', action_id: V, ...(value ? { initial_user: value } : {}) };
    case 'people':
      return { type: 'multi_users_select', action_id: V, ...(list.length > 0 ? { initial_users: list } : {}) };
  }
}

function textElement(f: Extract<Field, { kind: 'text' | 'time' }>, value: string | undefined): types.PlainTextInput {
  const max = f.kind === 'text' ? f.max : 5;
  const placeholder = f.kind === 'text' ? f.placeholder : undefined;
  return {
    type: 'plain_text_input',
    action_id: V,
    multiline: f.kind === 'text' && (f.multiline ?? false),
    ...(max ? { max_length: max } : {}),
    ...(value ? { initial_value: value.slice(0, max) } : {}),
    ...(placeholder ? { placeholder: plain(placeholder, 150) } : {}),
  };
}

function inputOf(f: Field, value: string | undefined, blockId: string): Block {
  const hint = f.hint ? { hint: plain(f.hint, 2000) } : {};
  // A choice that redraws its form: Slack sends it at once (dispatch_action), not only with the submit.
  const dispatch = f.kind === 'choice' && f.redraws === true ? { dispatch_action: true } : {};
  return { type: 'input', block_id: blockId, label: plain(f.label, 2000), element: elementOf(f, value), optional: f.optional ?? false, ...hint, ...dispatch };
}

/** `meta`: what Slack needs back besides the form's data (the channel, the language), in private_metadata. */
export function toModal(form: Form, meta: object, blockOf: BlockOf = sameId): types.ModalView {
  // The modal shows its title already: a heading saying the same would say it twice.
  const intro = form.intro.filter((b) => !(b.type === 'heading' && b.text === form.title));
  const inputs = form.fields.flatMap((f) => [...blocksOf([...(f.before ?? []), ...(f.lead ?? [])]), inputOf(f, form.values[f.id], blockOf(f.id))]);
  return {
    type: 'modal',
    callback_id: form.id,
    title: plain(form.title, LIMITS.title),
    submit: plain(form.submit, LIMITS.title),
    close: plain(form.close, LIMITS.title),
    blocks: [...blocksOf(intro), ...inputs, ...blocksOf(form.after ?? [])].slice(0, LIMITS.blocksPerView),
    private_metadata: JSON.stringify({ ...form.data, ...meta }).slice(0, 3000),
  };
}

/** What was entered, by field id; nothing entered is ''. */
export function readModal(fields: readonly Field[], state: StateValues, blockOf: BlockOf = sameId): Record<string, string> {
  const valueOf = (f: Field): string => {
    const sent = sentIn(state, blockOf(f.id));
    const checked = (sent.selected_options ?? []).map((o) => o.value);
    if (f.kind === 'text' || f.kind === 'time') return sent.value ?? '';
    if (f.kind === 'choice') return sent.selected_option?.value ?? '';
    if (f.kind === 'date') return sent.selected_date ?? '';
    if (f.kind === 'people') return (sent.selected_users ?? []).join(',');
    if (f.kind === 'checks') return checked.join(',');
    if (f.kind === 'toggle') return checked.length > 0 ? ON : 'false';
    return sent.selected_user || (f.nobody?.value ?? '');
  };
  return Object.fromEntries(fields.map((f) => [f.id, valueOf(f)]));
}
