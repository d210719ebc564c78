// Readers for what Slack sends back of a modal and its buttons: view.state.values (its shape
// checked at the edge), private_metadata and button values. An input element's action_id is 'v'
// (render/form.ts), or REDRAW for a choice that redraws its form; sentIn reads either.
import { z } from 'zod';
import { parseJson } from '../../../http.js';
import type { StateValue } from '../edge-shapes.js';

export const V = 'v';
/** The action id of a choice that redraws its form when chosen (views/form.ts `redraws`): Slack sends that choice at once. */
export const REDRAW = 'form_redraw';

export type StateValues = Record<string, Record<string, StateValue>>;

/** What the input of block `blockId` sent back (nothing, for a block the modal did not have); a REDRAW choice sends under its own action id. */
export const sentIn = (values: StateValues, blockId: string): Partial<StateValue> => values[blockId]?.[V] ?? values[blockId]?.[REDRAW] ?? {};

/** private_metadata is ours, but it comes back through the client: parse it like any input. */
export function parseMeta<S extends z.ZodType>(schema: S, raw: string): z.infer<S> | null {
  const json = parseJson(raw);
  const parsed = json.ok ? schema.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** A button's value, `a|b|…` (render/doc.ts joins them so), split and checked as `parts`. */
export const buttonValue = <T extends z.ZodType<unknown, string[]>>(parts: T) => z.string().max(100).transform((s) => s.split('|')).pipe(parts);
