// Small Block Kit builders shared by the renderers. Every text that can hold user input
// goes through safeText before it gets here; plain_text fields are cut to Slack's limits.
import type { types } from '@slack/bolt';
import { truncate } from '../mrkdwn.js';

export type Block = types.KnownBlock;
export type Button = types.Button;

export const LIMITS = { section: 3000, header: 150, button: 75, value: 2000, context: 2000, option: 75, title: 24, blocksPerMessage: 50, blocksPerView: 100 } as const;

export function plain(text: string, max: number = LIMITS.section): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max) || ' ', emoji: true };
}

export function header(text: string): Block {
  return { type: 'header', text: plain(text, LIMITS.header) };
}

/** A mrkdwn section; `text` must already be escaped where it holds user text. */
export function section(text: string, extra: { blockId?: string; accessory?: types.SectionBlockAccessory } = {}): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, LIMITS.section) || ' ' },
    ...(extra.blockId ? { block_id: extra.blockId } : {}),
    ...(extra.accessory ? { accessory: extra.accessory } : {}),
  };
}

export function context(text: string, blockId?: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, LIMITS.context) || ' ' }], ...(blockId ? { block_id: blockId } : {}) };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: plain(text, LIMITS.button), action_id: actionId, value: value.slice(0, LIMITS.value), ...(style ? { style } : {}) };
}

export function actions(blockId: string, elements: types.ActionsBlockElement[]): Block {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, 25) };
}

export function option(text: string, value: string): types.PlainTextOption {
  return { text: plain(text, LIMITS.option), value };
}

/** One message's worth of blocks each; none at all is still one (empty) message. */
export function chunkBlocks(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage) out.push(blocks.slice(i, i + LIMITS.blocksPerMessage));
  return out.length > 0 ? out : [[]];
}

/** Joins lines into sections of at most 3000 characters each, never splitting a line. */
export function linesToSections(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  let current = '';
  for (const line of lines) {
    const piece = truncate(line, LIMITS.section);
    if (current !== '' && current.length + 1 + piece.length > LIMITS.section) {
      out.push(section(current));
      current = '';
    }
    current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') out.push(section(current));
  return out;
}

export interface Rendered {
  /** Fallback text for notifications and screen readers. */
  text: string;
  blocks: Block[];
}
