// The neutral forms (src/views/*-forms.ts), listed once for both platforms: per form the names
// its submits and buttons carried before (still posted, still answered), what opens it, how it
// is loaded (refused before it opens where it is the coordinator's), what it draws, how what
// was sent is read, and the flow that decides its submit. Each adapter opens, submits and
// redraws every one of them through one path of its own; only the drawing differs per platform.
import { z } from 'zod';
import { requireActive, requireLeerlijn, requireOwnChannel, type Actor, type Deps } from '../context.js';
import { AppError } from '../errors.js';
import { getActionPlan } from '../actions.js';
import { getEvaluation } from '../evaluation.js';
import { getReminderSettings, getTimeline, requireCoordinatorOf } from '../meetings.js';
import { teamOf } from '../reach.js';
import { requireFillerOf } from '../fillers.js';
import type { MemberView, TimelineView } from '../views.js';
import { ONDERDEEL_CODES, type Lang } from '../../domain/instrument.js';
import { ALL_MEETING_KINDS, EVALUATION_MEETING, FOLLOW_UP_KIND, type MeetingKind } from '../../domain/meetings.js';
import { activeMeeting } from '../../domain/timeline.js';
import { DELETE_FORM, deleteFields, deleteForm, STOP_FORM, stopFields, stopForm } from '../../views/data-forms.js';
import type { Field, Form } from '../../views/form.js';
import type { Markup } from '../../views/markup.js';
import { EVALUATION_OPEN, PLAN_OPEN } from '../../views/plan.js';
import { EVALUATION_FORM, evaluationFields, evaluationForm, PLAN_FORM, planFields, planForm } from '../../views/plan-forms.js';
import { MOVE_FORM, moveFields, moveForm, REMINDERS_FORM, remindersFields, remindersForm, ROLES_FORM, rolesFields, rolesForm } from '../../views/planning-forms.js';
import { deleteFormSubmitted, stopFormSubmitted } from './data.js';
import { deletionDayOf } from '../retention.js';
import { formRefusal, type SentValues } from './forms.js';
import { moveFormSubmitted, remindersFormSubmitted, rolesFormSubmitted } from './meeting-forms.js';
import { oldRoleInput, oldRowInput, yesNo } from './form-old-inputs.js';
import { evaluationFormSubmitted, planFormSubmitted } from './plan-forms.js';
import type { FormCtx } from './surface.js';

/** What a form opens (or is redrawn) for. */
export interface FormRequest {
  leerlijnId: string;
  /** The meeting a move form has chosen (a prompt's button, `planning nieuw`). */
  kind?: string | undefined;
  onderdeel?: string | undefined;
  moment?: string | undefined;
  /** The language to draw it in where the caller has it (a redraw, a flow's intent); otherwise the leerlijn's. */
  lang?: Lang | undefined;
  /** A refused submit's values, shown again with the reasons. */
  sent?: Readonly<Record<string, string>> | undefined;
}

export interface LoadedForm {
  lang: Lang;
  /** The team's channel, where what follows goes, also when the form opened in a direct message; unset: where it opened. */
  channelId?: string;
  /** The team, for the forms that name or pick people (Teams' person pickers); asked for only there. */
  members: readonly MemberView[];
  draw(m: Markup): Form;
}

type Loaded = Omit<LoadedForm, 'members'>;

export interface FormSpec {
  id: string;
  /** What its submits were called before both platforms shared one form (Slack's callback ids): a form still open submits. */
  aliases: readonly string[];
  /** The buttons that open it (Slack's action ids, Teams' form names), the new and the old. */
  openers: readonly string[];
  /** What those buttons carry, in the order a Slack button's value lists them (`<a>|<b>`). */
  parts: readonly (keyof FormRequest)[];
  request: z.ZodType<Pick<FormRequest, 'leerlijnId' | 'kind' | 'onderdeel' | 'moment'>>;
  /** Refuses anyone who may not open it, before anything is read (a redraw after a refused submit skips it: the use case checked). */
  guard?(deps: Deps, actor: Actor, req: Pick<FormRequest, 'leerlijnId' | 'moment'>): Promise<void>;
  load(deps: Deps, actor: Actor, req: FormRequest): Promise<Loaded>;
  /** It names or picks team members. */
  people?: true;
  /** Opened and sent in a channel only (not from a personal chat or the App Home); it saves for the leerlijn it names. */
  channelOnly?: true;
  /** An input the form did not show is left out, not sent empty: a meeting left out (cancelled) keeps its roles. */
  partial?: true;
  /**
   * Sent again from the same message (a double click), it goes to its flow once more, which finds the work done and says so
   * (the stop: "stopped already"), as in Slack, where every send reaches the flow; not "already sent, open it again to change it".
   */
  flowAnswersResend?: true;
  fields(m: Markup, lang: Lang): Field[];
  /** The field an input was called before the ids were the use case's, if it is one such. */
  oldInput?(input: string): string | undefined;
  submitted(ctx: FormCtx, values: SentValues): Promise<void>;
}

const Id = z.uuid();
const Onderdeel = z.enum(ONDERDEEL_CODES);
const Moment = z.enum(['terugkom', 'eind']);
const ForLeerlijn = z.object({ leerlijnId: Id });

/** The language and the team's channel: the caller's language if it has one, else the leerlijn's, read with its planning. */
async function placeOf(deps: Deps, actor: Actor, req: FormRequest, timeline?: TimelineView): Promise<Pick<Loaded, 'lang' | 'channelId'>> {
  if (req.lang && !timeline) return { lang: req.lang };
  const read = timeline ?? (await getTimeline(deps, actor, req.leerlijnId));
  return { lang: req.lang ?? read.lang, channelId: read.channelId };
}

/** A form that changes a running leerlijn, as its use case refuses a stopped one: refused when its button is pressed, before anything is typed. */
const whileActive = (guard: NonNullable<FormSpec['guard']>): NonNullable<FormSpec['guard']> => async (deps, actor, req) => {
  await guard(deps, actor, req);
  requireActive(await requireLeerlijn(deps.db, actor, req.leerlijnId));
};

const coordinatorOnly = (form: string) => (deps: Deps, actor: Actor, req: Pick<FormRequest, 'leerlijnId'>): Promise<void> =>
  requireCoordinatorOf(deps, actor, req.leerlijnId, `${form}_form`);

/** The actieplan's and the evaluations' forms: the coordinator's and the invuller's of the meeting `meetingOf` names (none: left to the use case to refuse). */
const fillerOnly = (form: string, meetingOf: (req: Pick<FormRequest, 'moment'>) => MeetingKind | null) =>
  async (deps: Deps, actor: Actor, req: Pick<FormRequest, 'leerlijnId' | 'moment'>): Promise<void> => {
    const kind = meetingOf(req);
    if (kind) await requireFillerOf(deps, actor, req.leerlijnId, kind, `${form}_form`);
  };

/** The evaluation's meeting, by the moment a form carries; a sent moment that is no moment names none. */
const evaluationMeeting = (req: Pick<FormRequest, 'moment'>): MeetingKind | null => {
  const moment = Moment.safeParse(req.moment);
  return moment.success ? EVALUATION_MEETING[moment.data] : null;
};

const move: FormSpec = {
  id: MOVE_FORM, aliases: ['meeting_move'], openers: ['meeting_move'], parts: ['leerlijnId', 'kind'],
  request: z.object({ leerlijnId: Id, kind: z.string().max(50).optional() }),
  guard: whileActive(coordinatorOnly(MOVE_FORM)),
  async load(deps, actor, req) {
    const values = req.sent ?? (req.kind ? { kind: req.kind } : {});
    // The new evaluation meeting is planned by this form too: until it is, the form plans it (its title says so).
    const timeline = await getTimeline(deps, actor, req.leerlijnId);
    const plansNew = values.kind === FOLLOW_UP_KIND && activeMeeting(timeline.meetings, FOLLOW_UP_KIND) === undefined;
    // Handed on only where placeOf read it before: a language asked for names no channel otherwise.
    const at = await placeOf(deps, actor, req, values.kind === FOLLOW_UP_KIND || !req.lang ? timeline : undefined);
    return { ...at, draw: () => moveForm(at.lang, req.leerlijnId, values, { plansNew, followUp: timeline.followUpOffered === true }) };
  },
  fields: (_m, lang) => moveFields(lang),
  submitted: moveFormSubmitted,
};

/** The roles of every meeting, or of the one a prompt names (`kind`): the rest stay as they are (partial). */
const roles: FormSpec = {
  id: ROLES_FORM, aliases: ['meeting_roles'], openers: ['meeting_roles'], parts: ['leerlijnId', 'kind'],
  request: z.object({ leerlijnId: Id, kind: z.enum(ALL_MEETING_KINDS).optional() }),
  guard: whileActive(coordinatorOnly(ROLES_FORM)),
  async load(deps, actor, req) {
    const timeline = await getTimeline(deps, actor, req.leerlijnId);
    const at = await placeOf(deps, actor, req, timeline);
    const meetings = req.kind ? timeline.meetings.filter((m) => m.kind === req.kind) : timeline.meetings;
    return { ...at, draw: () => rolesForm(at.lang, req.leerlijnId, meetings, req.sent) };
  },
  people: true,
  partial: true,
  fields: (_m, lang) => rolesFields(lang, ALL_MEETING_KINDS),
  oldInput: oldRoleInput,
  submitted: rolesFormSubmitted,
};

const reminders: FormSpec = {
  id: REMINDERS_FORM, aliases: ['meeting_reminders'], openers: ['meeting_reminders'], parts: ['leerlijnId'], request: ForLeerlijn,
  // Reading the settings refuses anyone but the coordinator too; the guard refuses a submit before its values are read.
  guard: whileActive(coordinatorOnly(REMINDERS_FORM)),
  async load(deps, actor, req) {
    const settings = await getReminderSettings(deps, actor, req.leerlijnId);
    const at = await placeOf(deps, actor, req);
    return { ...at, draw: () => remindersForm(at.lang, req.leerlijnId, settings, req.sent) };
  },
  fields: (_m, lang) => remindersFields(lang),
  submitted: (ctx, v) => remindersFormSubmitted(ctx, { ...v, atStart: yesNo(v.atStart), notifyChannel: yesNo(v.notifyChannel) }),
};

const plan: FormSpec = {
  id: PLAN_FORM, aliases: ['plan_item'], openers: [PLAN_OPEN], parts: ['leerlijnId', 'onderdeel'],
  request: z.object({ leerlijnId: Id, onderdeel: Onderdeel }),
  guard: whileActive(fillerOnly(PLAN_FORM, () => 'actieplan')),
  async load(deps, actor, req) {
    const view = await getActionPlan(deps, actor, req.leerlijnId);
    return { lang: view.lang, draw: (m) => planForm(m, view, Onderdeel.parse(req.onderdeel), req.sent) };
  },
  people: true,
  channelOnly: true,
  fields: (m, lang) => planFields(m, lang),
  oldInput: oldRowInput('actions'),
  submitted: planFormSubmitted,
};

const evaluation: FormSpec = {
  id: EVALUATION_FORM, aliases: ['eval_item'], openers: [EVALUATION_OPEN, 'eval_open'], parts: ['leerlijnId', 'moment', 'onderdeel'],
  request: z.object({ leerlijnId: Id, moment: Moment, onderdeel: Onderdeel }),
  guard: whileActive(fillerOnly(EVALUATION_FORM, evaluationMeeting)),
  async load(deps, actor, req) {
    const view = await getEvaluation(deps, actor, req.leerlijnId, Moment.parse(req.moment));
    return { lang: view.lang, draw: (m) => evaluationForm(m, view, Onderdeel.parse(req.onderdeel), req.sent) };
  },
  people: true,
  channelOnly: true,
  fields: (m, lang) => evaluationFields(m, lang),
  oldInput: oldRowInput('newActions'),
  submitted: evaluationFormSubmitted,
};

/**
 * The coordinator's forms about the leerlijn itself (delete, stop): opened only by the command's flow, after its runner
 * refused anyone but the coordinator; the stop form reads only the day a retention term would delete its data (`deleteOn`). Their guard refuses a sent one.
 */
function leerlijnForm(
  id: typeof DELETE_FORM | typeof STOP_FORM, draw: (m: Markup, lang: Lang, req: FormRequest, deleteOn: string | null) => Form, fields: (lang: Lang) => Field[],
  submitted: FormSpec['submitted'], more: Pick<FormSpec, 'channelOnly' | 'flowAnswersResend'> = {},
): FormSpec {
  return {
    id, aliases: [], openers: [], parts: ['leerlijnId'], request: ForLeerlijn, guard: coordinatorOnly(id),
    async load(deps, actor, req) {
      const lang = req.lang ?? deps.defaultLang;
      const deleteOn = id === STOP_FORM ? await deletionDayOf(deps, actor.workspaceId, req.leerlijnId, lang) : null;
      return { lang, draw: (m) => draw(m, lang, req, deleteOn) };
    },
    fields: (_m, lang) => fields(lang),
    submitted,
    ...more,
  };
}

const remove = leerlijnForm(DELETE_FORM, (m, lang, req) => deleteForm(m, lang, req.leerlijnId, req.sent), deleteFields, deleteFormSubmitted);

/** Sent in a channel only: the team hears of the stop where it was sent. Sent again, the use case's lock finds it stopped. */
const stop = leerlijnForm(STOP_FORM, (m, lang, req, deleteOn) => stopForm(m, lang, req.leerlijnId, deleteOn), stopFields, stopFormSubmitted, { channelOnly: true, flowAnswersResend: true });

export const FORMS: readonly FormSpec[] = [move, roles, reminders, plan, evaluation, remove, stop];

export type FormId =
  | typeof MOVE_FORM | typeof ROLES_FORM | typeof REMINDERS_FORM | typeof PLAN_FORM | typeof EVALUATION_FORM | typeof DELETE_FORM | typeof STOP_FORM;

export const formSpec = (id: FormId): FormSpec => FORMS.find((f) => f.id === id)!;

/** The form a submit names, by its id or an old name. */
export const submittedForm = (name: string | undefined): FormSpec | undefined => FORMS.find((f) => f.id === name || f.aliases.includes(name ?? ''));

/** The form a button opens. */
export const openedForm = (name: string | undefined): FormSpec | undefined => FORMS.find((f) => f.openers.includes(name ?? ''));

/** What a button (or a sent form) names, checked; null when it was not drawn by us. */
export function formRequest(spec: FormSpec, named: Readonly<Record<string, unknown>>): FormRequest | null {
  const parsed = spec.request.safeParse(named);
  return parsed.success ? parsed.data : null;
}

/** A Slack button's value, `<a>|<b>|…` in the form's order of parts, by name. */
export const partsOf = (spec: FormSpec, value: string): Record<string, string | undefined> =>
  Object.fromEntries(value.split('|').map((v, i) => [spec.parts[i] ?? '', v]));

/** A form of the channel only is not opened or sent in a personal chat, which has no leerlijn. */
function refuseInPersonalChat(spec: FormSpec, personal: boolean | undefined): void {
  if (spec.channelOnly && personal) throw new AppError('no_leerlijn');
}

/** Opened in another channel than its leerlijn's (ids are forgeable), that one would read whose form it is, her team nothing. */
async function refuseInOtherChannel(deps: Deps, actor: Actor, req: FormRequest, channelId: string | undefined): Promise<void> {
  if (channelId !== undefined) requireOwnChannel(await requireLeerlijn(deps.db, actor, req.leerlijnId), channelId);
}

/**
 * The form, read and ready to draw: `open` refuses whoever may not open it first (`personal`: it
 * is opened in a personal chat; `channelId`: where it is opened), `members` reads the team alongside
 * where the platform picks people from it.
 */
export async function loadForm(
  deps: Deps, actor: Actor, spec: FormSpec, req: FormRequest, opts: { open?: boolean; personal?: boolean; channelId?: string; members?: boolean } = {},
): Promise<LoadedForm> {
  if (opts.open) {
    refuseInPersonalChat(spec, opts.personal);
    await spec.guard?.(deps, actor, req);
    // After the guard: whoever may not open it anywhere hears that first.
    await refuseInOtherChannel(deps, actor, req, opts.personal ? undefined : opts.channelId);
  }
  const [loaded, members] = await Promise.all([spec.load(deps, actor, req), opts.members && spec.people ? teamOf(deps, req.leerlijnId) : []]);
  return { ...loaded, members };
}

/**
 * A form's submit, from either platform. Whoever may not open the form is refused before what
 * they typed is read: problems with its inputs would only have them fill in a form they may not
 * send (a Teams form is a card the whole channel sees).
 */
export async function submitFormFlow(spec: FormSpec, ctx: FormCtx, values: SentValues): Promise<void> {
  try {
    refuseInPersonalChat(spec, ctx.place.personal);
    await spec.guard?.(ctx.deps, ctx.actor, { leerlijnId: ctx.leerlijnId, moment: values.moment });
  } catch (error) {
    return ctx.surface.formRefused(formRefusal(ctx, error, `${spec.id}_form`));
  }
  await spec.submitted(ctx, values);
}

/** A submit with inputs under an old name (drawn before the ids were the fields'): its values by field too, and each field's input. */
export function renamedInputs<T>(spec: FormSpec, sent: Readonly<Record<string, T>>): { byField: Record<string, T>; inputOf: (field: string) => string } {
  const inputs = new Map<string, string>();
  for (const input of Object.keys(sent)) {
    const field = spec.oldInput?.(input);
    if (field) inputs.set(field, input);
  }
  const byField = { ...sent, ...Object.fromEntries([...inputs].map(([field, input]) => [field, sent[input] as T])) };
  return { byField, inputOf: (field) => inputs.get(field) ?? field };
}
