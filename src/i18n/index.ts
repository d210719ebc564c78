// Message lookup. Keys are dotted paths into the Dutch catalogue, checked by the compiler;
// a missing parameter stays visible as `{name}` so a test or a user notices it.
import type { ErrorCode, ErrorParams, FieldError, UnrefusedCode } from '../app/errors.js';
import { ONDERDELEN, type Lang } from '../domain/instrument.js';
import type { ScheduleIssue } from '../domain/timeline.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { formatDate } from './format.js';
import { nl } from './nl.js';

export type { Lang } from '../domain/instrument.js';
export type { Catalog, DeepStringRecord } from './catalog.js';

/** Every dotted path to a leaf string, e.g. 'card.votedCount' | 'error.not_member'. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Catalog>;
export type Params = Readonly<Record<string, string | number>>;

export const DEFAULT_LANG: Lang = 'nl';

function flatten(tree: object, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') into.set(path, value);
    else if (typeof value === 'object' && value !== null) flatten(value, `${path}.`, into);
  }
  return into;
}

const FLAT: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  nl: flatten(nl, '', new Map()),
  en: flatten(en, '', new Map()),
};

/** All keys of a catalogue, flattened; for tests and tooling. */
export function catalogueKeys(lang: Lang): string[] {
  return [...FLAT[lang].keys()];
}

/** The raw template of a key, placeholders unfilled. */
export function template(lang: Lang, key: MessageKey): string {
  // The compiler guarantees the key exists in both catalogues; fall back to Dutch, then the key itself.
  return FLAT[lang].get(key) ?? FLAT.nl.get(key) ?? key;
}

export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(template(lang, key), params);
}

export function hasKey(key: string): key is MessageKey {
  return FLAT.nl.has(key);
}

/** A platform's locale as a language the bot speaks: 'nl', 'nl-NL', 'nl_BE' → nl; 'en', 'en-GB' → en; anything else → null. */
export function spokenLangOf(locale?: string | null): Lang | null {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'nl' ? primary : null;
}

/** As spokenLangOf, Dutch for anything else. */
export function langFrom(locale?: string | null): Lang {
  return spokenLangOf(locale) ?? DEFAULT_LANG;
}

/** `t` for a key built at runtime from a code; unknown codes fall back to `fallback`. */
export function tDynamic(lang: Lang, key: string, fallback: MessageKey, params?: Params): string {
  return t(lang, hasKey(key) ? key : fallback, params);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// An error's or a form field's params carry codes; the known ones become the catalogue's words before filling, an ISO
// date ('date', 'next') is written as the language writes dates, and a holiday is named in this language ('holiday_nl',
// 'holiday_en'). What is left is said as it came, through `echo` (escaping where markup is read: a name can be user text).
function localizeParams(lang: Lang, params: ErrorParams, echo?: (said: string) => string): Record<string, string | number> {
  const out: Record<string, string | number> = echo ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? echo(v) : v])) : { ...params };
  const code = (name: string): string | undefined => (typeof params[name] === 'string' ? String(params[name]) : undefined);
  const moment = code('moment');
  if (moment !== undefined) out['moment'] = tDynamic(lang, `moment.${moment}`, 'common.none');
  const kind = code('kind');
  if (kind !== undefined && hasKey(`meeting.inline.${kind}`)) out['kind'] = tDynamic(lang, `meeting.inline.${kind}`, 'common.none');
  const reason = code('reason');
  if (reason !== undefined) out['reason'] = tDynamic(lang, `schedule.issue.${reason}`, 'field.invalid', params);
  const onderdeel = ONDERDELEN.find((o) => o.code === code('onderdeel'));
  if (onderdeel) out['onderdeel'] = onderdeel.label[lang];
  for (const key of ['date', 'next']) {
    const value = code(key);
    if (value !== undefined && ISO_DATE.test(value)) out[key] = formatDate(lang, value);
  }
  const holiday = out[`holiday_${lang}`];
  if (holiday !== undefined) out['holiday'] = holiday;
  return out;
}

/** The user-facing text of a coded error (`AppError.code` / `.params`); `echo`: see localizeParams. */
export function tError(lang: Lang, code: ErrorCode | UnrefusedCode, params: ErrorParams = {}, echo?: (said: string) => string): string {
  // "10 of the 10" still missing reads as a riddle: with none agreed, the error's plain words where it has them.
  const noneAgreed = params['missing'] === ONDERDELEN.length && hasKey(`errorNoneAgreed.${code}`);
  const said = tDynamic(lang, noneAgreed ? `errorNoneAgreed.${code}` : `error.${code}`, 'error.internal', localizeParams(lang, params, echo));
  const owner = params['owner'];
  // Said to someone on the team pressing an action's button that is no longer theirs (app/actions.ts): whose it is now.
  if (typeof owner === 'string') return `${said} ${t(lang, 'refusal.ownerIs', { owner: echo ? echo(owner) : owner })}`;
  const coordinators = params['coordinators'];
  // Said to someone on the team (a refusal of a coordinator's task, a vote after the close): who the coordinator
  // is now, by name (app/context.ts, one a line), as echoed text.
  if (typeof coordinators !== 'string') return said;
  const names = coordinators.split('\n').map((name) => (echo ? echo(name) : name));
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${t(lang, 'common.and')} ${names.at(-1)!}`;
  return `${said} ${t(lang, names.length === 1 ? 'refusal.coordinatorIs' : 'refusal.coordinatorsAre', { coordinators: listed })}`;
}

/** The text next to a form field; schemas use keys under `field.`, anything else reads as 'invalid'. */
export function tField(lang: Lang, error: Pick<FieldError, 'message' | 'params'>): string {
  return tDynamic(lang, `field.${error.message}`, 'field.invalid', error.params && localizeParams(lang, error.params));
}

/** Issues whose sentence begins with the meeting it is about: saying the meeting before it would say it twice. */
const NAMES_ITS_MEETING: ReadonlySet<ScheduleIssue['code']> = new Set(['actieplan_late', 'terugkom_late', 'eindevaluatie_early']);

/** A schedule issue as a sentence: "De actieplanbijeenkomst valt …", "Actieplanbijeenkomst: deze bijeenkomst valt in het weekend." */
export function tScheduleIssue(lang: Lang, issue: ScheduleIssue): string {
  const text = t(lang, `schedule.issue.${issue.code}`, issue.days === undefined ? {} : { days: issue.days });
  if (NAMES_ITS_MEETING.has(issue.code)) return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return `${t(lang, `meeting.${issue.kind}`)}: ${text}`;
}
