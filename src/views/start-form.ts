// The start form, written once for both platforms (drawn by Slack's toModal and Teams'
// toFormCard): the school, the youth-work organisation, the kind, the language, the first
// meeting, the team and the randvoorwaarden. Field ids are the use case's (`schoolName`);
// Slack's modal keeps the block ids it has always had (adapters/slack/start.ts startBlock). What a submit
// starts, and who hears it, is app/flows/data.ts's.
import type { Lang } from '../domain/instrument.js';
import { LANGS } from '../domain/instrument.js';
import { REGIONS } from '../domain/school-holidays.js';
import { RANDVOORWAARDEN } from '../domain/team.js';
import { t } from '../i18n/index.js';
import { heading, note, text } from './doc.js';
import { filled, listOf as list, type Field, type Form } from './form.js';
import type { Markup } from './markup.js';

export const START_FORM = 'start';

/**
 * How the platform draws the form; the team is asked the same on both (teamFields), under the
 * privacy promise (a channel that starts at once has heard it nowhere yet). `card` (Teams): the
 * randvoorwaarden as toggles, a time picker, the language as a select. Slack's modal: the
 * randvoorwaarden as one list of checks, a typed time with how to write it.
 */
export interface StartFormShape {
  card: boolean;
}

/**
 * The team, on both platforms: who is on which side, who manages; everyone else is uitvoerder.
 * Every meeting wants both sides and both levels, so the start asks them rather than leave
 * people "zonder kant" to be placed afterwards.
 */
export const SIDE_FIELDS = ['school', 'jongerenwerk', 'managers'] as const;

function aboutFields(lang: Lang, shape: StartFormShape): Field[] {
  return [
    { kind: 'text', id: 'schoolName', label: t(lang, 'start.school'), max: 150 },
    { kind: 'text', id: 'youthOrgName', label: t(lang, 'start.youthOrg'), max: 150 },
    { kind: 'choice', id: 'kind', label: t(lang, 'start.kind'), style: 'radio', options: (['bestaand', 'nieuw'] as const).map((k) => ({ label: t(lang, `kind.${k}`), help: t(lang, `kind.help.${k}`), value: k })) },
    // The leerlijn's language for the whole team (preset: startForm's teamLang). Slack says nothing of its typer's
    // language (app/places.ts placeLang), so its modal is drawn in the one chosen here as soon as it is chosen;
    // Teams' card speaks its typer's already.
    {
      kind: 'choice', id: 'lang', label: t(lang, 'start.lang'), style: shape.card ? 'select' : 'radio', ...(shape.card ? {} : { redraws: true }),
      options: LANGS.map((l) => ({ label: t(lang, `start.langName.${l}`), value: l })),
    },
    {
      kind: 'choice', id: 'region', label: t(lang, 'start.region'), style: 'select', optional: true,
      options: REGIONS.map((r) => ({ label: t(lang, `guide.region.${r}`), value: r })), hint: t(lang, 'start.regionHint'),
    },
    { kind: 'date', id: 'startDate', label: t(lang, 'start.startDate') },
    // Teams has a time picker; Slack's typed time says how to write it.
    { kind: 'time', id: 'startTime', label: t(lang, 'start.startTime'), ...(shape.card ? {} : { hint: t(lang, 'start.startTimeHint') }) },
  ];
}

/** Nobody is preset on a side or as manager: the platform cannot know either. */
function teamFields(m: Markup, lang: Lang): Field[] {
  const coordinators: Field = { kind: 'people', id: 'coordinators', label: t(lang, 'start.coordinators'), hint: t(lang, 'start.coordinatorsHint') };
  const labels = { school: t(lang, 'side.school'), jongerenwerk: t(lang, 'side.jongerenwerk'), managers: t(lang, 'level.manager') };
  const before = [text(m.t(lang, 'start.members'), { tone: 'strong' }), note(m.t(lang, 'start.membersHint'))];
  // Each may stay empty: a side or level nobody is on yet is warned about, not refused (domain/team.ts).
  // A manager has a side too: named only here, the start is refused (app/leerlijn.ts side_everyone).
  const managersHint = { hint: t(lang, 'start.managersHint') };
  const extras = (id: (typeof SIDE_FIELDS)[number], i: number) => ({ ...(i === 0 ? { before } : {}), ...(id === 'managers' ? managersHint : {}) });
  return [...SIDE_FIELDS.map((id, i): Field => ({ kind: 'people', id, label: labels[id], optional: true, ...extras(id, i) })), coordinators];
}

function randvoorwaardenFields(m: Markup, lang: Lang, shape: StartFormShape): Field[] {
  const label = t(lang, 'start.randvoorwaarden');
  if (!shape.card) {
    const hint = [t(lang, 'start.randvoorwaardenHint'), ...RANDVOORWAARDEN.map((r) => t(lang, `randvoorwaarde.${r}`))].join(' ');
    return [{ kind: 'checks', id: 'randvoorwaarden', label, optional: true, hint, options: RANDVOORWAARDEN.map((r) => ({ label: t(lang, `randvoorwaarde.label.${r}`), value: r })) }];
  }
  const before = [text(label, { tone: 'strong' }), note(m.t(lang, 'start.randvoorwaardenHint'))];
  return RANDVOORWAARDEN.map((r, i): Field => ({ kind: 'toggle', id: r, label: t(lang, `randvoorwaarde.${r}`), text: t(lang, `randvoorwaarde.${r}`), ...(i === 0 ? { before } : {}) }));
}

/** Over 100 names a list to pick from is no help, and Teams' card grows towards its 80 KB. */
const MAX_START_PEOPLE = 100;

/**
 * The people Teams' start form offers in its pickers (Slack's pickers offer the workspace): those in the
 * channel or team without the bot, which never votes, at most 100, the starter always among them.
 * `inPlace` null: the platform would not say; the form still opens, with the starter alone.
 */
export function startPeople<P extends { userId: string }>(inPlace: readonly P[] | null, botId: string | undefined, starter: P): P[] {
  const others = (inPlace ?? []).filter((p) => p.userId !== botId && p.userId !== starter.userId);
  return [starter, ...others].slice(0, MAX_START_PEOPLE);
}

/**
 * The people the form shown again after a refused submit offers: those the first showing did
 * (startPeople, the same cap), then anyone picked in it who is not among them now (the team's
 * people changed meanwhile, or could not be read this time), so no pick is lost.
 */
export function startPeopleAgain<P extends { userId: string }>(inPlace: readonly P[] | null, botId: string | undefined, starter: P, picked: readonly P[]): P[] {
  const offered = startPeople(inPlace, botId, starter);
  const shown = new Set(offered.map((p) => p.userId));
  return [...offered, ...picked.filter((p) => !shown.has(p.userId))];
}

/**
 * `lang`: the form's words, the starter's; `teamLang`: the leerlijn's language it offers first, the
 * deployment's (the school's), as the whole team reads in it: a coordinator who uses Teams in
 * English reads the form in English but starts a Dutch leerlijn unless they choose otherwise.
 * `starter`: the first coordinator; `sent`: what a refused submit sent, shown again.
 */
export function startForm(m: Markup, lang: Lang, shape: StartFormShape, starter: string, sent: Sent = {}, teamLang: Lang = lang): Form {
  // The usual time of a meeting after school, on both platforms.
  const preset: Record<string, string> = { startTime: '15:30' };
  return {
    id: START_FORM,
    lang,
    title: t(lang, 'start.title'),
    submit: t(lang, 'start.submit'),
    close: t(lang, 'start.close'),
    intro: [heading(t(lang, 'start.title')), note(m.t(lang, 'privacy.notice'))],
    fields: [...aboutFields(lang, shape), ...teamFields(m, lang), ...randvoorwaardenFields(m, lang, shape)],
    values: { lang: teamLang, coordinators: starter, ...preset, ...filled(sent) },
    data: {},
  };
}

type Sent = Readonly<Record<string, string | undefined>>;
interface MemberSent {
  userId: string;
  displayName: string;
  side?: string | null;
  level?: string;
}

/** Who the form picked for the school side, the youth work side and as managers. */
function sidesSent(sent: Sent): { school: string[]; youth: string[]; managers: string[] } {
  const [school = [], youth = [], managers = []] = SIDE_FIELDS.map((id) => list(sent[id]));
  return { school, youth, managers };
}

/** Everyone a start form names, each once: the sides, the coordinators and the managers. */
export function peopleSent(sent: Sent): string[] {
  const { school, youth, managers } = sidesSent(sent);
  return [...new Set([...school, ...youth, ...list(sent.coordinators), ...managers])];
}

/** The input of the start form that shows a field's problem. The team as a whole has no input: its problem shows under the last side it is picked by. */
export function sidesFieldOf(field: string): string {
  const name = field.split('.')[0] ?? field;
  return name === 'members' ? 'managers' : name;
}

/**
 * How a platform names the people a start form sent. `later` (Slack): only those on no side are
 * named now, as the refusal names them; the others are stored under their ids and named after
 * the start (flows/data.ts nameTheTeam), so the form is answered before anyone's name is asked.
 */
export interface NameSent {
  nameOf: (userId: string) => Promise<string>;
  later: boolean;
}

/** The people and their sides as the form sent them. */
async function membersSent(sent: Sent, naming: NameSent): Promise<MemberSent[]> {
  const { school, youth, managers } = sidesSent(sent);
  return Promise.all(peopleSent(sent).map(async (userId) => {
    const side = school.includes(userId) ? 'school' : youth.includes(userId) ? 'jongerenwerk' : null;
    const displayName = naming.later && side !== null ? userId : await naming.nameOf(userId);
    return { userId, displayName, side, level: managers.includes(userId) ? 'manager' : 'uitvoerder' };
  }));
}

/**
 * What a start form sent, as the use case reads it (and checks: an empty kind is its error);
 * `at.lang`: the form's language, the leerlijn's unless another was chosen.
 */
export async function startFormInput(sent: Sent, shape: StartFormShape, at: { channelId: string; lang: Lang }, naming: NameSent): Promise<Record<string, unknown>> {
  const checked = list(sent.randvoorwaarden);
  const on = (r: string): boolean => (shape.card ? sent[r] === 'true' : checked.includes(r));
  return {
    channelId: at.channelId,
    kind: sent.kind ?? '',
    schoolName: sent.schoolName ?? '',
    youthOrgName: sent.youthOrgName ?? '',
    startDate: sent.startDate ?? '',
    startTime: (sent.startTime ?? '').trim(),
    lang: sent.lang || at.lang,
    region: sent.region || null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, on(r)])),
    coordinators: list(sent.coordinators),
    members: await membersSent(sent, naming),
    // Managers and coordinators are named in their own fields: the use case asks their side too.
    sidesAsked: true,
  };
}
