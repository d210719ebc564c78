// Action status from a DM, `mijn-acties` or the App Home: klaar / bezig / loopt vast, with an optional note.
import { z } from 'zod';
import { ACTION_STATUSES, getAction } from '../../app/actions.js';
import { statusClicked, statusNoted, type StatusPlace, type StatusRedraw } from '../../app/flows/status.js';
import { noticeOfRedraw } from '../../app/flows/status-notice.js';
import type { TextView } from '../../app/flows/surface.js';
import { t, type Lang } from '../../i18n/index.js';
import { STATUS_NOTE_FORM, statusNoteFields, statusNoteForm } from '../../views/action-forms.js';
import { statusClickLang } from '../../app/flows/reader-lang.js';
import { FOLLOWUP_WHENS, type FollowupWhen } from '../../app/notices.js';
import { dmChannel, openModal, orTell } from './context.js';
import { tellClicker } from './tell.js';
import { slackStartCtx, type ModalInputs } from './form-surface.js';
import { sendOpenedFormOnce, sentBeforeKey } from '../../app/flows/form-once.js';
import { publishHome } from './home.js';
import { buttonValue, parseMeta, readModal, toModal } from './render/form.js';
import { renderNotice } from './render/reply.js';
import { actorOf, type ActionCall, type SlackCaller, type SubmitCall } from './types.js';

// A reminder's buttons also say when it was sent, so the reminder is what is redrawn (render/controls.ts).
const Reminder = z.enum(FOLLOWUP_WHENS);
const StatusValue = buttonValue(z.union([z.tuple([z.uuid(), z.enum(ACTION_STATUSES)]), z.tuple([z.uuid(), z.enum(ACTION_STATUSES), Reminder])]));
const NoteValue = buttonValue(z.union([z.tuple([z.uuid()]), z.tuple([z.uuid(), Reminder])]));
// messageTs / home: where the note button was, redrawn once the note is saved.
const NoteMeta = z.object({ actionId: z.uuid(), channelId: z.string().max(64), messageTs: z.string().max(32).nullish(), lang: z.enum(['nl', 'en']), home: z.boolean().optional(), reminder: Reminder.optional() });

/** The App Home has no channel: a click there is answered in the bot's DM with the user. */
const answerChannel = async (call: ActionCall): Promise<string | null> =>
  call.channelId || (call.inHome ? dmChannel(call.client, call.userId) : null);

/** Slack's buttons say no language of their own. */
const langOfAction = (call: ActionCall, actionId: string): Promise<Lang> => statusClickLang({ deps: call.cx.deps, actor: actorOf(call) }, actionId);

/** Where the button was: a message (an owner's DM, a reminder) is redrawn, the App Home published again. */
function placeOf(ts: string | null | undefined, home: boolean | undefined, reminder?: FollowupWhen): StatusPlace {
  if (ts) return { in: 'message', messageId: ts, ...(reminder ? { reminder } : {}) };
  return home ? { in: 'home' } : { in: 'none' };
}

/** Answers go only to the person who acted; a refused note stays beside what was typed (`modal`). */
function statusCtx(call: SlackCaller, channelId: string, lang: Lang, modal?: ModalInputs) {
  const ctx = slackStartCtx(call, { channelId, lang }, modal);
  const redraw = async (view: StatusRedraw, clicked: StatusPlace): Promise<void> => {
    if (view.type === 'home') return publishHome(call.client, view.home);
    if (view.type === 'my_actions' || clicked.in !== 'message') return;
    const r = renderNotice(noticeOfRedraw(view));
    await call.client.chat.update({ channel: channelId, ts: clicked.messageId, text: r.text, blocks: r.blocks });
  };
  const confirm = (lines: readonly TextView[]) => ctx.surface.reply({ type: 'lines', lines });
  return { ...ctx, surface: { ...ctx.surface, redraw, confirm } };
}

export async function setStatus(call: ActionCall): Promise<void> {
  const parsed = StatusValue.safeParse(call.value);
  const channelId = parsed.success ? await answerChannel(call) : null;
  if (!parsed.success || !channelId) return;
  const [actionId, status, reminder] = parsed.data;
  const lang = await langOfAction(call, actionId);
  const clicked = () => statusClicked(statusCtx(call, channelId, lang), placeOf(call.messageTs, call.inHome, reminder), { actionId, status });
  await orTell(call.cx, 'action_status', clicked, tellClicker(call, channelId), () => lang);
}

export async function openStatusNote(call: ActionCall): Promise<void> {
  const parsed = NoteValue.safeParse(call.value);
  const channelId = parsed.success ? await answerChannel(call) : null;
  if (!parsed.success || !channelId) return;
  const [actionId, reminder] = parsed.data;
  const lang = await langOfAction(call, actionId);
  const meta = { channelId, messageTs: call.messageTs, lang, ...(call.inHome ? { home: true } : {}), ...(reminder ? { reminder } : {}) };
  const drawn = async () => ({ view: toModal(statusNoteForm(lang, await getAction(call.cx.deps, actorOf(call), actionId)), meta) });
  await openModal(call, 'action_note_open', drawn, () => lang);
}

export async function submitStatusNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ status: t('nl', 'field.invalid') });
  const sent = readModal(statusNoteFields(meta.lang), call.values);
  const ctx = statusCtx(call, meta.channelId, meta.lang, { blockFor: (f) => (f === 'note' ? 'note' : 'status'), fallback: 'status', ack: call.ack });
  // The action's leerlijn is known once the note is kept: the record of this send is kept with it.
  const opened = { form: STATUS_NOTE_FORM, openedId: call.viewId, leerlijnId: null };
  const input = { actionId: meta.actionId, status: sent.status ?? '', note: sent.note };
  const place = placeOf(meta.messageTs, meta.home, meta.reminder);
  const once = await sendOpenedFormOnce(call.cx, actorOf(call), opened, (saved) => statusNoted(ctx, place, input, saved));
  if (once !== 'ran') await call.ack({ status: t(meta.lang, sentBeforeKey(once)) });
}
