// The neutral documents of src/views as Block Kit, and Slack's way of writing text in them.
import type { Doc, Block as DocBlock, Button as DocButton } from '../../../views/doc.js';
import type { Icon, Markup } from '../../../views/markup.js';
import { t } from '../../../i18n/index.js';
import { safeText, userMention } from '../mrkdwn.js';
import { actions, button, context, header, LIMITS, linesToSections, section, type Block, type Button, type Rendered } from './blocks.js';

const ICONS: Record<Icon, string> = { check: ':white_check_mark:', warning: ':warning:', alarm: ':alarm_clock:', calendar: ':calendar:' };

export const slackMarkup: Markup = {
  t,
  bold: (value) => `*${value}*`,
  italic: (value) => `_${value}_`,
  user: safeText,
  person: (_lang, userId) => userMention(userId),
  icon: (name) => ICONS[name],
};

// A header is plain_text: shown as typed, so the mrkdwn escapes come off again.
const unescape = (value: string): string => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A button's value holds its data's values in order, `|` between them (what the handlers split). */
function slackButton(b: DocButton): Button {
  return button(b.label, b.action, Object.values(b.data).join('|'), b.style);
}

function textBlocks(b: Extract<DocBlock, { type: 'text' }>): Block[] {
  const value = b.tone === 'strong' ? b.text.split('\n').map((line) => `*${line}*`).join('\n') : b.text;
  const blockId = b.id ? { blockId: b.id } : {};
  if (b.tone === 'subtle') return [context(value, b.id)];
  if (b.button || value.length <= LIMITS.section) return [section(value, { ...blockId, ...(b.button ? { accessory: slackButton(b.button) } : {}) })];
  return linesToSections(value.split('\n'));
}

function toSlackBlocks(b: DocBlock): Block[] {
  switch (b.type) {
    case 'heading':
      return [header(unescape(b.text))];
    case 'text':
      return textBlocks(b);
    case 'facts':
      return b.facts.length === 0 ? [] : linesToSections(b.facts.map(([label, value]) => `*${label}:* ${value}`));
    case 'buttons':
      return [actions(b.id, b.buttons.map(slackButton))];
    case 'group':
      return b.blocks.flatMap(toSlackBlocks);
  }
}

/** At most `max` blocks: a message holds 50, the App Home 100. */
export function toBlockKit(doc: Doc, max: number = LIMITS.blocksPerMessage): Rendered {
  return { text: doc.fallback, blocks: doc.blocks.flatMap(toSlackBlocks).slice(0, max) };
}
