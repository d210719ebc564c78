// Small builders for Adaptive Card 1.5 JSON. Every card the bot sends goes through
// `adaptiveCard`, so the version and schema are set in one place.
import { errorWords, type Unrefused } from '../../../app/error-words.js';
import type { AppError } from '../../../app/errors.js';
import { worksInPersonalChat } from '../../../app/flows/registry.js';
import type { Lang } from '../../../domain/instrument.js';
import { clip } from '../../../text.js';
import type { Tone } from '../../../views/doc.js';

export type Json = Record<string, unknown>;
export type Element = Json;

const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** An Action.Execute answered with a message: Teams shows it and leaves the card as it was. */
export const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';

export interface AdaptiveCard extends Json {
  type: 'AdaptiveCard';
  version: '1.5';
  body: Element[];
}

export function adaptiveCard(body: Element[], actions: Element[] = [], extra: Json = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...extra,
  };
}

/** How the texts write the bot's mention before a command (commands.ts takes it typed as plain text too). */
export const BOT_MENTION = '@Leerlijn';

// The catalogues' bold is Slack's `*Mijn acties*`; Teams reads bold as `**…**` and would show the
// single stars. An escaped star (`\*`, typed by someone) is neither end of one.
const SLACK_BOLD = /(?<![\\*\w])\*([^*\s\\](?:[^*\n\\]*[^*\s\\])?)\*(?![*\w])/g;

// A command is code in the texts (`status`), as Slack and Teams' plain messages show it; a card's TextBlock has no code
// (Adaptive Cards Markdown is bold, italic, lists and links), so Teams would show the backticks: bold stands out the same
// way. An escaped backtick (`\``, typed by someone) is neither end of one.
const CODE_SPAN = /(?<!\\)`([^`\n]+?)(?<!\\)`/g;

/** Where a text is read: a command written for a personal chat is typed there, with no one to mention. */
export type TeamsPlace = 'channel' | 'personal';

/**
 * The catalogues speak Slack's `/leerlijn x`; in Teams the same command is `@Leerlijn x` in a
 * channel, so the shared texts are adjusted here, and their bold too. Read in a personal chat, a
 * command that works there is the word alone (`mijn-acties`), as typed there; one that works only
 * in a channel keeps the mention it is typed with there (the registry says which is which).
 */
export function forTeams(text: string, place: TeamsPlace = 'channel'): string {
  const command = (words = ''): string => (place === 'personal' && worksInPersonalChat(words.trim()) ? `\`${words.trim()}` : `\`${BOT_MENTION}${words}`);
  return text.replace(/`\/leerlijn(?=[ `])( [a-z-]+)?/g, (_, words?: string) => command(words)).replace(SLACK_BOLD, '**$1**').replace(CODE_SPAN, '**$1**');
}

export function text(value: string, opts: Json = {}): Element {
  return { type: 'TextBlock', text: value, wrap: true, ...opts };
}

export function heading(value: string): Element {
  return text(value, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function note(value: string): Element {
  return text(value, { isSubtle: true, size: 'Small' });
}

export function facts(list: ReadonlyArray<readonly [string, string]>): Element {
  return { type: 'FactSet', facts: list.map(([title, value]) => ({ title, value })) };
}

export function container(items: Element[], opts: Json = {}): Element {
  return { type: 'Container', items, ...opts };
}

export function execute(title: string, verb: string, data: Json, opts: Json = {}): Element {
  return { type: 'Action.Execute', title, verb, data, ...opts };
}

/** Action.Submit for forms: `data.form` tells the bot which form came back. */
export function submit(title: string, form: string, data: Json = {}, opts: Json = {}): Element {
  return { type: 'Action.Submit', title, data: { form, ...data }, ...opts };
}

export function actionSet(actions: Element[]): Element {
  return { type: 'ActionSet', actions };
}

// TextBlock text and Fact titles/values are Markdown in Teams: `**bold**`, `_italic_`, `[x](url)`
// links and `-`/`+`/`1.` lists. A backslash before ASCII punctuation is CommonMark's escape, so
// every character that can open or close such markup (and `<` `>` `&`, which some clients read as
// tags or entities) gets one; the user then sees exactly what was typed.
const MARKDOWN_SPECIAL = /[\\`*_[\]()#>+\-!<&|~{}]/g;

export function escapeTeamsMarkdown(value: string): string {
  // An ordered list starts with digits and a dot; escaping the dot keeps '1. Overleg' a plain line.
  return value.replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`).replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/**
 * A card's Markdown (a TextBlock's) for where Teams shows text as it is, an invoke's message answer:
 * the bold marks dropped and the escapes undone, so what people typed shows as typed there too.
 */
export function plainText(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])|\*\*/g, (_, escaped?: string) => escaped ?? '');
}

/** User-written text for a TextBlock or Fact: cut to `max`, then escaped (so no escape is cut in half). */
export function userText(value: string, max: number = 1000): string {
  return escapeTeamsMarkdown(clip(value, max));
}

/** The tones Teams draws in a colour; any other line keeps the card's own colour (not green). */
type ColourTone = Extract<Tone, 'warning' | 'attention' | 'good'>;

// The one place a tone gets its Teams colour, so a warning looks the same in a document, the team's
// change lines and a status confirmation: orange for a warning, red for a refusal, green for good news.
const TONE_COLORS: Record<ColourTone, string> = { warning: 'Warning', attention: 'Attention', good: 'Good' };

/** A TextBlock's colour for `tone`; nothing without one. */
export const toneColor = (tone?: ColourTone): Json => (tone ? { color: TONE_COLORS[tone] } : {});

export function messageCard(message: string, tone?: ColourTone): AdaptiveCard {
  return adaptiveCard([text(forTeams(message), toneColor(tone))], [], { fallbackText: forTeams(message) });
}

/** Teams' feed and a phone show the activity's summary as it is: a few hundred characters say what it is. */
const SUMMARY_MAX = 300;

/** An escape, a link (its label), emphasis or code marks: left to right, so an escaped `[` opens no link. */
const MARKS = /\\(.)|\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)|\*\*|[_`]/g;

const unmarked = (markdown: string): string =>
  markdown.replace(MARKS, (_mark, escaped: string | undefined, label: string | undefined) => escaped ?? (label !== undefined ? unmarked(label) : ''));

/**
 * A card's `fallbackText` (the view's own words for a notification, in Teams Markdown) as the
 * plain words a notification shows: a link by its label, no emphasis or code marks, escapes undone.
 */
export function plainWords(markdown: string): string {
  const words = unmarked(markdown).replace(/\s+/g, ' ').trim();
  return clip(words, SUMMARY_MAX);
}

/**
 * A failure in errorWords' words: in the leerlijn's language when the use case knew it (a
 * personal chat has no leerlijn of its own). Only an error that is no AppError needs `unexpected`.
 */
export function errorCard(lang: Lang, error: AppError): AdaptiveCard;
export function errorCard(lang: Lang, error: unknown, how: Unrefused | Unrefused['unexpected']): AdaptiveCard;
export function errorCard(lang: Lang, error: unknown, how?: Unrefused | Unrefused['unexpected']): AdaptiveCard {
  const unrefused = typeof how === 'function' ? { unexpected: how } : how!;
  return messageCard(teamsErrorWords(lang, error, unrefused), 'attention');
}

/** errorWords for a card's Markdown: what is said as it came (a coordinator's name, a school's) is escaped, so it shows as typed. */
export function teamsErrorWords(lang: Lang, error: unknown, unrefused: Unrefused): string {
  return errorWords(lang, error, { fields: false, ...unrefused, echo: escapeTeamsMarkdown });
}
