// Actieplan (step 2): the plan as it stands and the form to add an onderdeel with its
// actions (wie and wanneer), lowest week-1 scores offered first.
import { type Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { dueDateText, onderdeelTitle, week1ScoreText } from '../../../i18n/phrases.js';
import type { ActionPlanView, ActionView, MemberView, PlanItemView } from '../../../app/views.js';
import { adaptiveCard, container, heading, note, submit, subheading, text, userText, type AdaptiveCard, type Element, type Json } from './common.js';

export const PLAN_FORM = 'plan';
export const ACTION_ROWS = 3;

export type FormValues = Partial<Record<string, string>>;

/** A member's name for a TextBlock or Fact: names come from the roster, so they are escaped like any user text. */
export function nameOf(members: readonly MemberView[], userId: string): string {
  return userText(members.find((m) => m.userId === userId)?.displayName ?? userId, 100);
}

/** One action; its last note under it, as in Slack, so a coordinator reads why it is stuck. */
export function actionLine(lang: Lang, a: ActionView, members: readonly MemberView[]): string {
  const overdue = a.overdue ? ` · ⚠️ ${t(lang, 'action.overdue')}` : '';
  const note = a.lastNote ? `\n\n_${t(lang, 'action.lastNote', { note: userText(a.lastNote, 300) })}_` : '';
  return `• ${userText(a.description, 300)} — ${t(lang, 'action.owner')}: ${nameOf(members, a.ownerUserId)} · ${t(lang, 'action.due')}: ${dueDateText(lang, a.dueDate)} · ${t(lang, `action.status.${a.status}`)}${overdue}${note}`;
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

function planItem(lang: Lang, item: PlanItemView, members: readonly MemberView[]): Element {
  return container(
    [
      subheading(onderdeelTitle(lang, item.onderdeel)),
      text(`**${t(lang, 'plan.watKanBeter')}** ${userText(item.watKanBeter, 1000)}`),
      text(`**${t(lang, 'plan.gewensteEindsituatie')}** ${userText(item.gewensteEindsituatie, 1000)}`),
      ...item.actions.map((a) => text(actionLine(lang, a, members), { size: 'Small' })),
    ],
    { separator: true },
  );
}

function planItems(view: ActionPlanView, members: readonly MemberView[]): Element[] {
  const { lang } = view;
  if (view.items.length === 0) return [text(t(lang, 'plan.empty'), { isSubtle: true })];
  return view.items.map((item) => planItem(lang, item, members));
}

/** One onderdeel of the actieplan as just saved, for the team's channel. */
export function planItemCard(view: ActionPlanView, onderdeel: string, members: readonly MemberView[]): AdaptiveCard {
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  return adaptiveCard([heading(t(view.lang, 'plan.heading')), ...(item ? [planItem(view.lang, item, members)] : [])]);
}

export function planCard(
  view: ActionPlanView,
  members: readonly MemberView[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const { lang } = view;
  const onderdelen = view.suggestedOrder.map((code) => {
    const score = view.week1Scores[code];
    const suffix = score === undefined ? '' : ` (${week1ScoreText(lang, score)})`;
    return { title: `${onderdeelTitle(lang, code)}${suffix}`, value: code };
  });
  const form = [
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' })] : []),
    field('Input.ChoiceSet', 'onderdeel', t(lang, 'plan.button.add'), values, { choices: onderdelen, value: values.onderdeel ?? view.suggestedOrder[0] }),
    ...errorLine(errors, 'onderdeel'),
    field('Input.Text', 'watKanBeter', t(lang, 'plan.watKanBeter'), values, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'watKanBeter'),
    field('Input.Text', 'gewensteEindsituatie', t(lang, 'plan.gewensteEindsituatie'), values, { isMultiline: true, maxLength: 1000 }),
    ...errorLine(errors, 'gewensteEindsituatie'),
    subheading(t(lang, 'plan.actions')),
    ...errorLine(errors, 'actions'),
    ...actionRows(lang, 'actions', members, values, errors),
  ];
  const body = [heading(t(lang, 'plan.heading')), note(t(lang, 'plan.intro')), ...planItems(view, members)];
  const formCard = adaptiveCard(form, [submit(t(lang, 'plan.submit'), PLAN_FORM)]);
  // A rejected submit shows the form open, with the values and errors; otherwise it is one click away.
  if (errors.size > 0 || Object.keys(values).length > 0) return adaptiveCard([...body, ...form], [submit(t(lang, 'plan.submit'), PLAN_FORM)]);
  return adaptiveCard(body, [{ type: 'Action.ShowCard', title: t(lang, 'plan.button.add'), card: formCard }]);
}
