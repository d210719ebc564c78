// Teams refuses a message over 100 KB counted in UTF-16 (two bytes a character) with 413
// MessageSizeTooBig, and advises keeping one under 80 KB (learn.microsoft.com/microsoftteams/
// platform/bots/how-to/format-your-bot-messages). A long actieplan or Evaluatielijst is more:
// such a card goes as several, in order, as Slack posts a long message as several.
import type { AdaptiveCard, Element } from './common.js';

/** 80 KB in UTF-16, for the card; the activity around it is small. */
export const MAX_CARD_CHARS = 40 * 1024;

const size = (value: unknown): number => JSON.stringify(value).length;

/** The body's elements to share out: a container too big for one card gives its items instead. */
function piecesOf(body: readonly Element[], room: number): Element[] {
  return body.flatMap((el) => (size(el) > room && el.type === 'Container' && Array.isArray(el.items) ? (el.items as Element[]) : [el]));
}

/**
 * The card as Teams takes it: whole where it fits; otherwise its body over several cards, the
 * actions, and the asker's own view (`refresh`: its controls, drawn for them), on the last.
 */
export function cardsToSend(card: AdaptiveCard): AdaptiveCard[] {
  if (size(card) <= MAX_CARD_CHARS) return [card];
  const { actions, refresh, ...envelope } = card;
  const room = MAX_CARD_CHARS - size({ ...card, body: [] });
  const parts: Element[][] = [[]];
  let used = 0;
  for (const piece of piecesOf(card.body, room)) {
    const n = size(piece) + 1;
    if (used + n > room && parts.at(-1)!.length > 0) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(piece);
    used += n;
  }
  const last = { ...(actions !== undefined ? { actions } : {}), ...(refresh !== undefined ? { refresh } : {}) };
  return parts.map((body, i) => ({ ...envelope, body, ...(i === parts.length - 1 ? last : {}) }));
}
