// Modal input blocks, and readers for what Slack sends back in view.state.values (its shape checked at the edge).
// Every input element uses action_id 'v', so a value is values[blockId].v.
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { parseJson } from '../../../http.js';
import { LIMITS, plain, type Block } from './blocks.js';
import type { StateValue } from '../edge-shapes.js';

export const V = 'v';

export function input(blockId: string, label: string, element: types.InputBlockElement, optional: boolean, hint?: string): Block {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, 2000),
    element,
    optional,
    ...(hint ? { hint: plain(hint, 2000) } : {}),
  };
}

export function modal(callbackId: string, title: string, submit: string, close: string, blocks: Block[], meta: unknown): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title, LIMITS.title),
    submit: plain(submit, LIMITS.title),
    close: plain(close, LIMITS.title),
    blocks: blocks.slice(0, LIMITS.blocksPerView),
    private_metadata: JSON.stringify(meta).slice(0, 3000),
  };
}

// ---- reading view.state.values ----

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
