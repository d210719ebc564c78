// What the Slack driver reads out of what the fake Slack received: controls in messages, a
// modal's problems, the state a modal submits as shown.
import { input, type StateValue } from '../../fakes/slack-signing.js';
import type { PlannedAction, ShownControl, ShownInput, StartMore, TeamPlace } from './driver.js';
import { nodesOf, slackText } from './text.js';

export type Node = Record<string, unknown>;
/** `asked`: the confirm dialog Slack shows before it sends the click (its texts, one a line). */
export interface Control { actionId: string; value: string; channel: string; ts: string; selected?: boolean; asked?: string }
export interface Message { channel: string; ts: string; blocks?: unknown }

export const isControl = (n: Node): n is Node & { action_id: string } => typeof n.action_id === 'string';
export const dmOf = (user: string): string => `D${user.slice(1)}`;

/** Actions typed in a form's list `field` (the actieplan's, an evaluation's), each in its row, as Slack's state holds them. */
export function actionRowsState(field: string, actions: readonly PlannedAction[], idOf: (a: PlannedAction) => string): Array<[string, StateValue]> {
  return actions.map((a, i) => [a.row ?? i, a] as const).flatMap(([i, a]): Array<[string, StateValue]> => [
    [`${field}.${i}.description`, input.text(a.description)], [`${field}.${i}.ownerUserId`, { type: 'users_select', selected_user: idOf(a) }],
    [`${field}.${i}.dueDate`, input.date(a.due)],
  ]);
}

/** A modal kept open with `response_action: errors`: each error by the input block it is shown at (Slack shows it under that input). */
export function problemsBeside(inputs: ReadonlyArray<Record<string, unknown>>, answer: unknown): Record<string, string> {
  const errors = (answer as { response_action?: unknown; errors?: Record<string, string> } | undefined)?.errors;
  if ((answer as { response_action?: unknown } | undefined)?.response_action !== 'errors' || !errors) return {};
  for (const id of Object.keys(errors)) if (!inputs.some((b) => b.block_id === id)) throw new Error(`slack: an error for ${id}, which the modal has no input for`);
  return errors;
}

/** What the HTTP answer to a step shows: a message (a command's ephemeral answer) as read, anything else as sent. */
export function answerText(res: { text: string; json?: unknown }, names: ReadonlyMap<string, string>): string {
  const message = res.json as { text?: unknown; blocks?: unknown } | undefined;
  return typeof message === 'object' && message !== null && ('blocks' in message || 'text' in message) ? slackText(message, names) : res.text;
}

const textOf = (n: Node): unknown => (n.text as { text?: unknown } | undefined)?.text;

/** A button's confirm dialog as Slack shows it: title, text, then its two buttons ('' for none). */
function confirmText(confirm: unknown): string {
  if (typeof confirm !== 'object' || confirm === null) return '';
  const c = confirm as Node;
  return [c.title, c.text, c.confirm, c.deny].map((part) => textOf({ text: part })).filter((x) => typeof x === 'string').join('\n');
}

/** The first button with this text (or select offering it) in these messages, after `control.after` where given. */
export function findShown(messages: readonly Message[], control: ShownControl): Control {
  for (const m of messages) {
    const nodes = nodesOf(m.blocks);
    const from = control.after === undefined ? 0 : nodes.findIndex((n) => typeof n.text === 'string' && n.text.includes(control.after!));
    if (from < 0) continue;
    for (const n of nodes.slice(from).filter(isControl)) {
      if (n.type === 'button' && textOf(n) === control.label) return { actionId: n.action_id, value: String(n.value ?? ''), channel: m.channel, ts: m.ts, asked: confirmText(n.confirm) };
      const option = nodesOf(n.options).find((o) => textOf(o) === control.label);
      if (option) return { actionId: n.action_id, value: String(option.value), channel: m.channel, ts: m.ts, selected: true };
    }
  }
  throw new Error(`slack: no control "${control.label}" in what the bot showed`);
}

/** What a modal submits as shown (each input's initial value), with `values` typed over it by block id. */
export function stateAsShown(view: { blocks?: unknown }, values: Readonly<Record<string, string>>): Record<string, StateValue> {
  const state: Record<string, StateValue> = {};
  for (const b of nodesOf(view.blocks).filter((n) => n.type === 'input')) {
    const id = String(b.block_id);
    const e = (b.element ?? {}) as { type?: string; initial_value?: string; initial_date?: string; initial_option?: { value: string }; initial_user?: string };
    const value = values[id];
    if (e.type === 'datepicker') state[id] = input.date(value ?? e.initial_date ?? null);
    else if (e.type === 'static_select') state[id] = value ?? e.initial_option ? input.select(value ?? e.initial_option!.value) : { type: 'static_select', selected_option: null };
    else if (e.type === 'radio_buttons') state[id] = value ?? e.initial_option ? input.radio(value ?? e.initial_option!.value) : { type: 'radio_buttons', selected_option: null };
    else if (e.type === 'users_select') state[id] = { type: 'users_select', selected_user: value ?? e.initial_user ?? null };
    else state[id] = input.text(value ?? e.initial_value ?? null);
  }
  return state;
}

/** The team modal's inputs as shown, with the side and level of the person each row names (`placeOf` its label) chosen. */
export function teamState(view: { blocks?: unknown }, placeOf: (label: string) => TeamPlace | undefined): Record<string, StateValue> {
  const values: Record<string, StateValue> = {};
  for (const b of nodesOf(view.blocks).filter((n) => n.type === 'input')) {
    const place = placeOf(String((b.label as { text?: unknown } | undefined)?.text ?? ''));
    const element = b.element as { type?: string; initial_option?: { value: string }; initial_options?: Array<{ value: string }> } | undefined;
    if (element?.type === 'checkboxes') {
      const on = (element as { options?: Array<{ value: string }> }).options?.[0]?.value ?? 'true';
      const shown = (element.initial_options ?? []).map((o) => o.value);
      values[String(b.block_id)] = input.checked(place?.coordinator === undefined ? shown : place.coordinator ? [on] : []);
      continue;
    }
    const shown = element?.type === 'multi_users_select' ? input.users([]) : element?.initial_option ? input.select(element.initial_option.value) : { type: 'static_select' as const, selected_option: null };
    const chosen = place ? (String(b.block_id).startsWith('side_') ? place.side : place.level) : undefined;
    values[String(b.block_id)] = chosen ? input.select(chosen) : shown;
  }
  return values;
}

/** The roles modal's inputs as shown, with the people `chosen` by input id. */
export function rolesState(view: { blocks?: unknown }, chosen: Readonly<Record<string, string>>): Record<string, StateValue> {
  const values: Record<string, StateValue> = {};
  for (const b of nodesOf(view.blocks).filter((n) => n.type === 'input')) {
    const id = String(b.block_id);
    const element = b.element as { type?: string; initial_user?: string; initial_value?: string } | undefined;
    values[id] = element?.type === 'users_select' ? { type: 'users_select', selected_user: chosen[id] ?? element.initial_user ?? null } : input.text(element?.initial_value ?? '');
  }
  return values;
}

type ShownElement = { initial_value?: string; initial_date?: string; initial_option?: { text: { text: string } }; initial_options?: Array<{ text: { text: string } }>; initial_users?: string[]; initial_user?: string };

/** A modal's inputs as shown: each label, and what it starts with (people by `names`). */
export function shownInputs(view: { blocks?: unknown }, names: ReadonlyMap<string, string>): ShownInput[] {
  return nodesOf(view.blocks).filter((n) => n.type === 'input').map((b) => {
    const e = (b.element ?? {}) as ShownElement;
    const people = [...(e.initial_users ?? []), ...(e.initial_user ? [e.initial_user] : [])].map((id) => names.get(id) ?? id);
    const chosen = [...(e.initial_option ? [e.initial_option] : []), ...(e.initial_options ?? [])].map((o) => o.text.text);
    const preset = [e.initial_value, e.initial_date, ...chosen, ...people].filter((v): v is string => Boolean(v)).join(', ');
    return { label: String((b.label as { text?: unknown } | undefined)?.text ?? ''), preset };
  });
}

/** The start modal filled in by `coordinator`: the people split between the sides as the Teams driver does, nobody a manager. */
export function startState(school: string, coordinator: string, people: readonly string[], more: StartMore): Record<string, StateValue> {
  const all = (['draagvlak', 'financiering', 'facilitering'] as const).map((value) => ({ text: { type: 'plain_text' as const, text: value, emoji: true }, value }));
  return {
    school: input.text(school), youthOrg: input.text('JoU'), kind: input.radio('bestaand'),
    startDate: input.date(more.startDate ?? '2026-02-02'), startTime: input.text('15:30'),
    ...(more.region ? { region: input.select(more.region) } : {}),
    ...(more.lang ? { lang: input.radio(more.lang) } : {}),
    schoolSide: input.users(people.filter((_, i) => i % 2 === 0)), jongerenwerk: input.users(people.filter((_, i) => i % 2 === 1)),
    coordinators: input.users([coordinator]), randvoorwaarden: { type: 'checkboxes', selected_options: all },
  };
}
