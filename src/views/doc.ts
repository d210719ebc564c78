// A neutral document: what a view shows, in blocks both platforms have (a heading, lines of
// text, facts, buttons, groups), written once in src/views and drawn by one small renderer per
// platform (Slack: Block Kit; Teams: an Adaptive Card). Text in it is already in the platform's
// markup: it was built through a Markup (markup.ts), so user text is escaped the platform's way.

import type { FollowupWhen } from '../app/notices.js';
import type { ActionView } from '../app/views.js';
import type { GroupedBarChartData } from '../documents/charts/index.js';
import type { Lang, OnderdeelCode, Score } from '../domain/instrument.js';

export type Tone = 'subtle' | 'small' | 'warning' | 'attention' | 'good' | 'strong';

/** What a button asks before it acts, where one click could undo the team's work (closing a voting round). */
export interface Confirm {
  title: string;
  text: string;
  /** The words on the button that goes on, and on the one that goes back. */
  confirm: string;
  cancel: string;
}

/** A button; its action names what the adapter does on a click, with `data` (forgeable: checked again there). */
export interface Button {
  label: string;
  action: string;
  /** Slack joins the values in this order into the button's value; Teams sends them as the submit's data. */
  data: Readonly<Record<string, string>>;
  style?: 'primary' | 'danger';
  /** Opens this address (a signed link to a document) instead of coming back to the bot. */
  url?: string;
  /** Its click is answered in the message's place (Teams: Action.Execute, whose answer replaces the card; Slack redraws its message). */
  inPlace?: true;
  /** Asked first (Slack: a confirm dialog; Teams: a hidden part of the card the button unfolds, holding the button that acts and a cancel). */
  confirm?: Confirm;
}

export type Block =
  | { type: 'heading'; text: string }
  /** Lines of text (`\n` between lines); with a button beside it where the platform has room for one. */
  | { type: 'text'; text: string; id?: string; tone?: Tone; button?: Button }
  | { type: 'facts'; facts: ReadonlyArray<readonly [string, string]> }
  | { type: 'buttons'; id: string; buttons: readonly Button[] }
  /** Blocks that belong together (one meeting, one onderdeel): Teams sets them off with a line, Slack shows them in turn. */
  | { type: 'group'; blocks: readonly Block[] }
  /** One of the reader's own actions with the platform's controls to set its status (and a note). */
  | { type: 'own_action'; lang: Lang; action: ActionView; in?: OwnActionIn }
  /** A score card's vote controls: each platform encodes the click its own way (cards already posted must keep working). */
  | ({ type: 'score_vote' } & VoteControls)
  /** A closed score card's agree controls, the same way. */
  | ({ type: 'score_agree' } & AgreeControls)
  /** A control on the round as a whole (close it; agree every proposal), drawn the same way. */
  | { type: 'round_control'; roundId: string; control: 'close' | 'agree_all'; label: string; confirm?: Confirm }
  /**
   * A bar chart of the numbers just above it, with the same numbers in words. Teams draws it in
   * the card; Slack posts the chart as an image file beside the message, so its renderer leaves
   * this block out.
   */
  | { type: 'chart'; chart: GroupedBarChartData; alt: string };

/** The card a score control acts on. */
export interface CardRef {
  roundId: string;
  onderdeel: OnderdeelCode;
}

export interface ScoreChoice {
  score: Score;
  label: string;
}

export interface VoteControls {
  card: CardRef;
  votes: readonly ScoreChoice[];
  /** The reader's own vote, on a card drawn for them alone (Teams): never on a shared card. */
  own: Score | null;
  noteButton: string;
  /** Where a platform takes the note in the card itself (Teams; Slack opens a modal with the same placeholder and hint). */
  noteField: { label: string; placeholder: string; hint: string };
}

export interface AgreeControls {
  card: CardRef;
  /** The proposal, to confirm in one click while nothing is agreed yet. */
  confirm: ScoreChoice | null;
  /** Every score, for agreeing on another one (or changing the agreement). */
  scores: readonly ScoreChoice[];
  otherLabel: string;
}

export interface Doc {
  /** What a notification or a screen reader says of it. */
  fallback: string;
  blocks: Block[];
}

export const heading = (text: string): Block => ({ type: 'heading', text });

export function text(value: string, opts: { id?: string; tone?: Tone; button?: Button } = {}): Block {
  return { type: 'text', text: value, ...opts };
}

export const note = (value: string, id?: string): Block => text(value, { tone: 'subtle', ...(id ? { id } : {}) });

export const facts = (list: ReadonlyArray<readonly [string, string]>): Block => ({ type: 'facts', facts: list });

export const buttons = (id: string, list: readonly Button[]): Block => ({ type: 'buttons', id, buttons: list });

export const group = (blocks: readonly Block[]): Block => ({ type: 'group', blocks });

export function button(label: string, action: string, data: Readonly<Record<string, string>>, style?: Button['style']): Button {
  return { label, action, data, ...(style ? { style } : {}) };
}

/**
 * What an action's controls sit in, so a click there redraws it as it was: a list of one
 * leerlijn's actions, or the person's own overview (Slack's App Home knows itself).
 */
export type OwnActionIn = { leerlijnId: string; reminder?: FollowupWhen } | 'home';

export function ownAction(lang: Lang, action: ActionView, within?: OwnActionIn): Block {
  return { type: 'own_action', lang, action, ...(within ? { in: within } : {}) };
}
