// What the Teams driver reads out of the cards the fake connector received, and where a person
// acts from.
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { ChannelChart, ChannelDocument, ShownControl, ShownInput } from './driver.js';
import type { ActivityBase } from '../../fakes/teams-activities.js';
import { TENANT } from '../../adapters/teams/harness.js';
import { nodeAfterText, nodesOf, teamsText } from './text.js';

export type Node = Record<string, unknown>;
export interface Action extends Node { type: string; verb?: string; data: Node }

export const isAction = (type: string) => (n: Node): n is Action => n.type === type && typeof n.data === 'object' && n.data !== null;

export function isInvokeCard(answer: unknown): answer is JsonObject {
  return typeof answer === 'object' && answer !== null && (answer as Node).type === 'AdaptiveCard';
}

/** Where the bot says it can be reached; links to its documents start with it. */
export const PUBLIC_URL = 'http://127.0.0.1:9';
export const DOCUMENTS = { PUBLIC_URL, DOCUMENT_LINK_SECRET: 'story-secret-0123456789-abcdefghijklmnopqrstuvwxyz' };

/** A form answered again with its problems: each red line by the input it stands under ('' above them all). */
export function problemsBeside(card: JsonObject | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  let input = '';
  for (const n of nodesOf(card)) {
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) input = String(n.id);
    else if (n.type === 'TextBlock' && n.color === 'Attention' && n.size === 'Small') out[input] = String(n.text);
  }
  return out;
}

const acts = (n: Node): n is Action => isAction('Action.Submit')(n) || isAction('Action.Execute')(n);

/** The first node `is` takes in these cards (after the control's `after` text, where given). */
function firstShown<T extends Node>(cards: readonly JsonObject[], control: ShownControl, is: (n: Node) => n is T): T | undefined {
  return cards.map((card) => (control.after === undefined ? nodesOf(card).find(is) : nodeAfterText(card, control.after, is))).find((b) => b !== undefined);
}

/** A button that asks first: it unfolds a hidden part of its card (by id), with the question and the action that goes on. */
interface Asking { action: Action; asked: string }
function askingIn(card: JsonObject, button: Node): Asking | undefined {
  if (button.type !== 'Action.ToggleVisibility') return undefined;
  const target = ((button.targetElements ?? []) as unknown[]).map(String);
  const question = nodesOf(card).find((n) => target.includes(String(n.id)) && n.isVisible === false);
  const goesOn = nodesOf(question).filter(acts);
  return question && goesOn.length === 1 ? { action: goesOn[0]!, asked: teamsText(question) } : undefined;
}

/**
 * The first button with the control's text in these cards (after its `after` text, where given). One that asks
 * first is pressed through, as a person who goes on: the action in the part it unfolds, with the words it `asked`.
 */
export function shownButton(cards: readonly JsonObject[], control: ShownControl): { action: Action; asked: string } {
  const button = firstShown(cards, control, (n): n is Action => acts(n) && n.title === control.label);
  if (button) return { action: button, asked: '' };
  const toggles = (n: Node): n is Node => n.type === 'Action.ToggleVisibility' && n.title === control.label;
  for (const card of cards) {
    const outer = firstShown([card], control, toggles);
    const asking = outer ? askingIn(card, outer) : undefined;
    if (asking) return asking;
  }
  throw new Error(`teams: no control "${control.label}" in what the bot showed`);
}

/** Every input of a card with the value it shows, by id: what Teams sends when nothing is changed. */
export function shownValues(card: JsonObject): Record<string, string> {
  return Object.fromEntries(nodesOf(card).filter((n) => typeof n.id === 'string' && typeof n.value === 'string').map((n) => [String(n.id), String(n.value)]));
}

/** Another team's channel in the same tenant (`startElsewhere`). */
export const ELSEWHERE_ID = '19:team-zuid@thread.tacv2';

/** The same person, acting in that other team's channel. */
export function elsewhereFrom(inChannel: ActivityBase): ActivityBase {
  return {
    ...inChannel,
    conversation: { id: ELSEWHERE_ID, conversationType: 'channel', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: ELSEWHERE_ID, name: 'Team Zuid' }, channel: { id: ELSEWHERE_ID } },
  };
}

/** The same person in a group chat of the tenant (no team, no channel), where the bot was added. */
export function groupChatFrom(inChannel: ActivityBase): ActivityBase {
  return { ...inChannel, conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', tenantId: TENANT }, channelData: { tenant: { id: TENANT } } };
}

/** The bot sits behind PUBLIC_URL; the test reaches it on its own port, as a proxy would. Each link opened as a member would, checked to be a PDF. */
export async function openDocuments(urls: readonly string[], port: number): Promise<ChannelDocument[]> {
  const documents: ChannelDocument[] = [];
  for (const url of urls) {
    const res = await fetch(url.replace(PUBLIC_URL, `http://127.0.0.1:${port}`));
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error(`teams: ${url} gave ${res.status}`);
    documents.push({ name: /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '', bytes });
  }
  return documents;
}

/** Teams' own charts in these cards, with the text hosts without charts show. */
export function chartsIn(cards: readonly JsonObject[]): ChannelChart[] {
  const charts = cards.flatMap((c) => nodesOf(c).filter((n) => typeof n.type === 'string' && n.type.startsWith('Chart.')));
  return charts.map((chart) => {
    const data = (Array.isArray(chart.data) ? chart.data : []) as Array<{ values?: Array<{ y: number }> }>;
    return { alt: String((chart.fallback as { text?: unknown } | undefined)?.text ?? ''), series: data.map((d) => (d.values ?? []).map((v) => v.y)) };
  });
}

/** The first action of kind `is` in `cards` (newest first) that `pick` takes. */
export function findIn<T extends Action>(cards: JsonObject[], what: string, is: (n: Node) => n is T, pick: (a: T) => boolean): T {
  for (const card of cards) {
    const found = nodesOf(card).filter(is).find(pick);
    if (found) return found;
  }
  throw new Error(`teams: no ${what} in the cards the bot posted`);
}

/** The choice a roster-backed input offers for a person, by the name it shows. */
export function choiceNamed(card: JsonObject, inputId: string, name: string): string {
  const input = nodesOf(card).find((n) => n.id === inputId);
  const choice = nodesOf(input?.choices).find((c) => c.title === name);
  if (!choice) throw new Error(`teams: ${inputId} offers no ${name}`);
  return String(choice.value);
}

/** A card's inputs as shown: each label (a toggle's is its text), and what it starts with (a choice by the title it shows). */
export function shownInputs(card: JsonObject): ShownInput[] {
  return nodesOf(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.')).map((n) => {
    const value = typeof n.value === 'string' ? n.value : '';
    if (n.type === 'Input.Toggle') return { label: String(n.title ?? ''), preset: value === 'true' ? String(n.title ?? '') : '' };
    const choices = nodesOf(n.choices);
    const shown = n.type === 'Input.ChoiceSet' ? value.split(',').filter(Boolean).map((v) => String(choices.find((c) => c.value === v)?.title ?? v)) : [value].filter(Boolean);
    return { label: String(n.label ?? ''), preset: shown.join(', ') };
  });
}
