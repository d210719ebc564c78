// A neutral form (src/views/form.ts) as an Adaptive Card: each input's id is its field's, so
// Teams sends the values back by field id, and a field's problem shows right under its input.
import type { TeamFormSession } from '../../../app/flows/surface.js';
import type { MemberView } from '../../../app/views.js';
import type { Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { fieldFor, listOf, type Field, type Form, type Option } from '../../../views/form.js';
import { startForm } from '../../../views/start-form.js';
import { pageLine, teamForm, teamFormPage, type TeamPage } from '../../../views/team-form.js';
import { clip } from '../../../text.js';
import { actionSet, adaptiveCard, container, execute, note, submit, text, toneColor, type AdaptiveCard, type Element } from './common.js';
import { FORM_VERB } from '../own-view-verb.js';
import { docElements, teamsMarkup } from './doc.js';

type Choice = { title: string; value: string };
type Values = Readonly<Record<string, string>>;
type Errors = ReadonlyMap<string, string>;

/**
 * Past this many people a picker lists only who is chosen and finds anyone else as one types (`choices.data`, answered
 * by people-search.ts): full lists of a team of 200 in several pickers took a card well over Teams' 100 KB.
 */
export const LISTED_PEOPLE = 30;
/** A searching picker still lists a few besides who is chosen: a choice set needs one at least. */
const FIRST_LISTED = 10;

/** What a picker searches: the team's members, the people in the conversation, or those of them not on the team. */
export const PEOPLE_DATASET = {
  team: (leerlijnId: string): string => `team:${leerlijnId}`,
  channel: 'channel',
  newToTeam: (leerlijnId: string): string => `channel-new:${leerlijnId}`,
} as const;

/** The people a form's pickers offer, and where they search past LISTED_PEOPLE (none: listed whole). */
interface Pickable {
  people: readonly Choice[];
  search?: string;
}

function personPicker(f: Extract<Field, { kind: 'person' | 'people' }>, value: string | undefined, pick: Pickable, lang: Lang): Element {
  const searched = pick.search !== undefined && pick.people.length > LISTED_PEOPLE;
  const chosen = new Set(listOf(value));
  const listed = searched ? pick.people.filter((p, i) => i < FIRST_LISTED || chosen.has(p.value)) : pick.people;
  const nobody = f.kind === 'person' && f.nobody ? [{ title: f.nobody.label, value: f.nobody.value }] : [];
  const search = searched ? { 'choices.data': { type: 'Data.Query', dataset: pick.search }, placeholder: t(lang, 'teams.typeName') } : {};
  return { type: 'Input.ChoiceSet', id: f.id, label: f.label, ...(f.kind === 'people' ? { isMultiSelect: true } : {}), style: 'filtered', choices: [...listed, ...nobody], ...(value ? { value } : {}), ...search };
}

/** A choice has only a title: its help, if any, follows the label there. */
const choiceOf = (o: Option): Choice => ({ title: o.help ? `${o.label}: ${o.help}` : o.label, value: o.value });

function inputOf(f: Field, value: string | undefined, pick: Pickable, lang: Lang): Element {
  const base = { id: f.id, label: f.label, ...(value ? { value } : {}) };
  switch (f.kind) {
    case 'text':
      return { type: 'Input.Text', ...base, ...(value ? { value: clip(value, f.max) } : {}), maxLength: f.max, ...(f.multiline ? { isMultiline: true } : {}), ...(f.placeholder ? { placeholder: clip(f.placeholder, 120) } : {}) };
    case 'choice':
      return { type: 'Input.ChoiceSet', ...base, style: f.style === 'radio' ? 'expanded' : 'compact', choices: f.options.map(choiceOf) };
    case 'checks':
      return { type: 'Input.ChoiceSet', ...base, isMultiSelect: true, style: 'expanded', choices: f.options.map(choiceOf) };
    case 'date':
      return { type: 'Input.Date', ...base };
    case 'time':
      return { type: 'Input.Time', ...base };
    case 'person':
    case 'people':
      return personPicker(f, value, pick, lang);
    case 'toggle':
      return { type: 'Input.Toggle', id: f.id, title: f.text, value: value ?? 'false', valueOn: 'true', valueOff: 'false', wrap: true };
  }
}

/** A problem as a line right under its input. */
const errorText = (message: string): Element => text(message, { ...toneColor('attention'), size: 'Small', spacing: 'None' });

const column = (items: Element[]): Element => ({ type: 'Column', width: 'stretch', items });

/** The inputs with their problems; a row's inputs (one action, one member) in a container, its lead on top; `beside` in columns. */
function fieldElements(form: Form, pick: Pickable, problems: Errors): Element[] {
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
    const elements = [inputOf(f, form.values[f.id], pick, form.lang), ...(problem ? [errorText(problem)] : []), ...(f.hint ? [note(f.hint)] : [])];
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
 * `errors` by field name (a refused submit's): each under its input; one without an input (the onderdeel) above the
 * inputs. `search`: where its pickers find people past LISTED_PEOPLE; the team of the form's leerlijn unless given.
 */
export function toFormCard(form: Form, members: readonly RosterEntry[], errors: Errors = new Map(), search?: string): AdaptiveCard {
  const problems = new Map<string, string>();
  const above: string[] = [];
  for (const [field, message] of errors) {
    const id = fieldFor(form.fields, field);
    if (id) problems.set(id, problems.has(id) ? `${problems.get(id)} ${message}` : message);
    else above.push(message);
  }
  const people = members.map((m) => ({ title: m.displayName, value: m.userId }));
  const leerlijnId = form.data.leerlijnId;
  const pick = { people, search: search ?? (leerlijnId ? PEOPLE_DATASET.team(leerlijnId) : undefined) };
  const body: Element[] = [
    ...docElements(form.intro),
    ...(errors.size > 0 ? [text(t(form.lang, 'error.invalid_input'), toneColor('attention'))] : []),
    ...above.map(errorText),
    ...fieldElements(form, pick, problems),
    ...docElements(form.after ?? []),
  ];
  return adaptiveCard(body, [submit(form.submit, form.id, { ...form.data }, form.danger ? { style: 'destructive' } : {})], { fallbackText: form.title });
}

/** Someone a form can pick: a member, or a person in the conversation. */
export type RosterEntry = Pick<MemberView, 'userId' | 'displayName'>;

/** The start form; `values`, `errors` (by input id): a refused submit's; `actorId`: who opened it, the first coordinator. */
export function startFormCard(
  lang: Lang, roster: readonly RosterEntry[], values: Values = {}, errors: Errors = new Map(), actorId?: string, teamLang = lang,
): AdaptiveCard {
  return toFormCard(startForm(teamsMarkup([]), lang, { card: true }, actorId ?? '', values, teamLang), roster, errors, PEOPLE_DATASET.channel);
}

/** Members a team form card shows at once: 25 rows keep long names under the 80 KB Teams advises (60 were over 100 KB). */
const TEAM_PAGE_SIZE = 25;

/**
 * Which page it is, and the way to the pages around it. Going there first saves the page on screen (its inputs go
 * with the click), so what the coordinator chose is not lost by leaving it, then shows them their own view of the next.
 */
function pageNav(lang: Lang, form: Form, at: TeamPage): Element[] {
  const line = pageLine(lang, at.page, at.pages, at.page * TEAM_PAGE_SIZE + 1, at.members.length);
  const leerlijnId = String(form.data.leerlijnId);
  const go = (label: string, page: number): Element =>
    execute(label, FORM_VERB, { form: form.id, ...form.data, page: String(at.page), pageTo: String(page), ownView: { view: 'team', leerlijnId, page } });
  const buttons = [...(at.page > 0 ? [go(t(lang, 'team.previous'), at.page - 1)] : []), ...(at.page < at.pages - 1 ? [go(t(lang, 'team.next'), at.page + 1)] : [])];
  return [note(`${line} ${t(lang, 'team.pageGoSaves')}`), actionSet(buttons)];
}

/**
 * The coordinator's team form; `candidates`: people in the conversation not on the team yet. A team over TEAM_PAGE_SIZE
 * shows page `page`; the submit names the page, and `session`, what the pages before saved.
 */
export function teamFormCard(
  lang: Lang, leerlijnId: string, members: readonly MemberView[], candidates: readonly RosterEntry[],
  values: Values = {}, errors: Errors = new Map(), page = 0, session?: TeamFormSession,
): AdaptiveCard {
  const at = teamFormPage(members, TEAM_PAGE_SIZE, page);
  const form = teamForm(teamsMarkup(members), lang, leerlijnId, at.members, { rows: true, canAdd: candidates.length > 0 }, values);
  // What the pages before saved goes back with this page's buttons, also when the team shrank to one page.
  const told: Record<string, string> = session ? { savedBefore: String(session.saved), ...(session.id ? { formSession: session.id } : {}) } : {};
  const paged = { ...form, data: { ...form.data, ...(at.pages > 1 ? { page: String(at.page) } : {}), ...told } };
  const card = toFormCard(paged, candidates, errors, PEOPLE_DATASET.newToTeam(leerlijnId));
  return at.pages > 1 ? { ...card, body: [...pageNav(lang, paged, at), ...card.body] } : card;
}
