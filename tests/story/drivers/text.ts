// Plain text out of Block Kit and Adaptive Cards, as a person reads it: markup and escapes gone.

/** Slack: the mrkdwn and plain_text of blocks (the fallback `text` only when there are none), mentions as names. */
export function slackText(message: { text?: unknown; blocks?: unknown }, names: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(message.blocks ?? []);
  if (out.length === 0 && typeof message.text === 'string') out.push(message.text);
  return out
    .join('\n')
    .replace(/<@(U[A-Z0-9]+)>/g, (_, id: string) => names.get(id) ?? id)
    .replace(/\*/g, '')
    .replace(/[\u2217\u02CD\u223C\u02CB\u00AD]/g, readAsTyped)
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What a reader takes a look-alike for (mrkdwn.ts draws typed marks so: ∗ ˍ ∼ ˋ), and a soft hyphen: not seen at all. */
const AS_TYPED: Readonly<Record<string, string>> = { '\u2217': '*', '\u02CD': '_', '\u223C': '~', '\u02CB': '`', '\u00AD': '' };
const readAsTyped = (ch: string): string => AS_TYPED[ch] ?? ch;

/** Teams: TextBlocks, facts, labels, choices and buttons, never the hidden `data`; Markdown escapes and bold removed. */
export function teamsText(card: unknown): string {
  if (typeof card === 'string') return card;
  return cardText(card).replace(/\*\*/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The texts a Teams card shows (TextBlocks, facts, labels, choices, buttons; never the hidden `data`), one a line, as sent: Markdown kept. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'value', 'placeholder']) if (typeof o[key] === 'string') out.push(o[key] as string);
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}

/** The strings Teams renders as Markdown: TextBlock text and Fact titles and values, as sent. */
export function teamsMarkdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, inFacts: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inFacts));
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (inFacts) for (const key of ['title', 'value'] as const) if (typeof o[key] === 'string') out.push(o[key]);
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') walk(v, k === 'facts');
  };
  walk(card, false);
  return out;
}

/** Every object of a JSON tree in document order: blocks, elements, actions, nested ones included. */
export function nodesOf(tree: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    out.push(node as Record<string, unknown>);
    Object.values(node).forEach(walk);
  };
  walk(tree);
  return out;
}

/** The first node matching `is` after the first node whose text contains `near`: the control beside a line. */
export function nodeAfterText<T extends Record<string, unknown>>(tree: unknown, near: string, is: (n: Record<string, unknown>) => n is T): T | undefined {
  const nodes = nodesOf(tree);
  const at = nodes.findIndex((n) => typeof n.text === 'string' && n.text.includes(near));
  if (at < 0) return undefined;
  return nodes.slice(at).find(is);
}

// What each platform would draw as formatting, as far as known offline (no renderer of either runs here): enough to
// tell whether text someone typed became bold, italic, struck, code, a link, a heading or a list.

/**
 * Slack mrkdwn: `*bold*`, `_italic_`, `~strike~`, `` `code` ``, each opened after a boundary (start, a space, punctuation,
 * or a zero-width space: Slack's way to format half a word) before a non-space, and closed after a non-space before a
 * boundary. A letter beside a mark keeps it literal; a look-alike (∗ ˍ ∼ ˋ) is no mark at all. The spans' inner texts.
 */
export function slackFormatted(mrkdwn: string): string[] {
  const boundary = String.raw`[\s\p{P}\p{S}\u200B]`;
  return ['*', '_', '~', '`'].flatMap((c) => {
    const m = c === '*' ? '\\*' : c;
    const span = new RegExp(`(?<=^|${boundary})${m}([^\\s${m}](?:[^\\n${m}]*?[^\\s${m}])?)${m}(?=$|${boundary})`, 'gmu');
    return [...mrkdwn.matchAll(span)].map((x) => x[1]!);
  });
}

/** Slack mrkdwn as read: entities decoded, look-alikes read as the marks they look like, invisible characters gone (marks and mentions left). */
export const slackShown = (mrkdwn: string): string =>
  mrkdwn.replace(/\u200B/g, '').replace(/[\u2217\u02CD\u223C\u02CB\u00AD]/g, readAsTyped).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * A Teams TextBlock's Markdown (CommonMark with a backslash before a punctuation mark keeping it literal): emphasis,
 * strike, code and link texts, and lines that start a list, heading or quote. What each formats.
 */
export function teamsFormatted(markdown: string): string[] {
  const bare = markdown.replace(/\\[!-/:-@[-`{-~]/g, 'a');
  const spans = [/\*\*(\S(?:.*?\S)?)\*\*/g, /(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])/g, /(?<![\w_])__?(\S(?:.*?\S)?)__?(?![\w_])/g,
    /~~?(\S(?:.*?\S)?)~~?/g, /`([^`\n]+)`/g, /\[([^\]\n]*)\]\([^)\n]*\)/g, /^\s*(?:[-+*]|\d+[.)]|#{1,6}|>)\s+(.*)$/gm];
  return spans.flatMap((span) => [...bare.matchAll(span)].map((x) => x[1]!));
}

/** A Teams TextBlock's Markdown as read: escapes undone (marks left as they are). */
export const teamsShown = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * The same Markdown as the native Adaptive Cards renderers (iOS, Android, Windows: the shared C++ MarkDownParser) show it:
 * they read `*`, `_`, links and line-start lists, and drop a backslash only before `[`, `]` and `)`; any other stays in sight.
 */
export const teamsNativeShown = (markdown: string): string => markdown.replace(/\\([[\])])/g, '$1');
