// A neutral form (src/views/form.ts) as an Adaptive Card: each input's id is its field's, so
// Teams sends the values back by field id, and a field's problem shows right under its input.
// The start and team forms pick people from those in the conversation.
import type { MemberView } from '../../../app/views.js';
import type { Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { fieldFor, type Field, type Form } from '../../../views/form.js';
import { startForm } from '../../../views/start-form.js';
import { teamForm } from '../../../views/team-form.js';
import { clip } from '../../../text.js';
import { adaptiveCard, container, note, submit, text, toneColor, type AdaptiveCard, type Element } from './common.js';
import { docElements, teamsMarkup } from './doc.js';

type Choice = { title: string; value: string };

function inputOf(f: Field, value: string | undefined, people: readonly Choice[]): Element {
  const base = { id: f.id, label: f.label, ...(value ? { value } : {}) };
  switch (f.kind) {
    case 'text':
      return { type: 'Input.Text', ...base, ...(value ? { value: clip(value, f.max) } : {}), maxLength: f.max, ...(f.multiline ? { isMultiline: true } : {}), ...(f.placeholder ? { placeholder: clip(f.placeholder, 120) } : {}) };
    case 'choice':
      return { type: 'Input.ChoiceSet', ...base, style: f.style === 'radio' ? 'expanded' : 'compact', choices: f.options.map((o) => ({ title: o.label, value: o.value })) };
    case 'checks':
      return { type: 'Input.ChoiceSet', ...base, isMultiSelect: true, style: 'expanded', choices: f.options.map((o) => ({ title: o.label, value: o.value })) };
    case 'date':
      return { type: 'Input.Date', ...base };
    case 'time':
      return { type: 'Input.Time', ...base };
    case 'person':
      return { type: 'Input.ChoiceSet', ...base, choices: [...people, ...(f.nobody ? [{ title: f.nobody.label, value: f.nobody.value }] : [])], style: 'filtered' };
    case 'people':
      return { type: 'Input.ChoiceSet', id: f.id, label: f.label, isMultiSelect: true, style: 'filtered', choices: [...people], ...(value ? { value } : {}) };
    case 'toggle':
      return { type: 'Input.Toggle', id: f.id, title: f.text, value: value ?? 'false', valueOn: 'true', valueOff: 'false', wrap: true };
  }
}

/** A problem as a line to go right under its input (every Teams form shows them so). */
const errorText = (message: string): Element => text(message, { ...toneColor('attention'), size: 'Small', spacing: 'None' });

const column = (items: Element[]): Element => ({ type: 'Column', width: 'stretch', items });

/**
 * The inputs, each with its problem under it; a row's inputs (one action, one member) in a
 * container of their own, its lead on top; a field `beside` the one before in columns.
 */
function fieldElements(form: Form, people: readonly Choice[], problems: ReadonlyMap<string, string>): Element[] {
  const out: Element[] = [];
  let row: { n: number; items: Element[] } | undefined;
  // Where the field before put its elements, to set the next one beside them.
  let last: { into: Element[]; at: number } | undefined;
  for (const f of form.fields) {
    if (f.before && f.before.length > 0) {
      out.push(...docElements(f.before));
      row = undefined;
    }
    if (f.row === undefined) row = undefined;
    else if (row?.n !== f.row) {
      row = { n: f.row, items: [] };
      out.push(container(row.items, { separator: true }));
    }
    const into = row?.items ?? out;
    if (f.lead) into.push(...docElements(f.lead));
    const problem = problems.get(f.id);
    const elements = [inputOf(f, form.values[f.id], people), ...(problem ? [errorText(problem)] : []), ...(f.hint ? [note(f.hint)] : [])];
    if (f.beside && last?.into === into && last.at < into.length) {
      into.push({ type: 'ColumnSet', columns: [column(into.splice(last.at)), column(elements)] });
      last = undefined;
      continue;
    }
    last = { into, at: into.length };
    into.push(...elements);
  }
  return out;
}

/**
 * `errors` by field name (a refused submit, the form then opened with what was sent): each beside
 * its input; one without an input (the onderdeel) above the inputs, under the general line.
 */
export function toFormCard(form: Form, members: readonly RosterEntry[], errors: ReadonlyMap<string, string> = new Map()): AdaptiveCard {
  const problems = new Map<string, string>();
  const above: string[] = [];
  for (const [field, message] of errors) {
    const id = fieldFor(form.fields, field);
    if (id) problems.set(id, problems.has(id) ? `${problems.get(id)} ${message}` : message);
    else above.push(message);
  }
  const people = members.map((m) => ({ title: m.displayName, value: m.userId }));
  const body: Element[] = [
    ...docElements(form.intro),
    ...(errors.size > 0 ? [text(t(form.lang, 'error.invalid_input'), toneColor('attention'))] : []),
    ...above.map(errorText),
    ...fieldElements(form, people, problems),
    ...docElements(form.after ?? []),
  ];
  return adaptiveCard(body, [submit(form.submit, form.id, { ...form.data }, form.danger ? { style: 'destructive' } : {})], { fallbackText: form.title });
}

/** Someone a form can pick: a member, or a person in the conversation. */
export type RosterEntry = Pick<MemberView, 'userId' | 'displayName'>;

/** The start form, the team picked by side and level; `values`, `errors` (by input id): a refused submit's; `actorId`: who opened it, the first coordinator; `teamLang`: see startForm. */
export function startFormCard(
  lang: Lang,
  roster: readonly RosterEntry[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
  actorId?: string,
  teamLang: Lang = lang,
): AdaptiveCard {
  return toFormCard(startForm(teamsMarkup([]), lang, { card: true }, actorId ?? '', values, teamLang), roster, errors);
}

/** Over ~100 names a filtered list is no help and the card grows towards Teams' 80 KB. */
const MAX_CANDIDATES = 100;

/** The coordinator's team form; `candidates`: people in the conversation not on the team yet; `values` and `errors` (by input id): a refused submit's. */
export function teamFormCard(
  lang: Lang,
  leerlijnId: string,
  members: readonly MemberView[],
  candidates: readonly RosterEntry[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const addable = candidates.slice(0, MAX_CANDIDATES);
  return toFormCard(teamForm(teamsMarkup(members), lang, leerlijnId, members, { rows: true, canAdd: addable.length > 0 }, values), addable, errors);
}
