// The coordinator's team form, written once for both platforms (drawn by Slack's toModal and
// Teams' toFormCard): per member side, level and coordinator (in Teams also remove), and people
// to add. Field ids are what Teams' card has always sent (`side.<userId>`, `coord.<userId>`);
// Slack's pages keep their own block ids (adapters/slack/team.ts). Which members a page shows
// and what the page says are decided here. What a submit saves, and who hears it, is
// app/flows/team-form.ts's.
import type { MemberChoice, TeamFormInput } from '../app/flows/team-form.js';
import type { MemberView } from '../app/views.js';
import type { Lang } from '../domain/instrument.js';
import { LEVELS, SIDES } from '../domain/team.js';
import { t } from '../i18n/index.js';
import { button, buttons, heading, note, text, type Block } from './doc.js';
import { filled, listOf, type Field, type Form, type Option } from './form.js';
import type { Markup } from './markup.js';

export const TEAM_FORM = 'team';
/** The "—" choice: no side or level. An empty choice would mean "not sent". */
export const NONE = 'none';

export const teamField = {
  side: (userId: string): string => `side.${userId}`,
  level: (userId: string): string => `level.${userId}`,
  coordinator: (userId: string): string => `coord.${userId}`,
  remove: (userId: string): string => `remove.${userId}`,
};

/**
 * What the platform's form is like. Slack: a modal's inputs stand in one column, so each label
 * names its member, a cleared choice is none, and people are picked from the workspace. Teams:
 * a row per member headed by the name, "—" for none, remove, and the added people get a side
 * and level; `canAdd`: the conversation has people not on the team (else no add field).
 */
export type TeamFormShape = { rows: false } | { rows: true; canAdd: boolean };

type Person = Pick<MemberView, 'userId' | 'displayName'>;

const sideOptions = (lang: Lang): Option[] => SIDES.map((s) => ({ label: t(lang, `side.${s}`), value: s }));
const levelOptions = (lang: Lang): Option[] => LEVELS.map((l) => ({ label: t(lang, `level.${l}`), value: l }));
const none = (rows: boolean): Option[] => (rows ? [{ label: '—', value: NONE }] : []);

function choice(id: string, label: string, options: Option[], extra: Partial<Pick<Field, 'row' | 'lead' | 'beside'>> = {}): Field {
  return { kind: 'choice', style: 'select', id, label, options, optional: true, ...extra };
}

function memberFields(m: Markup, lang: Lang, p: Person, row: number, shape: TeamFormShape): Field[] {
  const id = p.userId;
  if (!shape.rows) {
    const name = p.displayName.slice(0, 100);
    return [
      choice(teamField.side(id), `${name} – ${t(lang, 'slack.side')}`, sideOptions(lang)),
      choice(teamField.level(id), `${name} – ${t(lang, 'slack.level')}`, levelOptions(lang)),
      // Said once, at the first coordinator choice: the page holds no room for another block (adapters/slack/team.ts PAGE_SIZE).
      { kind: 'toggle', id: teamField.coordinator(id), label: `${name} – ${t(lang, 'team.coordinator')}`, text: t(lang, 'slack.coordinatorOption'), optional: true, ...(row === 0 ? { hint: t(lang, 'team.coordinatorsHint') } : {}) },
    ];
  }
  return [
    choice(teamField.side(id), t(lang, 'teams.side'), [...sideOptions(lang), ...none(true)], { row, lead: [text(m.user(p.displayName, 100), { tone: 'strong' })] }),
    choice(teamField.level(id), t(lang, 'teams.level'), [...levelOptions(lang), ...none(true)], { row, beside: true }),
    { kind: 'toggle', id: teamField.coordinator(id), label: t(lang, 'teams.coordinator'), text: t(lang, 'teams.coordinator'), optional: true, row },
    { kind: 'toggle', id: teamField.remove(id), label: t(lang, 'teams.removeMember'), text: t(lang, 'teams.removeMember'), optional: true, row, beside: true },
  ];
}

function addFields(lang: Lang, shape: TeamFormShape): Field[] {
  if (!shape.rows) return [{ kind: 'people', id: 'add', label: t(lang, 'slack.addMembers'), optional: true }];
  if (!shape.canAdd) return [];
  return [
    { kind: 'people', id: 'add', label: t(lang, 'teams.addWho'), optional: true, before: [text(t(lang, 'teams.addMembers'), { tone: 'strong' })] },
    choice('addSide', t(lang, 'teams.addSide'), [...sideOptions(lang), ...none(true)]),
    choice('addLevel', t(lang, 'teams.addLevel'), [...levelOptions(lang), ...none(true)], { beside: true }),
  ];
}

/** The inputs for these members (Slack: one page of them); labels aside, what a submit is read by. */
export function teamFields(m: Markup, lang: Lang, members: readonly Person[], shape: TeamFormShape): Field[] {
  const fields = members.flatMap((p, row) => memberFields(m, lang, p, row, shape));
  const [first] = fields;
  // Who may coordinate is said above the rows, where each member's coordinator choice is (not under the people to add).
  if (shape.rows && first) fields[0] = { ...first, before: [text(t(lang, 'team.members'), { tone: 'strong' }), note(t(lang, 'team.coordinatorsHint'))] };
  return [...fields, ...addFields(lang, shape)];
}

function shownValues(members: readonly MemberView[], shape: TeamFormShape): Record<string, string> {
  const empty = shape.rows ? NONE : '';
  const values: Record<string, string> = shape.rows ? { addSide: NONE, addLevel: NONE } : {};
  for (const p of members) {
    values[teamField.side(p.userId)] = p.side ?? empty;
    values[teamField.level(p.userId)] = p.level ?? empty;
    values[teamField.coordinator(p.userId)] = String(p.isCoordinator);
    if (shape.rows) values[teamField.remove(p.userId)] = 'false';
  }
  return values;
}

/** `sent`: what a refused submit sent, shown again instead of what is stored. The form names its leerlijn, as every other does. */
export function teamForm(m: Markup, lang: Lang, leerlijnId: string, members: readonly MemberView[], shape: TeamFormShape, sent: Readonly<Record<string, string>> = {}): Form {
  return {
    id: TEAM_FORM,
    lang,
    title: t(lang, 'team.title'),
    submit: t(lang, 'team.submit'),
    close: t(lang, 'team.close'),
    intro: [heading(t(lang, 'team.title'))],
    fields: teamFields(m, lang, members, shape),
    values: { ...filled(shownValues(members, shape)), ...filled(sent) },
    data: { leerlijnId },
  };
}

/** One page of a team edited in pages (Slack: a modal holds at most 100 blocks). */
export interface TeamPage {
  /** Counted from 0. */
  page: number;
  pages: number;
  /** Who the page showed, in order: the submit still knows them if the team changed meanwhile. */
  ids: string[];
  /** Those of them still on the team, in that order: a member removed meanwhile is left out, the others keep their places. */
  members: MemberView[];
}

export const pageCount = (members: number, size: number): number => Math.max(1, Math.ceil(members / size));

/**
 * Page `wanted` of the team in pages of `size` members (the last page if the team has fewer now).
 * `again`: the people the page on screen showed, shown once more at the same places.
 */
export function teamFormPage(team: readonly MemberView[], size: number, wanted: number, again?: readonly string[]): TeamPage {
  const pages = pageCount(team.length, size);
  const page = again ? wanted : Math.min(wanted, pages - 1);
  const ids = again ? [...again] : team.slice(page * size, page * size + size).map((m) => m.userId);
  const members = team.filter((m) => ids.includes(m.userId)).sort((a, b) => ids.indexOf(a.userId) - ids.indexOf(b.userId));
  return { page, pages, ids, members };
}

/** Which page this is and whom it shows (`count` members from the `first`, counted from 1): one member is named as one. */
export function pageLine(lang: Lang, page: number, pages: number, first: number, count: number): string {
  if (count === 1) return t(lang, 'team.pageOne', { page: page + 1, pages, from: first });
  return t(lang, 'team.page', { page: page + 1, pages, from: first, to: first + count - 1 });
}

/** Above the inputs: why the page on screen could not be saved, which page this is, and the way back (`previous`: its button's action). */
function pagingBlocks(m: Markup, lang: Lang, at: TeamPage & { size: number }, submit: string, previous: string, problems?: readonly string[]): Block[] {
  const { page, pages } = at;
  const from = page * at.size;
  const back = t(lang, 'team.previous');
  const blocks: Block[] = [];
  if (problems) blocks.push(note(`${m.icon('warning')} ${t(lang, 'team.notSaved', { problems: problems.join(' ') })}`, 'team_problems'));
  if (pages > 1) {
    const lines = [pageLine(lang, page, pages, from + 1, at.ids.length)];
    if (page < pages - 1) lines.push(t(lang, 'team.pageNext', { submit }));
    if (page > 0) lines.push(t(lang, 'team.pageBack', { previous: back }), t(lang, 'team.pageSaved'));
    blocks.push(note(lines.join(' '), 'team_page'));
  }
  if (page > 0) blocks.push(buttons('team_nav', [button(back, previous, { page: String(page - 1) })]));
  return blocks;
}

/**
 * The team form of one page: its submit says whether a page follows; `saved`: an earlier page
 * saved something, and once one was, closing no longer undoes anything, so the button says "close".
 */
export function pagedTeamForm(m: Markup, lang: Lang, leerlijnId: string, at: TeamPage & { size: number; saved: boolean }, shape: TeamFormShape, previous: string, problems?: readonly string[]): Form {
  const submit = t(lang, at.page >= at.pages - 1 ? 'team.submit' : 'team.submitNext');
  const form = teamForm(m, lang, leerlijnId, at.members, shape);
  const close = t(lang, at.page > 0 || at.saved ? 'team.closeSaved' : 'team.close');
  return { ...form, intro: [...pagingBlocks(m, lang, at, submit, previous, problems), ...form.intro], submit, close };
}

/**
 * The flow's field (`coordinator.<userId>`, `member.<userId>` for the person as a whole) as the
 * form's: a member's own problem at their side, `add` and `coordinators` as they are, the rest 'form'.
 */
export function teamFieldOf(field: string): string {
  const [name = '', ...rest] = field.split('.');
  const id = rest.join('.');
  if (id && (name === 'side' || name === 'level' || name === 'remove')) return field;
  if (id && name === 'coordinator') return teamField.coordinator(id);
  if (id && name === 'member') return teamField.side(id);
  return field === 'add' || field === 'coordinators' ? field : 'form';
}

/** Nothing sent keeps what is stored; '' (a cleared Slack choice) and "—" clear it. */
function pick(sent: string | undefined): string | null | undefined {
  if (sent === undefined) return undefined;
  return sent === '' || sent === NONE ? null : sent;
}

/** What a team form sent for these members, by field id (`undefined`: the form did not send it). */
export function teamFormInput(userIds: readonly string[], sent: (fieldId: string) => string | undefined): TeamFormInput {
  const members = userIds.map((userId): MemberChoice => {
    const coordinator = sent(teamField.coordinator(userId));
    return {
      userId,
      side: pick(sent(teamField.side(userId))),
      level: pick(sent(teamField.level(userId))),
      isCoordinator: coordinator === undefined ? undefined : coordinator === 'true',
      remove: sent(teamField.remove(userId)) === 'true',
    };
  });
  const add = listOf(sent('add'));
  return { members, add, addAs: { side: pick(sent('addSide')) ?? null, level: pick(sent('addLevel')) ?? null } };
}
