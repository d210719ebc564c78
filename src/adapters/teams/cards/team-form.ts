// The coordinator's team form: per member side, level, coordinator and remove; people from the
// channel roster can be added. Inputs are keyed by user id (`side.<userId>`), so a rejected
// submit shows the same form with every value kept and each error beside its member.
import type { Lang } from '../../../domain/instrument.js';
import { LEVELS, SIDES } from '../../../domain/team.js';
import { t } from '../../../i18n/index.js';
import type { MemberView } from '../../../app/views.js';
import { adaptiveCard, container, heading, note, submit, subheading, text, userText, type AdaptiveCard, type Element } from './common.js';
import { errorLine, type FormValues } from './plan.js';
import type { RosterEntry } from './start-form.js';

export const TEAM_FORM = 'team';
/** The "—" choice: no side or level. An empty ChoiceSet value would mean "not sent". */
export const NONE = 'none';
/** Over ~100 names a filtered list is no help and the card grows towards Teams' 80 KB. */
export const MAX_CANDIDATES = 100;

export const teamInput = {
  side: (userId: string): string => `side.${userId}`,
  level: (userId: string): string => `level.${userId}`,
  coordinator: (userId: string): string => `coord.${userId}`,
  remove: (userId: string): string => `remove.${userId}`,
  /** Not an input: where errors about the member as a whole are shown. */
  member: (userId: string): string => `member.${userId}`,
};

function choiceSet(id: string, label: string, options: ReadonlyArray<{ title: string; value: string }>, value: string): Element {
  return { type: 'Input.ChoiceSet', id, label, choices: options, value };
}

function toggle(id: string, title: string, value: string): Element {
  return { type: 'Input.Toggle', id, title, value, valueOn: 'true', valueOff: 'false', wrap: true };
}

function column(items: Element[]): Element {
  return { type: 'Column', width: 'stretch', items };
}

function sideChoices(lang: Lang) {
  return [...SIDES.map((s) => ({ title: t(lang, `side.${s}`), value: s })), { title: '—', value: NONE }];
}

function levelChoices(lang: Lang) {
  return [...LEVELS.map((l) => ({ title: t(lang, `level.${l}`), value: l })), { title: '—', value: NONE }];
}

function memberBlock(lang: Lang, m: MemberView, values: FormValues, errors: ReadonlyMap<string, string>): Element {
  const id = m.userId;
  const side = teamInput.side(id);
  const level = teamInput.level(id);
  const coordinator = teamInput.coordinator(id);
  const remove = teamInput.remove(id);
  return container(
    [
      text(userText(m.displayName, 100), { weight: 'Bolder' }),
      ...errorLine(errors, teamInput.member(id)),
      {
        type: 'ColumnSet',
        columns: [
          column([choiceSet(side, t(lang, 'teams.side'), sideChoices(lang), values[side] ?? m.side ?? NONE), ...errorLine(errors, side)]),
          column([choiceSet(level, t(lang, 'teams.level'), levelChoices(lang), values[level] ?? m.level ?? NONE), ...errorLine(errors, level)]),
        ],
      },
      {
        type: 'ColumnSet',
        columns: [
          column([toggle(coordinator, t(lang, 'teams.coordinator'), values[coordinator] ?? String(m.isCoordinator)), ...errorLine(errors, coordinator)]),
          column([toggle(remove, t(lang, 'teams.removeMember'), values[remove] ?? 'false'), ...errorLine(errors, remove)]),
        ],
      },
    ],
    { separator: true },
  );
}

function addBlock(lang: Lang, candidates: readonly RosterEntry[], values: FormValues, errors: ReadonlyMap<string, string>): Element[] {
  if (candidates.length === 0) return [];
  return [
    subheading(t(lang, 'teams.addMembers')),
    {
      type: 'Input.ChoiceSet',
      id: 'add',
      label: t(lang, 'teams.addMembers'),
      isMultiSelect: true,
      style: 'filtered',
      choices: candidates.slice(0, MAX_CANDIDATES).map((c) => ({ title: c.name, value: c.userId })),
      ...(values.add ? { value: values.add } : {}),
    },
    ...errorLine(errors, 'add'),
    {
      type: 'ColumnSet',
      columns: [
        column([choiceSet('addSide', t(lang, 'teams.addSide'), sideChoices(lang), values.addSide ?? NONE)]),
        column([choiceSet('addLevel', t(lang, 'teams.addLevel'), levelChoices(lang), values.addLevel ?? NONE)]),
      ],
    },
  ];
}

/** `candidates`: roster members not on the team yet. Errors keyed by input id; 'coordinators' and 'form' show on top. */
export function teamFormCard(
  lang: Lang,
  members: readonly MemberView[],
  candidates: readonly RosterEntry[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  // Without people to add there is no add field to stand beside.
  const top = ['coordinators', 'form', ...(candidates.length === 0 ? ['add'] : [])].flatMap((id) => errorLine(errors, id));
  const body: Element[] = [
    heading(t(lang, 'team.title')),
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' })] : []),
    ...top,
    subheading(t(lang, 'team.members')),
    ...members.map((m) => memberBlock(lang, m, values, errors)),
    ...addBlock(lang, candidates, values, errors),
    note(t(lang, 'start.coordinatorsHint')),
  ];
  return adaptiveCard(body, [submit(t(lang, 'team.submit'), TEAM_FORM)]);
}
