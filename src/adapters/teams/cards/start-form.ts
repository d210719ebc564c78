// The start form: school, youth-work organisation, kind, language, first meeting, team from the
// channel roster, coordinator(s) and the three randvoorwaarden.
import { REGIONS } from '../../../domain/school-holidays.js';
import { LANGS, type Lang } from '../../../domain/instrument.js';
import { RANDVOORWAARDEN } from '../../../domain/team.js';
import { t } from '../../../i18n/index.js';
import { adaptiveCard, choices, heading, note, submit, text, tt, type AdaptiveCard, type Element } from './common.js';

export interface RosterEntry {
  userId: string;
  name: string;
}

/** What the user typed, as the card sends it back (all strings), so a rejected form keeps it. */
export type StartValues = Partial<Record<string, string>>;

export const START_FORM = 'start';

function error(errors: ReadonlyMap<string, string>, ...ids: string[]): Element[] {
  const message = ids.map((id) => errors.get(id)).find(Boolean);
  return message ? [text(message, { color: 'Attention', size: 'Small', spacing: 'None' })] : [];
}

function input(type: string, id: string, label: string, values: StartValues, extra: Record<string, unknown> = {}): Element {
  const value = values[id];
  return { type, id, label, ...(value !== undefined && value !== '' ? { value } : {}), ...extra };
}

function rosterChoice(id: string, label: string, roster: readonly RosterEntry[], values: StartValues, fallback: string): Element {
  const value = values[id] ?? fallback;
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    isMultiSelect: true,
    style: 'filtered',
    choices: choices(roster.map((r) => ({ title: r.name, value: r.userId }))),
    ...(value ? { value } : {}),
  };
}

export function startFormCard(
  lang: Lang,
  roster: readonly RosterEntry[],
  values: StartValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
  actorId?: string,
): AdaptiveCard {
  const body: Element[] = [
    heading(t(lang, 'start.title')),
    note(tt(lang, 'privacy.notice')),
    input('Input.Text', 'schoolName', t(lang, 'start.school'), values, { maxLength: 150 }),
    ...error(errors, 'schoolName'),
    input('Input.Text', 'youthOrgName', t(lang, 'start.youthOrg'), values, { maxLength: 150 }),
    ...error(errors, 'youthOrgName'),
    {
      ...input('Input.ChoiceSet', 'kind', t(lang, 'start.kind'), values),
      style: 'expanded',
      choices: (['bestaand', 'nieuw'] as const).map((k) => ({ title: `${t(lang, `kind.${k}`)}: ${t(lang, `kind.help.${k}`)}`, value: k })),
    },
    ...error(errors, 'kind'),
    // A leerlijn speaks one language to the whole team; it starts in the configured default.
    {
      ...input('Input.ChoiceSet', 'lang', t(lang, 'start.lang'), values),
      value: values.lang || lang,
      choices: LANGS.map((l) => ({ title: t(lang, `start.langName.${l}`), value: l })),
    },
    ...error(errors, 'lang'),
    { ...input('Input.ChoiceSet', 'region', t(lang, 'start.region'), values), isRequired: false, placeholder: t(lang, 'start.regionHint'), choices: REGIONS.map((r) => ({ title: t(lang, `guide.region.${r}`), value: r })) },
    ...error(errors, 'region'),
    input('Input.Date', 'startDate', t(lang, 'start.startDate'), values),
    ...error(errors, 'startDate'),
    input('Input.Time', 'startTime', t(lang, 'start.startTime'), values),
    ...error(errors, 'startTime'),
    text(t(lang, 'start.members'), { weight: 'Bolder', spacing: 'Medium' }),
    note(t(lang, 'start.membersHint')),
    rosterChoice('school', t(lang, 'side.school'), roster, values, ''),
    rosterChoice('jongerenwerk', t(lang, 'side.jongerenwerk'), roster, values, ''),
    rosterChoice('managers', t(lang, 'level.manager'), roster, values, ''),
    ...error(errors, 'members'),
    rosterChoice('coordinators', t(lang, 'start.coordinators'), roster, values, actorId ?? ''),
    note(t(lang, 'start.coordinatorsHint')),
    ...error(errors, 'coordinators'),
    text(t(lang, 'start.randvoorwaarden'), { weight: 'Bolder', spacing: 'Medium' }),
    note(t(lang, 'start.randvoorwaardenHint')),
    ...RANDVOORWAARDEN.map((r) => ({
      type: 'Input.Toggle',
      id: r,
      title: t(lang, `randvoorwaarde.${r}`),
      value: values[r] ?? 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    })),
  ];
  if (errors.size > 0) body.splice(1, 0, text(t(lang, 'error.invalid_input'), { color: 'Attention' }));
  return adaptiveCard(body, [submit(t(lang, 'start.submit'), START_FORM)]);
}
