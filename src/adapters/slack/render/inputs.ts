// What Slack sends back of a modal and its buttons, read as untrusted input: view.state.values (its shape checked
// at the edge), private_metadata and button values.
import { z } from 'zod';
import { parseJson } from '../../../http.js';
import type { StateValue } from '../edge-shapes.js';

/** An input element's action_id (render/form.ts). */
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

/** `a|b|…` (render/doc.ts joins them so), split and checked as `parts`. */
export const buttonValue = <T extends z.ZodType<unknown, string[]>>(parts: T) => z.string().max(100).transform((s) => s.split('|')).pipe(parts);
