// The neutral documents of src/views as Adaptive Cards.
import type { Doc, Block as DocBlock, Button as DocButton, Tone } from '../../../views/doc.js';
import type { Icon, Markup } from '../../../views/markup.js';
import { ownActionsDoc } from '../../../views/home.js';
import type { ActionView, MemberView } from '../../../app/views.js';
import type { GroupedBarChartData } from '../../../documents/charts/index.js';
import { ownerActionBlock } from './own-action.js';
import { noteField, roundControlButton, scoreActions } from './score-controls.js';
import { actionSet, adaptiveCard, askingFirst, askingId, escapeTeamsMarkdown, forTeams, container, facts, heading, execute, submit, text, toneColor, userText, type AdaptiveCard, type Element, type Json, type TeamsPlace, uniqueAskingIds } from './common.js';
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../domain/instrument.js';

const ICONS: Record<Icon, string> = { check: '✓', warning: '⚠️', alarm: '⏰', calendar: '📅' };

/**
 * A member's name, escaped as any roster text. Someone who left the team (still an action's owner, a notulist) is said
 * to be so, where Slack's mention still shows their name: never a bare '29:…' id.
 */
function nameOf(members: readonly MemberView[], userId: string, lang: Lang): string {
  const member = members.find((m) => m.userId === userId);
  return member ? userText(member.displayName, 100) : t(lang, 'team.formerMember');
}

/** A card has no mentions: `nameOf` names people. Commands are written as typed in `place`. */
function teamsMarkupNaming(nameOf: (lang: Lang, userId: string) => string, place: TeamsPlace): Markup {
  return {
    t: (lang, key, params) => forTeams(t(lang, key, params), place),
    commands: (value) => forTeams(value, place),
    // A command in a bold line is bold already (forTeams): a bold inside a bold would end it halfway.
    bold: (value) => `**${value.replace(/\*\*/g, '')}**`,
    italic: (value) => `_${value}_`,
    user: userText,
    person: nameOf,
    formerPerson: nameOf, // nameOf already says they left
    icon: (name) => ICONS[name],
    link: (label, url) => `[${label}](${url})`,
  };
}

/** People named from the team the view is about (someone who left is said to be so). */
export const teamsMarkup = (members: readonly MemberView[], place: TeamsPlace = 'channel'): Markup => teamsMarkupNaming((lang, userId) => nameOf(members, userId, lang), place);

/** People named from names the surface looked up (anyone in the conversation, on the team or not). */
export const teamsNamedMarkup = (names: ReadonlyMap<string, string>, place: TeamsPlace = 'channel'): Markup =>
  teamsMarkupNaming((_lang, userId) => escapeTeamsMarkdown(names.get(userId) ?? userId), place);

const TONES: Record<Tone, Json> = {
  subtle: { isSubtle: true, size: 'Small' },
  small: { size: 'Small' },
  warning: toneColor('warning'),
  attention: toneColor('attention'),
  good: toneColor('good'),
  strong: { weight: 'Bolder' },
};

/** A neutral button's style as Adaptive Cards name it. */
export const STYLES = { primary: { style: 'positive' }, danger: { style: 'destructive' } } as const;

/** A button, with the hidden question it unfolds when it asks first; it folds away the element `row` meanwhile. */
function teamsButton(b: DocButton, row: string): { button: Element; question?: Element } {
  if (b.url) return { button: { type: 'Action.OpenUrl', title: b.label, url: b.url } };
  const style = b.style ? STYLES[b.style] : {};
  const acts = (b.inPlace ? execute : submit)(b.label, b.action, { ...b.data }, style);
  return b.confirm ? askingFirst(b.label, b.confirm, acts, row) : { button: acts };
}

/**
 * A row of buttons, then what those that ask first unfold, together. While a question is open its row folds away (their order and
 * the row stay as they are), so its own close button is the only one shown; the row's id is its first question's.
 */
function buttonRow(buttons: readonly DocButton[]): Element[] {
  const asking = buttons.find((b) => b.confirm && !b.url);
  const row = asking ? `${askingId({ verb: asking.action, data: asking.data })}-row` : '';
  const drawn = buttons.map((b) => teamsButton(b, row));
  const questions = drawn.flatMap((d) => (d.question ? [d.question] : []));
  const set = actionSet(drawn.map((d) => d.button));
  // One element, so a long card split in parts (split.ts) keeps the buttons in the message of what they toggle.
  return asking ? [container([container([set], { id: row }), ...questions])] : [set];
}

/** One TextBlock per line: every Teams client breaks lines there, whatever its Markdown does with `\n`. */
function textElements(b: Extract<DocBlock, { type: 'text' }>): Element[] {
  const tone = b.tone ? TONES[b.tone] : {};
  const lines = b.text.split('\n').map((line, i) => text(line, { ...tone, ...(i === 0 ? (b.id ? { id: b.id } : {}) : { spacing: 'None' }) }));
  return b.button ? [...lines, ...buttonRow([b.button])] : lines;
}

/** Teams' own bar chart; hosts without charts show the alt text, the same numbers in words. */
function barChart(chart: GroupedBarChartData, alt: string): Element {
  return {
    type: 'Chart.VerticalBar.Grouped',
    title: chart.title,
    xAxisTitle: chart.xAxisTitle,
    yAxisTitle: chart.yAxisTitle,
    colorSet: 'categorical',
    // Teams picks the y ticks itself (0, 0.75, 1.5… on a 1–3 scale; no schema setting), so each bar says its score.
    showBarValues: true,
    data: chart.series.map((s) => ({ legend: s.legend, values: s.values })),
    fallback: text(alt, { isSubtle: true }),
  };
}

type Draw<K extends DocBlock['type']> = (b: Extract<DocBlock, { type: K }>) => Element[];

const ELEMENTS: { [K in DocBlock['type']]: Draw<K> } = {
  heading: (b) => [heading(b.text)],
  text: textElements,
  facts: (b) => (b.facts.length === 0 ? [] : [facts(b.facts)]),
  buttons: (b) => buttonRow(b.buttons),
  group: (b) => [container(b.blocks.flatMap(toElements), { separator: true })],
  own_action: (b) => [ownerActionBlock(teamsMarkup([]), b.lang, b.action, b.in)],
  score_vote: noteField,
  // Their controls are the card's actions (scoreActions), not body elements; a control that asks first is in the body with its question.
  score_agree: () => [],
  round_control: (b) => (b.confirm ? buttonRow([roundControlButton(b)]) : []),
  chart: (b) => [barChart(b.chart, b.alt)],
};

const toElements = (b: DocBlock): Element[] => (ELEMENTS[b.type] as Draw<typeof b.type>)(b);

/** Score controls go under the card, where Teams draws Action.Execute buttons; the fallback is what a notification says. */
export function toAdaptiveCard(doc: Doc, actions: Element[] = [], extra: Json = {}): AdaptiveCard {
  return uniqueAskingIds(adaptiveCard(doc.blocks.flatMap(toElements), [...doc.blocks.flatMap(scoreActions), ...actions], { fallbackText: doc.fallback, ...extra }));
}

/** The card's body only, for cards that add their own inputs below a view. */
export const docElements = (blocks: readonly DocBlock[]): Element[] => blocks.flatMap(toElements);

/** All of the owner's open actions with Teams' controls (mijn-acties). */
export function ownerActionsCard(lang: Lang, actions: readonly ActionView[]): AdaptiveCard {
  return toAdaptiveCard(ownActionsDoc(teamsMarkup([]), lang, actions));
}
