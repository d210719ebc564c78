// Actieplan (step 2): the plan as it stands and the form to add an onderdeel with its
// actions (wie and wanneer), lowest week-1 scores offered first.
import { type Lang, type OnderdeelCode } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { onderdeelTitle } from '../../../i18n/phrases.js';
import { actionLine as neutralActionLine, PLAN_OPEN, planDoc, planItemDoc, planMenuDoc } from '../../../views/plan.js';
import { nameOf, teamsMarkup, toAdaptiveCard } from './doc.js';
import type { ActionPlanView, ActionView, MemberView } from '../../../app/views.js';
import { planFormValues } from '../../../app/flows/open-forms.js';
import { adaptiveCard, container, heading, note, submit, subheading, text, type AdaptiveCard, type Element, type Json } from './common.js';

export const PLAN_FORM = 'plan';
/** The button beside an onderdeel that opens its form. */
export { PLAN_OPEN };
export const ACTION_ROWS = 3;

export type FormValues = Partial<Record<string, string>>;

export { nameOf };

/** One action, its owner by name (Teams has no mentions in cards). */
export function actionLine(lang: Lang, a: ActionView, members: readonly MemberView[]): string {
  return neutralActionLine(teamsMarkup(members), lang, a);
}

/** A form opens with what was saved (nothing where nothing was); a refused one comes back with what was sent. */
export function openedWith(sent: FormValues, saved: Readonly<Record<string, string | null>>): FormValues {
  if (Object.keys(sent).length > 0) return sent;
  return Object.fromEntries(Object.entries(saved).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export function errorLine(errors: ReadonlyMap<string, string>, id: string): Element[] {
  const message = errors.get(id);
  return message ? [text(message, { color: 'Attention', size: 'Small', spacing: 'None' })] : [];
}

export function field(type: string, id: string, label: string, values: FormValues, extra: Json = {}): Element {
  const value = values[id];
  return { type, id, label, ...(value ? { value } : {}), ...extra };
}

/** Rows of action inputs named like the use case's fields (`<prefix>.<i>.description`), so errors land beside them. */
export function actionRows(lang: Lang, prefix: string, members: readonly MemberView[], values: FormValues, errors: ReadonlyMap<string, string>): Element[] {
  const people = members.map((m) => ({ title: m.displayName, value: m.userId }));
  const rows: Element[] = [];
  for (let i = 0; i < ACTION_ROWS; i++) {
    const id = (name: string): string => `${prefix}.${i}.${name}`;
    rows.push(
      container(
        [
          field('Input.Text', id('description'), `${i + 1}. ${t(lang, 'plan.description')}`, values, { maxLength: 500 }),
          ...errorLine(errors, id('description')),
          field('Input.ChoiceSet', id('ownerUserId'), t(lang, 'plan.owner'), values, { choices: people, style: 'filtered' }),
          ...errorLine(errors, id('ownerUserId')),
          field('Input.Date', id('dueDate'), t(lang, 'plan.due'), values),
          ...errorLine(errors, id('dueDate')),
        ],
        { separator: true },
      ),
    );
  }
  return rows;
}

/** One onderdeel of the actieplan as just saved, for the team's channel. */
export const planItemCard = (view: ActionPlanView, onderdeel: OnderdeelCode, members: readonly MemberView[]): AdaptiveCard =>
  toAdaptiveCard(planItemDoc(teamsMarkup(members), view, onderdeel));

/** The whole actieplan, for the team's channel. */
export const wholePlanCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planDoc(teamsMarkup(members), view));

/** The actieplan as it stands: each onderdeel, lowest week-1 score first, with a button that opens its own form. */
export const planCard = (view: ActionPlanView, members: readonly MemberView[]): AdaptiveCard => toAdaptiveCard(planMenuDoc(teamsMarkup(members), view));

/**
 * One onderdeel's form, opened with what was saved of it (app/flows/open-forms.ts); a refused
 * submit comes back with the values sent and the reasons beside them.
 */
export function planFormCard(
  view: ActionPlanView,
  onderdeel: OnderdeelCode,
  members: readonly MemberView[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const { lang } = view;
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const filled = openedWith(values, planFormValues(item));
  const body: Element[] = [
    heading(t(lang, 'plan.heading')),
    subheading(onderdeelTitle(lang, onderdeel)),
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' })] : []),
    ...errorLine(errors, 'onderdeel'),
    field('Input.Text', 'watKanBeter', t(lang, 'plan.watKanBeter'), filled, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'watKanBeter'),
    field('Input.Text', 'gewensteEindsituatie', t(lang, 'plan.gewensteEindsituatie'), filled, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'gewensteEindsituatie'),
    // The actions it has stay when it is saved; the rows add new ones.
    ...(item && item.actions.length > 0 ? [note(t(lang, 'plan.existingActions')), ...item.actions.map((a) => text(actionLine(lang, a, members), { size: 'Small' }))] : []),
    subheading(t(lang, 'plan.actions')),
    ...errorLine(errors, 'actions'),
    ...actionRows(lang, 'actions', members, filled, errors),
  ];
  return adaptiveCard(body, [submit(t(lang, 'plan.submit'), PLAN_FORM, { onderdeel })]);
}
