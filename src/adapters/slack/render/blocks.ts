// Small Block Kit builders, each text cut to Slack's limit. Text that can hold user input is escaped before it gets here.
import type { types } from '@slack/bolt';
import { truncate } from '../mrkdwn.js';
import type { Confirm } from '../../../views/doc.js';

export type Block = types.KnownBlock;

export const LIMITS = { section: 3000, header: 150, button: 75, value: 2000, context: 2000, option: 75, title: 24, blocksPerMessage: 50, blocksPerView: 100 } as const;

export interface Rendered {
  /** Fallback text for notifications and screen readers. */
  text: string;
  blocks: Block[];
}

export function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max) || ' ', emoji: true };
}

const mrkdwn = (text: string, max: number): types.MrkdwnElement => ({ type: 'mrkdwn', text: truncate(text, max) || ' ' });

type SectionExtra = { blockId?: string | undefined; accessory?: types.SectionBlockAccessory | undefined };

export function section(text: string, { blockId, accessory }: SectionExtra = {}): Block {
  return { type: 'section', text: mrkdwn(text, LIMITS.section), ...(blockId ? { block_id: blockId } : {}), ...(accessory ? { accessory } : {}) };
}

export function context(text: string, blockId?: string): Block {
  return { type: 'context', elements: [mrkdwn(text, LIMITS.context)], ...(blockId ? { block_id: blockId } : {}) };
}

const CONFIRM_LIMITS = { title: 100, text: 300, button: 30 } as const;

/** `asked`: what the view's button asks before it acts, drawn as Slack's confirm dialog (`confirm` on the button), cut to its limits. */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger', asked?: Confirm): types.Button {
  const confirm = asked && {
    confirm: {
      title: plain(asked.title, CONFIRM_LIMITS.title),
      text: plain(asked.text, CONFIRM_LIMITS.text),
      confirm: plain(asked.confirm, CONFIRM_LIMITS.button),
      deny: plain(asked.cancel, CONFIRM_LIMITS.button),
    },
  };
  return { type: 'button', text: plain(text, LIMITS.button), action_id: actionId, value: value.slice(0, LIMITS.value), ...(style ? { style } : {}), ...confirm };
}

export const actions = (blockId: string, elements: types.ActionsBlockElement[]): Block =>
  ({ type: 'actions', block_id: blockId, elements: elements.slice(0, 25) });

/** `description`: a line under the option's text, which holds no more than the text (LIMITS.option). */
export const option = (text: string, value: string, description?: string): types.PlainTextOption =>
  ({ text: plain(text, LIMITS.option), value, ...(description ? { description: plain(description, LIMITS.option) } : {}) });

/** One message's worth of blocks each; none at all is still one (empty) message. */
export function chunkBlocks(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage) out.push(blocks.slice(i, i + LIMITS.blocksPerMessage));
  return out.length > 0 ? out : [[]];
}

/** Lines joined into as few sections as fit, never splitting a line. */
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
