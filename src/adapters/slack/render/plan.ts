// The actieplan, the action lists with status buttons, and the evaluation menus.
import type { ActionPlanView, ActionView, EvaluationView, PlanItemView } from '../../../app/views.js';
import { countText } from '../../../i18n/counts.js';
import { t, type Lang } from '../../../i18n/index.js';
import { bereiktText, dueDateText, scoreText, week1ScoreText } from '../../../i18n/phrases.js';
import { safeText, userMention } from '../mrkdwn.js';
import { actions, button, context, header, linesToSections, section, type Block, type Rendered } from './blocks.js';
import { onderdeelTitle } from './cards.js';

export const PLAN_OPEN_ACTION = 'plan_open';
export const PLAN_POST_ACTION = 'plan_post';
export const STATUS_ACTION = 'action_status';
export const STATUS_NOTE_ACTION = 'action_note';
export const EVAL_OPEN_ACTION = 'eval_open';

/** One action; `withOnderdeel` where no onderdeel heading above it says what it belongs to. */
export function actionLine(lang: Lang, a: ActionView, withOnderdeel = false): string {
  const overdue = a.overdue ? ` · :alarm_clock: ${t(lang, 'action.overdue')}` : '';
  const note = a.lastNote ? `\n_${t(lang, 'action.lastNote', { note: safeText(a.lastNote, 300) })}_` : '';
  const where = withOnderdeel ? `\n${onderdeelTitle(a.onderdeel, lang)}` : '';
  return `• ${safeText(a.description, 500)} — ${userMention(a.ownerUserId)}, ${dueDateText(lang, a.dueDate)} · ${t(lang, `action.status.${a.status}`)}${overdue}${where}${note}`;
}

/** Mentions as one phrase, "a, b en c", for telling someone whom to reach in person. */
export function mentionList(lang: Lang, userIds: readonly string[]): string {
  const names = userIds.map(userMention);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t(lang, 'common.and')} ${names.at(-1)}`;
}

export { soonestFirst } from '../../../app/present.js';

/** The actions already in an onderdeel, read-only in its modal: they are kept when it is saved. */
export function existingActionsContext(lang: Lang, list: readonly ActionView[]): Block[] {
  if (list.length === 0) return [];
  return [context([`*${t(lang, 'plan.existingActions')}*`, ...list.map((a) => actionLine(lang, a))].join('\n'), 'existing_actions')];
}

function itemLines(lang: Lang, item: PlanItemView): string[] {
  return [
    `*${onderdeelTitle(item.onderdeel, lang)}*`,
    `*${t(lang, 'plan.watKanBeter')}* ${safeText(item.watKanBeter, 1000)}`,
    `*${t(lang, 'plan.gewensteEindsituatie')}* ${safeText(item.gewensteEindsituatie, 1000)}`,
    ...item.actions.map((a) => actionLine(lang, a)),
  ];
}

export function renderPlanItem(lang: Lang, item: PlanItemView): Rendered {
  return { text: `${t(lang, 'plan.heading')}: ${onderdeelTitle(item.onderdeel, lang)}`, blocks: linesToSections([itemLines(lang, item).join('\n')]) };
}

export function renderPlan(view: ActionPlanView): Rendered {
  const lang = view.lang;
  const blocks: Block[] = [header(t(lang, 'plan.heading'))];
  if (view.items.length === 0) blocks.push(section(t(lang, 'plan.empty')));
  for (const item of view.items) blocks.push(...linesToSections([itemLines(lang, item).join('\n')]));
  return { text: t(lang, 'plan.heading'), blocks };
}

/** The plan as it stands, onderdelen lowest week-1 score first, each with a button to fill it in or change it. */
export function renderPlanMenu(view: ActionPlanView): Rendered {
  const lang = view.lang;
  const items = new Map(view.items.map((i) => [i.onderdeel, i]));
  const blocks: Block[] = [header(t(lang, 'plan.heading')), section(t(lang, 'plan.intro'))];
  for (const code of view.suggestedOrder) {
    const score = view.week1Scores[code];
    const week1 = score === undefined ? '' : ` · ${week1ScoreText(lang, score)}`;
    const item = items.get(code);
    const mark = item ? ' :white_check_mark:' : '';
    const label = item ? t(lang, 'plan.button.edit') : t(lang, 'evaluation.button.fill');
    // What is filled in already shows under its title, as in Teams' plan.
    const filled = item ? `\n${itemLines(lang, item).slice(1).join('\n')}` : '';
    blocks.push(section(`*${onderdeelTitle(code, lang)}*${week1}${mark}${filled}`, { blockId: `plan_${code}`, accessory: button(label, PLAN_OPEN_ACTION, `${view.leerlijnId}|${code}`) }));
  }
  blocks.push(actions('plan_post', [button(t(lang, 'slack.postPlan'), PLAN_POST_ACTION, view.leerlijnId)]));
  return { text: t(lang, 'plan.heading'), blocks };
}

/** One action with its klaar / bezig / loopt vast buttons and a note button. */
export function actionWithButtons(lang: Lang, a: ActionView, index: number): Block[] {
  const buttons = (['klaar', 'bezig', 'loopt_vast'] as const).map((s) =>
    button(t(lang, `action.button.${s}`), `${STATUS_ACTION}_${s}`, `${a.id}|${s}`, s === 'klaar' ? 'primary' : undefined),
  );
  return [
    section(actionLine(lang, a, true), { blockId: `action_${index}` }),
    actions(`action_buttons_${index}`, [...buttons, button(t(lang, 'action.button.note'), STATUS_NOTE_ACTION, a.id)]),
  ];
}

export function renderMyActions(lang: Lang, list: readonly ActionView[], intro?: string): Rendered {
  const blocks: Block[] = [header(t(lang, 'home.myActions'))];
  if (intro) blocks.push(section(intro));
  if (list.length === 0) blocks.push(section(t(lang, 'home.noActions')));
  // Two blocks per action: 23 actions, a header, an intro and a footnote fit one message; the rest are named in a context line.
  list.slice(0, 23).forEach((a, i) => blocks.push(...actionWithButtons(lang, a, i)));
  if (list.length > 23) blocks.push(context(t(lang, 'action.more', { actions: countText(lang, 'actie', list.length - 23) })));
  return { text: t(lang, 'home.myActions'), blocks };
}

export function renderActionList(lang: Lang, list: readonly ActionView[]): Rendered {
  // Grouped under their onderdeel, in the order the list comes (the plan's order).
  const codes = [...new Set(list.map((a) => a.onderdeel))];
  const lines = codes.flatMap((code) => [`*${onderdeelTitle(code, lang)}*`, ...list.filter((a) => a.onderdeel === code).map((a) => actionLine(lang, a))]);
  // The team's list: with none, the actieplan has none yet (not "you have no open actions").
  return { text: t(lang, 'plan.actions'), blocks: [header(t(lang, 'plan.actions')), ...(lines.length ? linesToSections(lines) : [section(t(lang, 'plan.empty'))])] };
}

export function renderEvaluationMenu(view: EvaluationView): Rendered {
  const lang = view.lang;
  const heading = t(lang, 'evaluation.heading', { moment: t(lang, `evaluation.moment.${view.moment}`) });
  const blocks: Block[] = [header(heading)];
  if (view.items.length === 0) blocks.push(section(t(lang, 'plan.empty')));
  for (const item of view.items) {
    const state = item.bereikt === null ? '' : ` · ${scoreText(lang, item.bereikt)} :white_check_mark:`;
    const wish = item.gewensteEindsituatie ? `\n${safeText(item.gewensteEindsituatie, 500)}` : '';
    // What was filled in, and what is still open, as Teams' Evaluatielijst shows it.
    const saved = [
      ...(item.bereikt === null ? [] : [bereiktText(lang, item.bereikt)]),
      ...(item.toelichting ? [`${t(lang, 'evaluation.toelichting')}: ${safeText(item.toelichting, 500)}`] : []),
      ...(item.ondernomen ? [`${t(lang, 'evaluation.ondernomen')} ${safeText(item.ondernomen, 500)}`] : []),
      ...item.openActions.map((a) => actionLine(lang, a)),
    ].map((line) => `\n${line}`).join('');
    blocks.push(section(`*${onderdeelTitle(item.onderdeel, lang)}*${state}${wish}${saved}`, {
      blockId: `eval_${item.onderdeel}`,
      accessory: button(t(lang, 'evaluation.button.fill'), EVAL_OPEN_ACTION, `${view.leerlijnId}|${view.moment}|${item.onderdeel}`),
    }));
  }
  return { text: heading, blocks: blocks.slice(0, 50) };
}

export function renderEvaluationItem(view: EvaluationView, code: string): Rendered {
  const lang = view.lang;
  const item = view.items.find((i) => i.onderdeel === code);
  const heading = t(lang, 'evaluation.heading', { moment: t(lang, `evaluation.moment.${view.moment}`) });
  if (!item) return { text: heading, blocks: [section(heading)] };
  const lines = [
    `*${heading}: ${onderdeelTitle(item.onderdeel, lang)}*`,
    bereiktText(lang, item.bereikt),
    ...(item.toelichting ? [`${t(lang, 'evaluation.toelichting')}: ${safeText(item.toelichting, 800)}`] : []),
    ...(item.ondernomen ? [`${t(lang, 'evaluation.ondernomen')} ${safeText(item.ondernomen, 800)}`] : []),
    ...item.openActions.map((a) => actionLine(lang, a)),
  ];
  return { text: heading, blocks: linesToSections([lines.join('\n')]) };
}
