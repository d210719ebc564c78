// The actieplan, the team's action list and the evaluation lists, written once for both
// platforms: each onderdeel with what was filled in, and a button that opens its own form.
import type { ActionPlanView, ActionView, EvaluationItemView, EvaluationView, PlanItemView } from '../app/views.js';
import type { Lang, OnderdeelCode } from '../domain/instrument.js';
import { EVALUATION_MEETING, type MeetingKind } from '../domain/meetings.js';
import { t } from '../i18n/index.js';
import { bereiktText, dueDateText, onderdeelTitle, week1ScoreText } from '../i18n/phrases.js';
import { button, buttons, group, heading, text, type Block, type Doc } from './doc.js';
import type { Markup } from './markup.js';

export const PLAN_OPEN = 'plan_open';
export const PLAN_POST = 'plan_post';
export const EVALUATION_OPEN = 'evaluation_open';
/** What an owner can set an action to with one click, in the order the buttons show. */
export const OWNER_STATUS_BUTTONS = ['klaar', 'bezig', 'loopt_vast'] as const satisfies ReadonlyArray<ActionView['status']>;

/** The owner's status buttons; the status last set is drawn highlighted (an open action has none), on both platforms alike. */
export const statusButtons = (a: Pick<ActionView, 'status'>): Array<{ status: (typeof OWNER_STATUS_BUTTONS)[number]; chosen: boolean }> =>
  OWNER_STATUS_BUTTONS.map((status) => ({ status, chosen: a.status === status }));

/** An action's due date, its status and whether it is overdue, as every list of actions says them. */
export function actionState(m: Markup, lang: Lang, a: ActionView): string {
  const overdue = a.overdue ? [`${m.icon('alarm')} ${t(lang, 'action.overdue')}`] : [];
  return [dueDateText(lang, a.dueDate), t(lang, `action.status.${a.status}`), ...overdue].join(' · ');
}

/** One action; `withOnderdeel` where no onderdeel heading above it says what it belongs to. Its last note under it, so a coordinator reads why it is stuck. */
export function actionLine(m: Markup, lang: Lang, a: ActionView, withOnderdeel = false): string {
  return lineOf(m, lang, a, `${ownerText(m, lang, a)}, `, withOnderdeel);
}

/** Someone who left by the name the team knew, on both platforms; without it, as each platform can. */
function ownerText(m: Markup, lang: Lang, a: ActionView): string {
  if (!a.ownerOffTeam) return m.person(lang, a.ownerUserId);
  const left = t(lang, 'owners.notInTeam');
  if (a.formerOwnerName) return `${m.user(a.formerOwnerName, 100)} (${left})`;
  return m.formerPerson?.(lang, a.ownerUserId) ?? `${m.person(lang, a.ownerUserId)} (${left})`;
}

/** One of the reader's own actions (mijn-acties, a reminder to its owner): no owner, as a mention would ping the reader about themself. */
export const ownActionLine = (m: Markup, lang: Lang, a: ActionView): string => lineOf(m, lang, a, '', true);

function lineOf(m: Markup, lang: Lang, a: ActionView, owner: string, withOnderdeel: boolean): string {
  const where = withOnderdeel ? `\n${onderdeelTitle(lang, a.onderdeel)}` : '';
  const note = a.lastNote ? `\n${m.italic(t(lang, 'action.lastNote', { note: m.user(a.lastNote, 300) }))}` : '';
  return `• ${m.user(a.description, 500)} — ${owner}${actionState(m, lang, a)}${where}${note}`;
}

function itemLines(m: Markup, lang: Lang, item: PlanItemView): string[] {
  return [
    `${m.bold(t(lang, 'plan.watKanBeter'))} ${m.user(item.watKanBeter, 1000)}`,
    // The question above ends in '?'; this label is a noun, set off from the answer as elsewhere.
    `${m.bold(`${t(lang, 'plan.gewensteEindsituatie')}:`)} ${m.user(item.gewensteEindsituatie, 1000)}`,
    ...item.actions.map((a) => actionLine(m, lang, a)),
  ];
}

const planItemBlock = (m: Markup, lang: Lang, item: PlanItemView): Block =>
  group([text([m.bold(onderdeelTitle(lang, item.onderdeel)), ...itemLines(m, lang, item)].join('\n'))]);

/** One onderdeel of the actieplan as just saved, for the team's channel. */
export function planItemDoc(m: Markup, view: ActionPlanView, onderdeel: OnderdeelCode): Doc {
  const item = view.items.find((i) => i.onderdeel === onderdeel);
  const title = `${t(view.lang, 'plan.heading')}: ${onderdeelTitle(view.lang, onderdeel)}`;
  return { fallback: title, blocks: [heading(t(view.lang, 'plan.heading')), ...(item ? [planItemBlock(m, view.lang, item)] : [])] };
}

/** The whole actieplan, as posted in the channel. */
export function planDoc(m: Markup, view: ActionPlanView): Doc {
  const { lang } = view;
  const items = view.items.length === 0 ? [text(t(lang, 'plan.empty'))] : view.items.map((item) => planItemBlock(m, lang, item));
  return { fallback: t(lang, 'plan.heading'), blocks: [heading(t(lang, 'plan.heading')), ...items] };
}

/** For a reader who does not fill it in: who does (the buttons to change it are not theirs). */
const fillers = (m: Markup, lang: Lang, kind: MeetingKind): Block =>
  text(m.t(lang, 'plan.fillers', { kind: t(lang, `meeting.inline.${kind}`) }), { tone: 'subtle' });

/**
 * The plan as it stands, onderdelen lowest week-1 score first, each with what is filled in and,
 * for who fills it in (`canFill`), a button that opens its own form; below them a button that
 * shares the whole plan in the channel.
 */
export function planMenuDoc(m: Markup, view: ActionPlanView, canFill: boolean): Doc {
  const { lang } = view;
  const items = new Map(view.items.map((i) => [i.onderdeel, i]));
  const rows = view.suggestedOrder.map((code) => {
    const item = items.get(code);
    const score = view.week1Scores[code];
    const title = `${m.bold(onderdeelTitle(lang, code))}${score === undefined ? '' : ` · ${week1ScoreText(lang, score)}`}${item ? ` ${m.icon('check')}` : ''}`;
    const open = button(t(lang, item ? 'plan.button.edit' : 'evaluation.button.fill'), PLAN_OPEN, { leerlijnId: view.leerlijnId, onderdeel: code });
    return group([text([title, ...(item ? itemLines(m, lang, item) : [])].join('\n'), { id: `plan_${code}`, ...(canFill ? { button: open } : {}) })]);
  });
  const post = buttons(PLAN_POST, [button(t(lang, 'plan.button.post'), PLAN_POST, { leerlijnId: view.leerlijnId })]);
  const intro = canFill ? [text(m.t(lang, 'plan.intro'))] : [fillers(m, lang, 'actieplan')];
  return { fallback: t(lang, 'plan.heading'), blocks: [heading(t(lang, 'plan.heading')), ...intro, ...rows, post] };
}

/** The team's actions under their onderdeel, in the order the list comes (the plan's order). */
export function actionListDoc(m: Markup, lang: Lang, list: readonly ActionView[]): Doc {
  const codes = [...new Set(list.map((a) => a.onderdeel))];
  const groups = codes.map((code) => group([text([m.bold(onderdeelTitle(lang, code)), ...list.filter((a) => a.onderdeel === code).map((a) => actionLine(m, lang, a))].join('\n'))]));
  // The team's list: with none, the actieplan has none yet (not "you have no open actions").
  return { fallback: t(lang, 'plan.actions'), blocks: [heading(t(lang, 'plan.actions')), ...(groups.length > 0 ? groups : [text(t(lang, 'plan.empty'), { tone: 'subtle' })])] };
}

const evaluationHeading = (view: EvaluationView): string => t(view.lang, 'evaluation.heading', { moment: t(view.lang, `evaluation.moment.${view.moment}`) });

function evaluationLines(m: Markup, lang: Lang, item: EvaluationItemView): string[] {
  // The score once, after its question (also '–' while unanswered); the heading said it again.
  return [
    m.bold(onderdeelTitle(lang, item.onderdeel)),
    ...(item.gewensteEindsituatie ? [`${t(lang, 'plan.gewensteEindsituatie')}: ${m.user(item.gewensteEindsituatie, 500)}`] : []),
    bereiktText(lang, item.bereikt),
    ...(item.toelichting ? [`${t(lang, 'evaluation.toelichting')}: ${m.user(item.toelichting, 500)}`] : []),
    ...(item.ondernomen ? [`${t(lang, 'evaluation.ondernomen')} ${m.user(item.ondernomen, 500)}`] : []),
    // Under their own label: right after 'Welke acties zijn ondernomen?' they read as taken.
    ...(item.openActions.length > 0 ? [t(lang, 'evaluation.notDone'), ...item.openActions.map((a) => actionLine(m, lang, a))] : []),
  ];
}

/** The Evaluatielijst: each onderdeel as it stands, with a button that opens its own form for who fills it in (`canFill`). */
export function evaluationMenuDoc(m: Markup, view: EvaluationView, canFill: boolean): Doc {
  const { lang } = view;
  const rows = view.items.map((item) => {
    const open = button(t(lang, 'evaluation.button.fill'), EVALUATION_OPEN, { leerlijnId: view.leerlijnId, moment: view.moment, onderdeel: item.onderdeel });
    return group([text(evaluationLines(m, lang, item).join('\n'), { id: `eval_${item.onderdeel}`, ...(canFill ? { button: open } : {}) })]);
  });
  const who = canFill || rows.length === 0 ? [] : [fillers(m, lang, EVALUATION_MEETING[view.moment])];
  return { fallback: evaluationHeading(view), blocks: [heading(evaluationHeading(view)), ...who, ...(rows.length > 0 ? rows : [text(t(lang, 'plan.empty'), { tone: 'subtle' })])] };
}

/** One onderdeel of an evaluation as just saved (for the channel), or shown above its form. */
export function evaluationItemBlocks(m: Markup, view: EvaluationView, code: string): Block[] {
  const item = view.items.find((i) => i.onderdeel === code);
  return item ? [group([text(evaluationLines(m, view.lang, item).join('\n'))])] : [];
}

export function evaluationItemDoc(m: Markup, view: EvaluationView, code: string): Doc {
  return { fallback: evaluationHeading(view), blocks: [heading(evaluationHeading(view)), ...evaluationItemBlocks(m, view, code)] };
}
