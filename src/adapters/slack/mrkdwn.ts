// Slack reads `<...>` in mrkdwn as mentions and links: unescaped user text (team names, actions, comments)
// could ping the whole channel (`<!channel>`) or disguise a link. Escaping Slack's three characters prevents that.
import { pairSafeEnd } from '../../text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const ELLIPSIS = '…';

export const escapeMrkdwn = (text: string): string => text.replace(/[&<>]/g, (ch) => ESCAPES[ch] ?? ch);

// mrkdwn has no escape for `*` `_` `~` and backticks either: a mark opens or closes only beside a boundary (a space,
// punctuation, a zero-width space). An invisible word joiner (U+2060) on both sides of a typed one leaves it between
// two non-boundaries, so it can neither open nor close, and the reader still sees it. Joiners already there are reused.
const WORD_JOINER = '\u2060';
const TYPED_MARK = /\u2060?([*_~`])\u2060?/g;
const JOINED_MARK = /^\u2060[*_~`]\u2060$/;

/** Someone's text for mrkdwn: Slack's three characters escaped, and formatting marks kept as marks that format nothing. */
export const escapeUserMrkdwn = (text: string): string => escapeMrkdwn(text).replace(TYPED_MARK, `${WORD_JOINER}$1${WORD_JOINER}`);

/**
 * At most `max` UTF-16 units (Slack counts its limits so, or more leniently), ending in `…`. Never cuts a surrogate
 * pair, an entity like `&amp;`, a `<...>` token or a joined mark in half, so escaped text stays escaped and mentions stay whole.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const end = backOffFromToken(text, pairSafeEnd(text, max - ELLIPSIS.length));
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

export const safeText = (text: string, max: number): string => truncate(escapeUserMrkdwn(text), max);

/** `<@U…>` for a real user id; anything else is shown as escaped text, never as markup. */
export const userMention = (userId: string): string => (USER_ID.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId));

/** The bot as a mention, or by its display name (manifest) while its id is not known. */
export const botMention = (botUserId: string | undefined): string => (botUserId ? userMention(botUserId) : '@leerlijn');

/** If `end` falls inside `&…;`, `<…>` or a joined mark, move it to the start of that token. */
function backOffFromToken(text: string, at: number): number {
  const joined = [1, 2].find((back) => at >= back && JOINED_MARK.test(text.slice(at - back, at - back + 3)));
  const end = joined === undefined ? at : at - joined;
  const amp = text.lastIndexOf('&', end - 1);
  const insideEntity = amp !== -1 && !text.slice(amp, end).includes(';') && /^&(?:[a-z]+|#\d+);/.test(text.slice(amp));
  const cut = insideEntity ? amp : end;
  const open = text.lastIndexOf('<', cut - 1);
  const insideToken = open !== -1 && !text.slice(open, cut).includes('>') && text.includes('>', cut);
  return insideToken ? open : cut;
}
