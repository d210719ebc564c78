// Slack reads `<...>` in mrkdwn as mentions and links: unescaped user text (team names, actions, comments)
// could ping the whole channel (`<!channel>`) or disguise a link. Escaping Slack's three characters prevents that.
import { pairSafeEnd } from '../../text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const ELLIPSIS = '…';

export const escapeMrkdwn = (text: string): string => text.replace(/[&<>]/g, (ch) => ESCAPES[ch] ?? ch);

// mrkdwn has no escape for `*` `_` `~` and backticks, and what counts as a boundary that lets a mark open or close is
// Slack's own: a zero-width space beside a mark makes it format (that is how half a word is made bold), so no invisible
// character can be trusted to stop one. A typed mark is shown as a look-alike that is no mark (the characters jsx-slack's
// <Escape> uses), and a typed `>` that starts a line gets a soft hyphen before it, so it quotes nothing. A mark between two
// letters or digits can neither open nor close (`not_allowed`, `2*3`) and stays as typed, so such words can be copied.
const LOOK_ALIKES: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };
const SOFT_HYPHEN = '\u00AD';
const WORD_CHAR = /[A-Za-z0-9]/;

const inert = (mark: string, at: number, text: string): string =>
  WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '') ? mark : (LOOK_ALIKES[mark] ?? mark);

/** Someone's text for mrkdwn: Slack's three characters escaped, and formatting marks drawn as look-alikes that format nothing. */
export const escapeUserMrkdwn = (text: string): string => escapeMrkdwn(text).replace(/[*_~`]/g, inert).replace(/^&gt;/gm, `${SOFT_HYPHEN}&gt;`);

const MARKS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LOOK_ALIKES).map(([mark, alike]) => [alike, mark]));

/** Escaped mrkdwn as typed again, for plain_text (a header), which formats nothing: entities, look-alikes and soft hyphens undone. */
export const typedAgain = (mrkdwn: string): string =>
  mrkdwn.replace(/[\u2217\u02CD\u223C\u02CB]/g, (alike) => MARKS[alike] ?? alike).replace(/\u00AD/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * At most `max` UTF-16 units (Slack counts its limits so, or more leniently), ending in `…`. Never cuts a surrogate
 * pair, an entity like `&amp;` or a `<...>` token in half, so escaped text stays escaped and mentions stay whole.
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

/** If `end` falls inside `&…;` or `<…>`, or just after a mark kept between two letters (the `…` would let it close), move it before. */
function backOffFromToken(text: string, at: number): number {
  const end = /[*_~`]/.test(text[at - 1] ?? '') ? at - 1 : at;
  const amp = text.lastIndexOf('&', end - 1);
  const insideEntity = amp !== -1 && !text.slice(amp, end).includes(';') && /^&(?:[a-z]+|#\d+);/.test(text.slice(amp));
  const cut = insideEntity ? amp : end;
  const open = text.lastIndexOf('<', cut - 1);
  const insideToken = open !== -1 && !text.slice(open, cut).includes('>') && text.includes('>', cut);
  return insideToken ? open : cut;
}
