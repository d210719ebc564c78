// A neutral form (src/views/form.ts) as a Slack modal, and what its submit sends back read into
// the form's field ids. A field's block_id is its id, so an error keyed by a field lands beside
// its input.
import type { types } from '@slack/bolt';
import type { Field, Form } from '../../../views/form.js';
import type { Block as DocBlock } from '../../../views/doc.js';
import { LIMITS, type Block } from './blocks.js';
import { toBlockKit } from './doc.js';
import { checkboxInput, dateInput, modal, radioInput, read, selectInput, textInput, userInput, usersInput, type StateValues } from './inputs.js';

/** Where a field's input is: its id, or (a modal opened before the ids were the fields') what it was called then. */
export type BlockOf = (fieldId: string) => string;
const sameId: BlockOf = (id) => id;

/** A toggle is a checkbox with one option; any option checked is on (the team form's were once called 'coordinator'). */
const ON = 'true';

const blocksOf = (doc: readonly DocBlock[]): Block[] => toBlockKit({ fallback: '', blocks: [...doc] }, LIMITS.blocksPerView).blocks;

function inputOf(f: Field, value: string | undefined, blockId: string): Block {
  const o = { initial: value ?? null, optional: f.optional ?? false };
  // Slack's typed inputs, checkboxes and people pickers show a hint under them; the others have none here.
  const hint = f.hint ? { hint: f.hint } : {};
  switch (f.kind) {
    case 'text':
      return textInput(blockId, f.label, { ...o, ...hint, multiline: f.multiline ?? false, max: f.max });
    case 'choice': {
      const options = f.options.map((x) => ({ text: x.label, value: x.value }));
      return f.style === 'radio' ? radioInput(blockId, f.label, options, o) : selectInput(blockId, f.label, options, o);
    }
    case 'checks': {
      const options = f.options.map((x) => ({ text: x.label, value: x.value }));
      return checkboxInput(blockId, f.label, options, { ...hint, optional: o.optional, initial: value ? value.split(',') : [] });
    }
    case 'date':
      return dateInput(blockId, f.label, o);
    case 'time':
      return textInput(blockId, f.label, { ...o, ...hint, max: 5 });
    case 'person':
      return userInput(blockId, f.label, o);
    case 'people':
      return usersInput(blockId, f.label, { ...hint, optional: o.optional, initial: value ? value.split(',') : [] });
    case 'toggle':
      return checkboxInput(blockId, f.label, [{ text: f.text, value: ON }], { optional: o.optional, initial: value === ON ? [ON] : [] });
  }
}

/**
 * `meta`: what Slack needs back besides the form's data (the channel, the language), in
 * private_metadata; `blockOf`: where a form keeps block ids of its own (the team form's pages).
 */
export function toModal(form: Form, meta: object, blockOf: BlockOf = sameId): types.ModalView {
  // The modal shows its title already: a heading saying the same would say it twice.
  const intro = form.intro.filter((b) => !(b.type === 'heading' && b.text === form.title));
  const inputs = form.fields.flatMap((f) => [...blocksOf([...(f.before ?? []), ...(f.lead ?? [])]), inputOf(f, form.values[f.id], blockOf(f.id))]);
  const blocks = [...blocksOf(intro), ...inputs, ...blocksOf(form.after ?? [])];
  return modal(form.id, form.title, form.submit, form.close, blocks, { ...form.data, ...meta });
}

/** What was entered, by field id; nothing entered is ''. */
export function readModal(fields: readonly Field[], state: StateValues, blockOf: BlockOf = sameId): Record<string, string> {
  const valueOf = (f: Field): string => {
    const block = blockOf(f.id);
    if (f.kind === 'text' || f.kind === 'time') return read.text(state, block);
    if (f.kind === 'choice') return read.selected(state, block) ?? '';
    if (f.kind === 'date') return read.date(state, block);
    if (f.kind === 'people') return read.users(state, block).join(',');
    if (f.kind === 'checks') return read.checked(state, block).join(',');
    if (f.kind === 'toggle') return read.checked(state, block).length > 0 ? ON : 'false';
    return read.user(state, block) || (f.nobody?.value ?? '');
  };
  return Object.fromEntries(fields.map((f) => [f.id, valueOf(f)]));
}
