// Readers for what Slack sends back of a modal and its buttons: view.state.values (its shape
// checked at the edge), private_metadata and button values. Every input element uses action_id
// 'v' (render/form.ts), so a value is values[blockId].v.
import { z } from 'zod';
import { parseJson } from '../../../http.js';
import type { StateValue } from '../edge-shapes.js';

export const V = 'v';

export type StateValues = Record<string, Record<string, StateValue>>;

/** What the input of block `blockId` sent back (nothing, for a block the modal did not have). */
export const sentIn = (values: StateValues, blockId: string): Partial<StateValue> => values[blockId]?.[V] ?? {};

/** private_metadata is ours, but it comes back through the client: parse it like any input. */
export function parseMeta<S extends z.ZodType>(schema: S, raw: string): z.infer<S> | null {
  const json = parseJson(raw);
  const parsed = json.ok ? schema.safeParse(json.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** A button's value, `a|b|…` (render/doc.ts joins them so), split and checked as `parts`. */
export const buttonValue = <T extends z.ZodType<unknown, string[]>>(parts: T) => z.string().max(100).transform((s) => s.split('|')).pipe(parts);
