// The flows' replies (app/flows/surface.ts ReplyView) written once: catalogue sentences with
// user text escaped and people named the platform's way, refusals, help, the next step, and the
// overviews. Where a platform adds its own controls (the planning, the team) its adapter does.
import type { ErrorView, ReplyView, TextView } from '../app/flows/surface.js';
import { nextStepCommand } from '../app/flows/next-step.js';
import { COMMANDS, type CommandSpec } from '../app/flows/registry.js';
import type { NextReminders, RemindersSaved } from '../app/meetings.js';
import type { ProgressView } from '../app/progress.js';
import type { Lang } from '../domain/instrument.js';
import type { NextAction } from '../domain/progress.js';
import { t, tError, tField, type MessageKey } from '../i18n/index.js';
import { formatDate } from '../i18n/format.js';
import { meetingInlineName } from '../i18n/meeting-text.js';
import { daysText } from '../i18n/phrases.js';
import { nextButtonLabel, progressLines } from '../i18n/progress-lines.js';
import { closeRoundConfirm } from './close-confirm.js';
import { button, buttons, group, note, text, type Block, type Button, type Doc } from './doc.js';
import { homeDoc, ownActionsDoc } from './home.js';
import { statusDoc } from './leerlijn.js';
import { personList, type Markup } from './markup.js';
import { actionListDoc, evaluationMenuDoc, planMenuDoc } from './plan.js';

/** A click runs the command its data names, as if it were typed (with the same checks). */
export const NEXT_STEP = 'next_step';

/** A catalogue sentence; every param is escaped (it may hold what someone typed), people are named the platform's way. */
export function sentence(m: Markup, placeLang: Lang, view: TextView): string {
  const lang = view.lang ?? placeLang;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(view.params ?? {})) params[name] = typeof value === 'string' ? m.user(value, 3000) : value;
  for (const [name, key] of Object.entries(view.terms ?? {})) params[name] = t(lang, key);
  for (const [name, ids] of Object.entries(view.people ?? {})) params[name] = personList(m, lang, ids, t(lang, 'common.and'));
  return m.t(lang, view.key, params);
}

/** What a team edit changed, each line said in the leerlijn's language; both platforms show it above the team. */
export const teamChangeLines = (m: Markup, view: Extract<ReplyView, { type: 'team' }>): { text: string; tone?: TextView['tone'] }[] =>
  (view.change ?? []).map((c) => ({ text: sentence(m, view.leerlijn.lang, c), tone: c.tone }));

/** The people a reply's sentences name (`people`), each once: a platform without mentions looks up their names first. */
export function peopleNamed(view: ReplyView): string[] {
  const texts: TextView[] = view.type === 'text' ? [view] : view.type === 'lines' ? view.lines.filter((l): l is TextView => l.type === 'text') : view.type === 'team' ? [...(view.change ?? [])] : [];
  const whose = view.type === 'next_step' && view.whose !== undefined ? [view.whose] : [];
  return [...new Set([...texts.flatMap((v) => Object.values(v.people ?? {}).flat()), ...whose])];
}

/** Params may hold what people typed or are called (names in "nobody on this side: …"): escaped where markup is read. */
function inertParams<P extends Record<string, unknown>>(m: Markup, params: P | undefined): P | undefined {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? m.user(v, 500) : v])) as P;
}

/** The refusals that speak of "this channel": in a group chat they speak of "this chat" (ErrorView.inChat). */
const SAID_OF_THE_PLACE = ['no_leerlijn', 'leerlijn_exists', 'leerlijn_kept'] as const;
const saidOfThePlace = (code: string): code is (typeof SAID_OF_THE_PLACE)[number] => (SAID_OF_THE_PLACE as readonly string[]).includes(code);

/**
 * A refusal with its reasons; `brief`: the reasons alone. Plain text (a Slack form's error reads
 * no markup) unless `inMarkup`, where what people typed in its params is escaped.
 */
export function refusal(m: Markup, lang: Lang, view: ErrorView, inMarkup = false): string {
  const l = view.lang ?? lang;
  const safe = <P extends Record<string, unknown>>(p: P | undefined): P | undefined => (inMarkup ? inertParams(m, p) : p);
  const fields = (view.fields ?? []).map((f) => tField(l, { ...f, params: safe(f.params) })).map((line) => (view.brief ? line : `• ${line}`));
  if (view.brief && fields.length > 0) return fields.join('\n');
  // A code in the params (a reason, a moment) becomes the catalogue's words; only what is echoed as it came is escaped.
  const { code } = view;
  const said = view.inChat && saidOfThePlace(code) ? t(l, `errorInChat.${code}`) : tError(l, code, view.params, inMarkup ? (echoed) => m.user(echoed, 500) : undefined);
  return m.commands([said, ...fields].join('\n'));
}

/**
 * The button that runs a next step's command, wherever it is offered (the next step, a meeting's start).
 * Closing the voting round asks first, as every close button does (close-confirm.ts).
 */
export function nextStepButton(lang: Lang, next: NextAction, command: string): Button {
  const asks = next.role === 'coordinator' && next.code === 'close_round' ? { confirm: closeRoundConfirm(lang) } : {};
  return { ...button(nextButtonLabel(lang, next), NEXT_STEP, { command }, 'primary'), ...asks };
}

function nextStepButtons(lang: Lang, view: ProgressView): Block[] {
  const { next } = view.progress;
  const command = nextStepCommand(next);
  return command ? [buttons('next_step_button', [nextStepButton(lang, next, command)])] : [];
}

/** The four steps and the asker's next action, with its button (not where everyone reads it); none without a leerlijn. */
function progressBlocks(m: Markup, lang: Lang, view?: ProgressView): Block[] {
  if (!view) return [];
  const lines = progressLines(lang, view.progress, view.timezone);
  if (view.stepsOnly) return [text(lines.steps.join('\n'), { id: 'progress' })];
  return [group([text([...lines.steps, m.bold(m.commands(lines.next))].join('\n'), { id: 'progress' }), ...nextStepButtons(lang, view)])];
}

/**
 * After a step: only what is next, and its button; where everyone reads it, only whose it is. The
 * id tells it from the step's own answer.
 */
function nextStepDoc(m: Markup, lang: Lang, view: Extract<ReplyView, { type: 'next_step' }>): Doc {
  if (view.whose !== undefined) {
    const whose = sentence(m, lang, { type: 'text', key: 'guide.nextOf', people: { name: [view.whose] } });
    return { fallback: whose, blocks: [text(whose, { id: 'next_step' })] };
  }
  const next = m.commands(progressLines(lang, view.progress.progress, view.progress.timezone).next);
  return { fallback: next, blocks: [text(next, { id: 'next_step', tone: 'strong' }), ...nextStepButtons(lang, view.progress)] };
}

/** A command's help line; `stop`'s says how long its data stays at most, where a retention term says so (`keptDays`). */
function helpLine(m: Markup, lang: Lang, c: CommandSpec, keptDays: number | undefined): string {
  return c.helpKey === 'stop' && keptDays ? m.t(lang, 'retention.helpStop', { days: keptDays }) : m.t(lang, `command.help.${c.helpKey}` as MessageKey);
}

/** The commands, as the registry lists them; in a personal chat, what works there first and the channel's after, said to be the channel's. */
function commandBlocks(m: Markup, lang: Lang, personal: boolean, keptDays: number | undefined): Block[] {
  const line = (c: CommandSpec): string => helpLine(m, lang, c, keptDays);
  if (!personal) return [text([m.t(lang, 'command.help.intro'), ...COMMANDS.map(line)].join('\n'))];
  const here = COMMANDS.filter((c) => c.where === 'anywhere');
  const channel = COMMANDS.filter((c) => c.where === 'channel');
  return [
    text([m.t(lang, 'command.help.personalIntro'), ...here.map(line)].join('\n')),
    text([m.bold(m.t(lang, 'command.help.inChannel')), ...channel.map(line)].join('\n')),
  ];
}

export function helpDoc(m: Markup, lang: Lang, about: { unknown?: string; didYouMean?: string; progress?: ProgressView; personal?: boolean; keptDays?: number } = {}): Doc {
  const { unknown, didYouMean, progress, personal = false, keptDays } = about;
  const word = unknown === undefined ? undefined : `“${m.user(unknown.replace(/`/g, ''), 40)}”`;
  return {
    fallback: m.t(lang, personal ? 'command.help.personalIntro' : 'command.help.intro'),
    blocks: [
      ...(word ? [text(m.t(lang, 'command.unknown', { command: word }), { tone: 'attention' })] : []),
      // A registry word, never what was typed: safe to write as a command.
      ...(word && didYouMean ? [text(m.t(lang, 'command.didYouMean', { command: didYouMean }))] : []),
      ...progressBlocks(m, lang, progress),
      ...commandBlocks(m, lang, personal, keptDays),
      note(m.t(lang, 'command.help.aliases')),
      note(keptDays ? `${m.t(lang, 'privacy.notice')} ${m.t(lang, 'retention.privacy', { days: keptDays })}` : m.t(lang, 'privacy.notice')),
    ],
  };
}

/** 'Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op …, korte herinnering op …'. */
function nextRemindersText(lang: Lang, next: NextReminders): string {
  const on = (key: 'invite' | 'shortReminder', day: string | undefined) => (day ? [t(lang, `reminders.next.${key}`, { date: formatDate(lang, day) })] : []);
  const reminders = [...on('invite', next.invite), ...on('shortReminder', next.shortReminder)].join(', ');
  return t(lang, 'reminders.savedNext', { meeting: meetingInlineName(lang, next.kind), date: formatDate(lang, next.meetingDate), reminders });
}

/** Which of the two messages that move off weekends and holidays (plan-jobs) are set, if any. */
function movedKey(s: RemindersSaved['settings']): 'both' | 'invite' | 'shortReminder' | undefined {
  if (s.inviteDays > 0 && s.dayBefore > 0) return 'both';
  if (s.inviteDays > 0) return 'invite';
  return s.dayBefore > 0 ? 'shortReminder' : undefined;
}

/**
 * "een uitnodiging 7 dagen vooraf, geen korte herinnering en …": the days in the form's words, and plainly what does not go out.
 * An invitation or short reminder on a weekend or holiday moves (plan-jobs), so their days ahead are not the whole truth:
 * the rule and the next meeting's real days are said too.
 */
function remindersSaved(lang: Lang, { settings: s, next }: RemindersSaved): string {
  const part = (days: number, sent: 'invite' | 'shortReminder', none: 'noInvite' | 'noShortReminder'): string =>
    (days > 0 ? t(lang, `reminders.savedParts.${sent}`, { days: daysText(lang, days) }) : t(lang, `reminders.savedParts.${none}`));
  const atStart = t(lang, s.atStart ? 'reminders.savedParts.atStart' : 'reminders.savedParts.noAtStart');
  const invite = part(s.inviteDays, 'invite', 'noInvite');
  const saved = t(lang, 'reminders.saved', { invite, shortReminder: part(s.dayBefore, 'shortReminder', 'noShortReminder'), atStart });
  const moved = movedKey(s);
  return [
    saved,
    ...(moved ? [t(lang, `reminders.savedMoved.${moved}`)] : []),
    ...(next ? [nextRemindersText(lang, next)] : []),
    ...(s.notifyChannel ? [t(lang, 'reminders.savedNotify')] : []),
  ].join(' ');
}

const said = (value: string, tone?: 'good' | 'warning' | 'attention'): Doc => ({ fallback: value, blocks: [text(value, tone ? { tone } : {})] });
const toneOf = (view: TextView) => (view.tone === 'warning' ? 'attention' : view.tone);

/** Every reply but the planning and the team, which carry each platform's own controls. */
export function replyDoc(m: Markup, lang: Lang, view: Exclude<ReplyView, { type: 'timeline' | 'team' }>): Doc {
  switch (view.type) {
    case 'text':
      return said(sentence(m, lang, view), toneOf(view));
    case 'error':
      return said(refusal(m, lang, view, true), 'attention');
    case 'lines': {
      const l = view.lang ?? lang;
      return said(view.lines.map((line) => (line.type === 'text' ? sentence(m, l, line) : refusal(m, l, line, true))).join('\n'), 'attention');
    }
    case 'help':
      return helpDoc(m, view.lang ?? lang, view);
    case 'status': {
      const status = statusDoc(m, view.status);
      return { ...status, blocks: [...status.blocks, ...progressBlocks(m, view.status.leerlijn.lang, view.progress)] };
    }
    case 'next_step':
      return nextStepDoc(m, view.lang ?? lang, view);
    case 'home':
      return homeDoc(m, view.home);
    case 'plan':
      return planMenuDoc(m, view.plan, view.canFill);
    case 'actions':
      return actionListDoc(m, lang, view.actions);
    case 'my_actions':
      return ownActionsDoc(m, view.lang ?? lang, view.actions);
    case 'evaluation':
      return evaluationMenuDoc(m, view.evaluation, view.canFill);
    case 'reminders_saved':
      return said(remindersSaved(lang, view), 'good');
  }
}
