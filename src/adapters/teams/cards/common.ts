// Small builders for Adaptive Card 1.5 JSON, and Teams' way of writing the catalogues' text in it.
import { errorWords, type Unrefused } from '../../../app/error-words.js';
import type { AppError } from '../../../app/errors.js';
import { worksInPersonalChat } from '../../../app/flows/registry.js';
import type { Lang } from '../../../domain/instrument.js';
import { clip } from '../../../text.js';
import type { Confirm, Tone } from '../../../views/doc.js';

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

// The catalogues' bold is Slack's `*x*`; Teams would show the single stars. An escaped star (typed) ends none.
const SLACK_BOLD = /(?<![\\*\w])\*([^*\s\\](?:[^*\n\\]*[^*\s\\])?)\*(?![*\w])/g;

// A command is code in the texts; a TextBlock's Markdown has no code and would show the backticks, so it is bold there.
// An escaped backtick (typed) ends none.
const CODE_SPAN = /(?<!\\)`([^`\n]+?)(?<!\\)`/g;

/** Where a text is read: a command written for a personal chat is typed there, with no one to mention. */
export type TeamsPlace = 'channel' | 'personal';

/**
 * The catalogues' `/leerlijn x` as typed in Teams: `@Leerlijn x` in a channel; in a personal chat the word alone
 * where it works there (the registry says), else still with the mention it is typed with in a channel.
 */
export function forTeams(text: string, place: TeamsPlace = 'channel'): string {
  const command = (words = ''): string => (place === 'personal' && worksInPersonalChat(words.trim()) ? `\`${words.trim()}` : `\`${BOT_MENTION}${words}`);
  return text.replace(/`\/leerlijn(?=[ `])( [a-z-]+)?/g, (_, words?: string) => command(words)).replace(SLACK_BOLD, '**$1**').replace(CODE_SPAN, '**$1**');
}

export const text = (value: string, opts: Json = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...opts });
export const heading = (value: string): Element => text(value, { size: 'Large', weight: 'Bolder', style: 'heading' });
export const note = (value: string): Element => text(value, { isSubtle: true, size: 'Small' });
export const facts = (list: ReadonlyArray<readonly [string, string]>): Element =>
  ({ type: 'FactSet', facts: list.map(([title, value]) => ({ title, value })) });
export const container = (items: Element[], opts: Json = {}): Element => ({ type: 'Container', items, ...opts });
export const execute = (title: string, verb: string, data: Json, opts: Json = {}): Element =>
  ({ type: 'Action.Execute', title, verb, data, ...opts });
/** Action.Submit for forms: `data.form` tells the bot which form came back. */
export const submit = (title: string, form: string, data: Json = {}, opts: Json = {}): Element =>
  ({ type: 'Action.Submit', title, data: { form, ...data }, ...opts });
export const actionSet = (actions: Element[]): Element => ({ type: 'ActionSet', actions });
/** A button that unfolds `card` (a form) under the card it is on. */
export const showCard = (title: string, card: AdaptiveCard): Element => ({ type: 'Action.ShowCard', title, card });

/**
 * A button that asks first, and the hidden part of the card it unfolds (a body element: it goes where it can be seen).
 * The button goes in the body too, inside the element with id `hides`, which folds away while the question is open:
 * else the card would show the button beside the question's own close button, the lower one only folding.
 */
export interface Asking {
  button: Element;
  question: Element;
}

/** Toggles the elements with these ids: Teams does it on the card itself, nothing goes to the bot. */
const toggling = (title: string, ids: readonly string[]): Element => ({ type: 'Action.ToggleVisibility', title, targetElements: [...ids] });

/**
 * The hidden part's id, from what the action does and on what (its verb or form and data: the round): unique on a card
 * that asks first for different things, and for the same thing on another round's card.
 */
export function askingId(action: Element): string {
  const data = (action.data ?? {}) as Json;
  const words = [action.verb, ...Object.values(data)].filter((w) => typeof w === 'string' || typeof w === 'number');
  return ['ask', ...words].join('-').replace(/[^\w-]/g, '_');
}

/**
 * A button that asks first: Teams has no confirm dialog for a card's actions, so the button (`label`) unfolds a hidden
 * part of the card with the confirm's words, `action` (the one that acts) and a cancel button, as Slack's dialog has
 * one; it folds away the element `hides` (which holds the button) meanwhile, and cancel shows it again. The button
 * itself sends nothing: a stray click only unfolds the question.
 */
export function askingFirst(label: string, asked: Confirm, action: Element, hides: string): Asking {
  const id = askingId(action);
  const both = [hides, id];
  const buttons = actionSet([{ ...action, title: asked.confirm, style: 'positive' }, toggling(asked.cancel, both)]);
  const question = container([text(asked.title, { weight: 'Bolder' }), text(asked.text), buttons], { id, isVisible: false, separator: true });
  return { button: toggling(label, both), question };
}

/**
 * The card with each ask-first id once: a card that holds the same asking button twice (a reply card merged with a redrawn
 * one, the next step's close twice) would have two questions by one id, and Teams would toggle the first for both. In card
 * order, a repeated id gets its occurrence's number, and each toggle aims at the occurrence of its unit: the latest opened
 * of its targets (a button sits in its holder, before its question; a cancel sits in its question).
 */
export function uniqueAskingIds(card: AdaptiveCard): AdaptiveCard {
  const seen = askingIdCounts(card.body);
  const repeated = new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
  if (repeated.size === 0) return card;
  // A number already taken (a card merged with one renumbered before) is passed over.
  const taken = new Set(seen.keys());
  const names = new Map<string, string>();
  const named = (id: string, n: number): string => {
    if (n <= 1) return id;
    const known = names.get(`${id}#${n}`);
    if (known) return known;
    let m = n;
    while (taken.has(`${id}-${m}`)) m += 1;
    taken.add(`${id}-${m}`);
    names.set(`${id}#${n}`, `${id}-${m}`);
    return `${id}-${m}`;
  };
  const opened = new Map<string, number>();
  const renumber = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(renumber);
    if (typeof node !== 'object' || node === null) return node;
    const o = { ...(node as Json) };
    if (typeof o.id === 'string' && repeated.has(o.id)) {
      opened.set(o.id, (opened.get(o.id) ?? 0) + 1);
      o.id = named(o.id, opened.get(o.id)!);
    }
    if (o.type === 'Action.ToggleVisibility' && Array.isArray(o.targetElements)) {
      const targets = o.targetElements as string[];
      const unit = Math.max(1, ...targets.map((t) => opened.get(t) ?? 0));
      o.targetElements = targets.map((t) => (repeated.has(t) ? named(t, unit) : t));
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'targetElements' && typeof v === 'object') o[k] = renumber(v);
    return o;
  };
  return { ...card, body: renumber(card.body) as Element[] };
}

function askingIdCounts(node: unknown, seen = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(node)) node.forEach((n) => askingIdCounts(n, seen));
  else if (typeof node === 'object' && node !== null) {
    const { id } = node as Json;
    if (typeof id === 'string' && id.startsWith('ask-')) seen.set(id, (seen.get(id) ?? 0) + 1);
    Object.values(node).forEach((n) => askingIdCounts(n, seen));
  }
  return seen;
}

// TextBlocks and Facts are Markdown (bold, italic, links, lists): a character that can open or close markup gets
// CommonMark's backslash, so text shows as typed. Only those: the native renderers (iOS, Android, Windows) undo a
// backslash only before `[` `]` `)` and show any other, so '(', '-', '!', '&' or 'a_b' in everyday text stay bare.
// Anywhere: emphasis, code, strike, links (an escaped `[` opens none, so `(` `!` need nothing), tags and autolinks,
// tables, Teams' {{DATE()}}, an entity; a backslash only where it would escape the next character.
const INLINE_MARK = /\\(?=[!-/:-@[-`{-~])|[`*~[\]<{}|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?\w+;)/g;
// At a line's start, only a mark that starts something there: a list ('- ', '+ '), a rule or underline ('---', '==='), a
// heading ('# '), a quote, an ordered list's number ('1. Overleg', '1) Overleg'); '+31 6…', '-5 graden', '#1', '=SUM' stay bare.
const LINE_START_MARK = /^(\s*)(-(?=[-\s]|$)|\+(?=\s|$)|#(?=#{0,5}(?:\s|$))|=(?==*\s*$)|>|\d+[.)](?=\s|$))/gm;

export function escapeTeamsMarkdown(value: string): string {
  const lineStart = (_: string, space: string, mark: string): string => `${space}${mark.slice(0, -1)}\\${mark.at(-1)}`;
  return value.replace(INLINE_MARK, (ch) => `\\${ch}`).replace(LINE_START_MARK, lineStart);
}

/** A TextBlock's Markdown for where Teams shows text as it is (an invoke's message answer): bold and escapes undone. */
export function plainText(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])|\*\*/g, (_, escaped?: string) => escaped ?? '');
}

/** User-written text for a TextBlock or Fact: cut to `max`, then escaped (so no escape is cut in half). */
export function userText(value: string, max: number = 1000): string {
  return escapeTeamsMarkdown(clip(value, max));
}

/** The tones Teams draws in a colour; any other line keeps the card's own colour. */
type ColourTone = Extract<Tone, 'warning' | 'attention' | 'good'>;

// The one place a tone gets its colour, so a warning (orange), refusal (red) or good news (green) looks alike everywhere.
const TONE_COLORS: Record<ColourTone, string> = { warning: 'Warning', attention: 'Attention', good: 'Good' };

export const toneColor = (tone?: ColourTone): Json => (tone ? { color: TONE_COLORS[tone] } : {});

export function messageCard(message: string, tone?: ColourTone): AdaptiveCard {
  return adaptiveCard([text(forTeams(message), toneColor(tone))], [], { fallbackText: forTeams(message) });
}

/** Teams' feed and a phone show the activity's summary as it is: a few hundred characters say what it is. */
const SUMMARY_MAX = 300;

/**
 * An escape (a backslash before punctuation; one before anything else is a typed backslash, kept), a link (its label), emphasis
 * or code marks (not a bare `_` inside a word): left to right, so an escaped `[` opens no link.
 */
const MARKS = /\\([!-/:-@[-`{-~])|\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)|\*\*|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|`/g;

const unmarked = (markdown: string): string =>
  markdown.replace(MARKS, (_mark, escaped: string | undefined, label: string | undefined) => escaped ?? (label !== undefined ? unmarked(label) : ''));

/** A card's `fallbackText` (Teams Markdown) as the plain words a notification shows: links by their label, no marks. */
export function plainWords(markdown: string): string {
  return clip(unmarked(markdown).replace(/\s+/g, ' ').trim(), SUMMARY_MAX);
}

/** A failure in errorWords' words; only an error that is no AppError needs `unexpected`. */
export function errorCard(lang: Lang, error: AppError): AdaptiveCard;
export function errorCard(lang: Lang, error: unknown, how: Unrefused | Unrefused['unexpected']): AdaptiveCard;
export function errorCard(lang: Lang, error: unknown, how?: Unrefused | Unrefused['unexpected']): AdaptiveCard {
  const unrefused = typeof how === 'function' ? { unexpected: how } : how!;
  return messageCard(teamsErrorWords(lang, error, unrefused), 'attention');
}

/** errorWords for a card's Markdown: what it echoes (a coordinator's name, a school's) escaped. */
export function teamsErrorWords(lang: Lang, error: unknown, unrefused: Unrefused): string {
  return errorWords(lang, error, { fields: false, ...unrefused, echo: escapeTeamsMarkdown });
}
