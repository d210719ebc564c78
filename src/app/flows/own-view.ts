// A reply in a place everyone sees (a Teams channel) that holds controls only its asker may use:
// the coordinator's planning forms and team form, the invuller's actieplan and Evaluatielijst
// buttons, a form someone opened. Everyone is shown it without them; the asker's own view, with
// them, is asked for by their client (Teams' card refresh) and read here for whoever asks, who
// may do what decided again: the key comes back from the client, so it is forgeable.
import { z } from 'zod';
import { requireLeerlijn, type Actor, type Deps } from '../context.js';
import { AppError } from '../errors.js';
import { isCoordinatorOf } from '../leerlijn.js';
import { getStatus } from '../overview.js';
import { getProgress } from '../progress.js';
import { keptDays } from '../retention.js';
import { myActions } from '../actions.js';
import { planFor, timelineFor } from './plan.js';
import { evaluationFor } from './rounds.js';
import { formRequest, submittedForm, type FormRequest, type FormSpec } from './form-registry.js';
import { formOpeningKey, formSendClaim } from './form-once.js';
import { text, type ReplyView, type TextView } from './surface.js';
import { postedUnder, rememberPosted, renamePosted, whilePosting, type PostedMessage } from '../posted.js';
import { START_FORM } from '../../views/start-form.js';
import { channelLeerlijn, offeredTeamLang } from '../places.js';
import { LANGS, type Lang } from '../../domain/instrument.js';

const ReplyKey = z.object({
  view: z.enum(['timeline', 'team', 'plan', 'evaluation', 'status', 'help', 'next_step']),
  leerlijnId: z.uuid(),
  moment: z.enum(['terugkom', 'eind']).optional(),
  /** A next step said in its form's language, which the channel did not speak yet (just after the start). */
  lang: z.enum(LANGS).optional(),
  /** The page of a big team's form (Teams shows one at a time). */
  page: z.number().int().min(0).max(100).optional(),
  /** That page's session: whether the pages before it saved something, untold (surface.ts TeamFormSession). */
  saved: z.boolean().optional(),
  /** Which editing session (TeamFormSession.id). */
  session: z.uuid().optional(),
});
/**
 * A form and what its opener named (the form's own request checks it); who opened it and its
 * title, for anyone else who asks (their answer is theirs alone, so a forged one fools only them).
 */
const FormKey = z.object({
  view: z.literal('form'),
  form: z.string().max(40),
  leerlijnId: z.uuid(),
  kind: z.string().max(40).optional(),
  onderdeel: z.string().max(10).optional(),
  moment: z.string().max(20).optional(),
  by: z.string().max(100).optional(),
  title: z.string().max(200).optional(),
});
/** The start form, opened where no leerlijn runs yet: who opened it and its title, as a form's. */
const StartKey = z.object({ view: z.literal('start'), by: z.string().max(100).optional(), title: z.string().max(200).optional() });
/** Whoever reads it, their own actions (across their leerlijnen), with the buttons to update them. */
const MyActionsKey = z.object({ view: z.literal('my_actions') });
export const OwnViewKey = z.union([ReplyKey, FormKey, StartKey, MyActionsKey]);
export type OwnViewKey = z.infer<typeof OwnViewKey>;

/**
 * What a reader's own view is: a reply, a form its spec loads (its guard asked again, `open`), the
 * start form, or a form its opener sent from message `sentFrom` while that message still asks for
 * it (it is to say the form is filled in, for everyone).
 */
export type OwnView =
  | { key: OwnViewKey; view: ReplyView }
  | { key: OwnViewKey; form: FormSpec; request: FormRequest }
  | { key: OwnViewKey; start: { teamLang: Lang } }
  | { key: FormOwnKey; sentFrom: string };

/** A key to a form someone opened, whose message says whose it is. */
export const isFormKey = (key: OwnViewKey): key is FormOwnKey => key.view === 'form' || key.view === 'start';

/** The key without a team form's session: once a form is sent and told, a new one starts (its page sent again tells nothing twice). */
export function withoutSession(key: OwnViewKey): OwnViewKey {
  if (!('saved' in key) && !('session' in key)) return key;
  const { saved: _saved, session: _session, ...rest } = key as z.infer<typeof ReplyKey>;
  return rest;
}

/**
 * What everyone sees of a reply, and the key to the asker's own view where it holds controls of
 * theirs; null for a reply that holds none. A team answer that confirms a change keeps no form:
 * the asker's own view would lose the confirmation, and `team` shows the form again. One's own
 * actions and next step are theirs alone, as where the asker alone sees a reply (Slack): everyone
 * else reads whose they are.
 */
export function sharedReply(view: ReplyView, askerId: string): { everyone: ReplyView; own?: OwnViewKey } | null {
  switch (view.type) {
    case 'my_actions':
      return { everyone: text('home.myActionsOf', {}, { people: { name: [askerId] } }), own: { view: 'my_actions' } };
    case 'timeline': {
      const { reminders: _coordinatorOnly, ...rest } = view;
      return view.canEdit ? { everyone: { ...rest, canEdit: false, rolesOffered: false }, own: { view: 'timeline', leerlijnId: view.timeline.leerlijnId } } : null;
    }
    case 'team':
      if (!view.canEdit) return null;
      if (view.change?.length) return { everyone: { ...view, canEdit: false } };
      return { everyone: { ...view, canEdit: false }, own: { view: 'team', leerlijnId: view.leerlijn.id } };
    case 'plan':
      return view.canFill ? { everyone: { ...view, canFill: false }, own: { view: 'plan', leerlijnId: view.plan.leerlijnId } } : null;
    case 'evaluation': {
      const { leerlijnId, moment } = view.evaluation;
      return view.canFill ? { everyone: { ...view, canFill: false }, own: { view: 'evaluation', leerlijnId, moment } } : null;
    }
    // The asker's next action names their own (overdue) actions; a stopped leerlijn's says only that it stopped.
    case 'status':
      return view.progress && !view.status.endedAt ? { everyone: { ...view, progress: { ...view.progress, stepsOnly: true } }, own: { view: 'status', leerlijnId: view.status.leerlijn.id } } : null;
    // A word answered as unknown comes without the steps (run.ts), so a key never carries one back.
    case 'help': {
      const { progress } = view;
      if (!progress || view.personal) return null;
      return { everyone: { ...view, progress: { ...progress, stepsOnly: true } }, own: { view: 'help', leerlijnId: progress.leerlijnId } };
    }
    // After a step (a form saved, sluit, an agreement): the whole answer is its taker's next action.
    case 'next_step': {
      const lang = view.lang ? { lang: view.lang } : {};
      return { everyone: { ...view, whose: askerId }, own: { view: 'next_step', leerlijnId: view.progress.leerlijnId, ...lang } };
    }
    default:
      return null;
  }
}

/**
 * A form in the asker's own view of a reply was sent (the coordinator's team form, the planning's):
 * what everyone sees of that reply now, read again, so the message shows everyone what the form
 * changed (not the team's warnings of before) and the asker keeps their own view. Null for a form
 * someone opened (its message says it is filled in) and where the sender has no controls there;
 * null too unless the key names the leerlijn of `channelId`, where the message is: the key comes
 * back from the client, and another leerlijn's team is not for this channel's readers.
 */
export async function sharedReplyNow(deps: Deps, actor: Actor, key: OwnViewKey, channelId: string): Promise<{ everyone: ReplyView; own?: OwnViewKey } | null> {
  if (isFormKey(key) || !('leerlijnId' in key)) return null;
  if ((await channelLeerlijn(deps, actor.workspaceId, channelId, 'fresh'))?.id !== key.leerlijnId) return null;
  const now = await ownView(deps, actor, key);
  return 'view' in now ? sharedReply(now.view, actor.userId) : null;
}

/** A form opened where everyone sees it: everyone is told whose it is, its opener gets the form as their own view. */
export function sharedForm(spec: FormSpec, request: FormRequest, title: string, openerId: string): { everyone: TextView; own: OwnViewKey } {
  const { leerlijnId, kind, onderdeel, moment } = request;
  const named = Object.fromEntries(Object.entries({ kind, onderdeel, moment }).filter(([, v]) => v !== undefined));
  return { everyone: openedBy(title, openerId), own: { view: 'form', form: spec.id, leerlijnId, ...named, by: openerId, title } };
}

/** The start form opened where everyone sees it, as any other form. */
export function sharedStart(title: string, openerId: string): { everyone: TextView; own: OwnViewKey } {
  return { everyone: openedBy(title, openerId), own: { view: 'start', by: openerId, title } };
}

const openedBy = (title: string, openerId: string): TextView => text('form.openedBy', { title }, { people: { name: [openerId] } });

type FormOwnKey = Extract<OwnViewKey, { view: 'form' | 'start' }>;

/** The form a form key is for, as its submit names it. */
export const formOf = (key: FormOwnKey): string => (key.view === 'start' ? START_FORM : key.form);

/**
 * The message that tells everyone whose form it is, kept per opener and form: once they send that
 * form it says so, and the message id comes back from the client, so only the opener's own message
 * of that form may be changed. The record says `sent` once the form's use case saved it, and stays
 * so until its leerlijn is deleted: the form still on a screen is not saved twice.
 */
export type SharedFormState = 'opened' | 'sent';
const sharedFormKey = (userId: string, key: FormOwnKey, messageId: string, state: SharedFormState): string =>
  formOpeningKey(state, userId, formOf(key), messageId);

export function rememberSharedForm(deps: Pick<Deps, 'db'>, actor: Actor, key: FormOwnKey, leerlijnId: string | null, message: PostedMessage): Promise<void> {
  return rememberPosted(deps, { workspaceId: actor.workspaceId, leerlijnId, key: sharedFormKey(actor.userId, key, message.messageId, 'opened'), message });
}

/** Where this person's message of that form stands, or null when `message` is none of theirs for it (in that channel). */
export async function sharedFormState(deps: Pick<Deps, 'db'>, actor: Actor, key: FormOwnKey, message: PostedMessage): Promise<SharedFormState | null> {
  const states = ['opened', 'sent'] as const;
  const keys = states.map((state) => sharedFormKey(actor.userId, key, message.messageId, state));
  // One read; the same form opened under that id in another channel is not this one.
  const kept = (await postedUnder(deps, actor.workspaceId, keys)).filter((m) => m.channelId === message.channelId);
  return states.find((_, i) => kept.some((m) => m.key === keys[i])) ?? null;
}

/** Its use case saved the form: from now on it is not taken again from that message. */
export async function markSharedFormSent(deps: Pick<Deps, 'db'>, actor: Actor, key: FormOwnKey, messageId: string): Promise<void> {
  await renamePosted(deps, actor.workspaceId, sharedFormKey(actor.userId, key, messageId, 'opened'), sharedFormKey(actor.userId, key, messageId, 'sent'));
}

/**
 * What a send of a form from its message does. Sent before from that message, it is refused ("sent already, open it again
 * to change it"), unless its flow finds the work done and says so itself (FormSpec.flowAnswersResend: the stop says
 * "stopped already", as in Slack, where every send reaches the flow). `state`: that message's, null where none is known.
 */
export function formSendFrom(key: FormOwnKey, state: SharedFormState | null): 'refuse' | 'run flow' {
  return state === 'sent' && !submittedForm(formOf(key))?.flowAnswersResend ? 'refuse' : 'run flow';
}

/**
 * Runs one send of a form from a message, across replicas (the posting claim, taken over from a
 * send that died): 'busy' while another send of it runs (a second click, or a send again after
 * Teams was told "still working").
 */
export function whileSendingSharedForm<T>(deps: Pick<Deps, 'db' | 'now'>, actor: Actor, key: FormOwnKey, messageId: string, send: () => Promise<T>): Promise<T | 'busy'> {
  return whilePosting(deps, { workspaceId: actor.workspaceId, leerlijnId: null, what: formSendClaim(actor.userId, formOf(key), messageId) }, send);
}

/** What everyone sees of a shared form once its opener sent it. */
export const filledForm = (title: string, openerId: string): TextView => text('form.filledBy', { title }, { people: { name: [openerId] } });

/** A start chose the channel's language: its message says it is filled in in that one, not in the one it had before (the default). */
export async function langAfterStart(deps: Pick<Deps, 'db'>, workspaceId: string, channelId: string, lang: Lang): Promise<Lang> {
  return (await channelLeerlijn(deps, workspaceId, channelId, 'fresh'))?.lang ?? lang;
}

/**
 * This person's own view of a shared reply, read now: only the team's members may read it, each
 * with the controls they may use. `message`: the one it is asked for, where the client names it.
 */
export async function ownView(deps: Deps, actor: Actor, sent: unknown, message?: PostedMessage): Promise<OwnView> {
  const parsed = OwnViewKey.safeParse(sent);
  if (!parsed.success) throw new AppError('invalid_input');
  const key = parsed.data;
  if (isFormKey(key) && message && key.by === actor.userId && (await sharedFormState(deps, actor, key, message)) === 'sent') return { key, sentFrom: message.messageId };
  if (key.view === 'form') return formView(key, actor);
  if (key.view === 'start') return othersSee(key, actor) ?? { key, start: { teamLang: offeredTeamLang(deps) } };
  switch (key.view) {
    case 'timeline':
      return { key, view: await timelineFor(deps, actor, key.leerlijnId) };
    case 'team': {
      const { leerlijn } = await getStatus(deps, actor, key.leerlijnId);
      const session = key.saved !== undefined ? { session: { ...(key.session ? { id: key.session } : {}), saved: key.saved } } : {};
      return { key, view: { type: 'team', leerlijn, canEdit: isCoordinatorOf(leerlijn.members, actor.userId), ...(key.page ? { page: key.page } : {}), ...session } };
    }
    case 'plan':
      return { key, view: await planFor(deps, actor, await requireLeerlijn(deps.db, actor, key.leerlijnId)) };
    case 'evaluation':
      return { key, view: await evaluationFor(deps, actor, await requireLeerlijn(deps.db, actor, key.leerlijnId), key.moment ?? 'terugkom') };
    case 'my_actions':
      return { key, view: { type: 'my_actions', actions: await myActions(deps, actor.workspaceId, actor.userId) } };
    case 'status': {
      const [status, progress] = await Promise.all([getStatus(deps, actor, key.leerlijnId), getProgress(deps, actor, key.leerlijnId)]);
      return { key, view: { type: 'status', status, progress } };
    }
    case 'help':
      return { key, view: { type: 'help', progress: await getProgress(deps, actor, key.leerlijnId), ...keptDays(deps) } };
    case 'next_step':
      return { key, view: { type: 'next_step', progress: await getProgress(deps, actor, key.leerlijnId), ...(key.lang ? { lang: key.lang } : {}) } };
  }
}

/**
 * The form a key names, to be loaded for its opener with its guard (the adapter draws it):
 * unknown forms and requests are invalid. Teams lets anyone refresh a card by hand: anyone else
 * sees what everyone sees.
 */
function formView(key: z.infer<typeof FormKey>, actor: Actor): OwnView {
  const spec = submittedForm(key.form);
  const request = spec ? formRequest(spec, key) : null;
  if (!spec || !request) throw new AppError('invalid_input');
  return othersSee(key, actor) ?? { key, form: spec, request };
}

/** What anyone but its opener sees of a form: whose it is. */
function othersSee(key: Extract<OwnViewKey, { view: 'form' | 'start' }>, actor: Actor): OwnView | null {
  return key.by !== undefined && key.by !== actor.userId ? { key, view: openedBy(key.title ?? '', key.by) } : null;
}
