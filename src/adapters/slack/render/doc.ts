// The neutral documents of src/views as Block Kit (their text is written by ./markup.ts).
import type { types } from '@slack/bolt';
import type { Doc, Block as DocBlock, Button as DocButton } from '../../../views/doc.js';
import { actionWithButtons, agreeControls, roundButton, voteButtons } from './controls.js';
export { slackMarkup } from './markup.js';
import { typedAgain } from '../mrkdwn.js';
import { actions, button, context, LIMITS, linesToSections, plain, section, type Block, type Rendered } from './blocks.js';

/** A button's value holds its data's values in order, `|` between them (what the handlers split). */
function slackButton(b: DocButton): types.Button {
  const drawn = button(b.label, b.action, Object.values(b.data).join('|'), b.style, b.confirm);
  return b.url ? { ...drawn, url: b.url } : drawn;
}

function textBlocks(b: Extract<DocBlock, { type: 'text' }>): Block[] {
  const value = b.tone === 'strong' ? b.text.split('\n').map((line) => `*${line}*`).join('\n') : b.text;
  if (b.tone === 'subtle') return [context(value, b.id)];
  if (b.button || value.length <= LIMITS.section) return [section(value, { blockId: b.id, accessory: b.button && slackButton(b.button) })];
  return linesToSections(value.split('\n'));
}

/** `owned` counts the reader's own actions drawn so far: each one's blocks need their own ids. */
function toSlackBlocks(b: DocBlock, owned: { count: number }): Block[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'header', text: plain(typedAgain(b.text), LIMITS.header) /* plain_text: shown as typed */ }];
    case 'text':
      return textBlocks(b);
    case 'facts':
      return linesToSections(b.facts.map(([label, value]) => `${label}: ${value}`));
    case 'buttons':
      return [actions(b.id, b.buttons.map(slackButton))];
    case 'group':
      return b.blocks.flatMap((inner) => toSlackBlocks(inner, owned));
    case 'own_action':
      return actionWithButtons(b, owned.count++);
    case 'score_vote':
      return [voteButtons(b)];
    case 'score_agree':
      return [agreeControls(b)];
    case 'round_control':
      return [roundButton(b)];
    case 'chart':
      // Posted as an image file with its alt text (documents.ts), not in the message.
      return [];
  }
}

/** A message of more than 50 blocks is posted as several (context.ts); `max` cuts where one view must hold all (the App Home). */
export function toBlockKit(doc: Doc, max?: number): Rendered {
  const owned = { count: 0 };
  const blocks = doc.blocks.flatMap((b) => toSlackBlocks(b, owned));
  return { text: doc.fallback, blocks: max === undefined ? blocks : blocks.slice(0, max) };
}
