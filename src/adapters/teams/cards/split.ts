// Teams refuses a message over 100 KB in UTF-16 (413 MessageSizeTooBig) and advises under 80 KB
// (learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages): a longer card goes as several.
import type { AdaptiveCard, Element } from './common.js';

/** 80 KB in UTF-16, for the card; the activity around it is small. */
export const MAX_CARD_CHARS = 40 * 1024;

const size = (value: unknown): number => JSON.stringify(value).length;

/** Whether the body holds an input: a button sends only the inputs of its own card, so such a card is never split. */
function hasInput(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasInput);
  if (typeof node !== 'object' || node === null) return false;
  const o = node as Element;
  return (typeof o.type === 'string' && o.type.startsWith('Input.')) || Object.values(o).some(hasInput);
}

/** The body's elements to share out: a container too big for one card gives its items instead. */
function piecesOf(body: readonly Element[], room: number): Element[] {
  return body.flatMap((el) => (size(el) > room && el.type === 'Container' && Array.isArray(el.items) ? (el.items as Element[]) : [el]));
}

/** The pieces in order over as few bodies of `room` as hold them; the last also holds `lastExtra` (the buttons) where it can. */
function shareOut(pieces: readonly Element[], room: number, lastExtra: number): Element[][] {
  const parts: Element[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    const n = size(piece) + 1;
    if (used + n > room && parts.at(-1)!.length > 0) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(piece);
    used += n;
  }
  // What does not fit beside the buttons goes before them, on a card of its own.
  const last = parts.at(-1)!;
  const moved: Element[] = [];
  while (last.length > 1 && used + lastExtra > room) {
    const piece = last.pop()!;
    moved.unshift(piece);
    used -= size(piece) + 1;
  }
  return moved.length > 0 ? [...parts, moved] : parts;
}

/**
 * Whole where it fits or holds inputs (a form: Teams takes it up to 100 KB); otherwise its body over several
 * cards, the actions and the asker's own view (`refresh`) on the last.
 */
export function cardsToSend(card: AdaptiveCard): AdaptiveCard[] {
  if (size(card) <= MAX_CARD_CHARS || hasInput(card.body)) return [card];
  const { actions, refresh, ...envelope } = card;
  const last = { ...(actions !== undefined ? { actions } : {}), ...(refresh !== undefined ? { refresh } : {}) };
  const room = MAX_CARD_CHARS - size({ ...envelope, body: [] });
  const parts = shareOut(piecesOf(card.body, room), room, size(last));
  return parts.map((body, i) => ({ ...envelope, body, ...(i === parts.length - 1 ? last : {}) }));
}

/**
 * The asker's own view of the last part of `everyone` as cardsToSend splits it: `own` without what the parts before
 * show (the own view has the same pieces, with controls in them). A form stays whole, and so does a card `posted` as
 * other than it splits now (it grew since): nothing before shows the parts it would leave out.
 */
export function ownViewOfLastPart(own: AdaptiveCard, everyone: AdaptiveCard, posted: number): AdaptiveCard {
  const parts = cardsToSend(everyone);
  if (parts.length < 2 || parts.length !== posted || hasInput(own.body)) return own;
  const { actions: _actions, refresh: _refresh, ...envelope } = everyone;
  const room = MAX_CARD_CHARS - size({ ...envelope, body: [] });
  const shownBefore = parts.slice(0, -1).reduce((n, part) => n + part.body.length, 0);
  return { ...own, body: piecesOf(own.body, room).slice(shownBefore) };
}
