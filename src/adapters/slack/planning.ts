// `/leerlijn planning`: the timeline; the coordinator moves a meeting or names the notulist
// and invuller. The use case keeps the order and reports timing warnings.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { isAppError, ValidationError } from '../../app/errors.js';
import { assignMeetingRoles, getTimeline, requireCoordinatorOf, rescheduleMeeting } from '../../app/meetings.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { t, tError } from '../../i18n/index.js';
import { errorText, formErrors, post } from './context.js';
import { dateInput, modal, parseMeta, read, selectInput, textInput, userInput } from './render/inputs.js';
import { renderTimeline } from './render/leerlijn.js';
import type { ActionCall, SubmitCall } from './types.js';
import { tellNextStep } from './next-step.js';

export const MOVE_CALLBACK = 'meeting_move';
export const ROLES_CALLBACK = 'meeting_roles';
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

async function openForm(call: ActionCall, roles: boolean): Promise<void> {
  await call.ack();
  // `<leerlijn id>` or `<leerlijn id>|<meeting>` (a prompt's button names the meeting to move).
  const [id = '', preset] = call.value.split('|');
  const leerlijnId = Uuid.safeParse(id);
  if (!leerlijnId.success) return;
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  let timeline;
  try {
    await requireCoordinatorOf(call.cx.deps, actor, leerlijnId.data, roles ? 'roles_form' : 'move_form');
    timeline = await getTimeline(call.cx.deps, actor, leerlijnId.data);
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'planning_form'));
  }
  const lang = timeline.lang;
  // The new timeline goes to the team's channel, also when the button sat in a direct message.
  const meta = { leerlijnId: leerlijnId.data, channelId: timeline.channelId, lang };
  const view = roles
    ? modal(ROLES_CALLBACK, t(lang, 'timeline.title'), t(lang, 'timeline.submit'), t(lang, 'timeline.close'), timeline.meetings.flatMap((m) => [
        userInput(`notulist_${m.kind}`, `${t(lang, `meeting.${m.kind}`)} – ${t(lang, 'timeline.notulist')}`, { initial: m.notulistUserId, optional: true }),
        userInput(`invuller_${m.kind}`, `${t(lang, `meeting.${m.kind}`)} – ${t(lang, 'timeline.invuller')}`, { initial: m.invullerUserId, optional: true }),
        textInput(`location_${m.kind}`, `${t(lang, `meeting.${m.kind}`)} – ${t(lang, 'timeline.location')}`, { initial: m.location, optional: true, max: 200 }),
      ]), meta)
    : moveModal(meta, preset);
  await call.client.views.open({ trigger_id: call.triggerId, view });
}

/** The move form, with `preset` chosen when it names a meeting (a prompt's button, `planning nieuw`). */
export function moveModal(meta: z.infer<typeof Meta>, preset?: string): ReturnType<typeof modal> {
  const { lang } = meta;
  const meetings = ALL_MEETING_KINDS.map((k) => ({ text: t(lang, `meeting.${k}`), value: k }));
  const initialKind = ALL_MEETING_KINDS.find((k) => k === preset) ?? null;
  return modal(MOVE_CALLBACK, t(lang, 'schedule.title'), t(lang, 'schedule.submit'), t(lang, 'schedule.close'), [
    selectInput('kind', t(lang, 'slack.meeting'), meetings, { initial: initialKind }),
    dateInput('date', t(lang, 'schedule.date')),
    textInput('time', t(lang, 'schedule.time'), { max: 5, hint: t(lang, 'schedule.hint') }),
  ], meta);
}

export const openMove = (call: ActionCall): Promise<void> => openForm(call, false);
export const openRoles = (call: ActionCall): Promise<void> => openForm(call, true);

export async function submitMove(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ kind: t('nl', 'field.invalid') });
  const input = { kind: read.selected(call.values, 'kind') ?? '', date: read.date(call.values, 'date'), time: read.text(call.values, 'time').trim() };
  let timeline;
  try {
    timeline = await rescheduleMeeting(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, meta.leerlijnId, input);
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, (f) => (['kind', 'date', 'time'].includes(f) ? f : undefined), 'date'));
    if (isAppError(error) && error.code === 'schedule_refused') return call.ack({ date: tError(meta.lang, error.code, error.params) });
    return call.ack({ kind: errorText(call.cx, meta.lang, error, 'move') });
  }
  await call.ack();
  await post(call.client, meta.channelId, renderTimeline(timeline, false));
  await tellNextStep({ ...call, channelId: meta.channelId });
}

export async function submitRoles(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ notulist_signalering: t('nl', 'field.invalid') });
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  const roles = ALL_MEETING_KINDS.map((kind) => ({
    kind,
    notulistUserId: read.user(call.values, `notulist_${kind}`) || null,
    invullerUserId: read.user(call.values, `invuller_${kind}`) || null,
    location: read.optionalText(call.values, `location_${kind}`) ?? '',
  }));
  // Field errors come back as `<index>.<field>`: point each at its own select in the form.
  const blockFor = (field: string): string | undefined => {
    const [index, name] = field.split('.');
    const kind = ALL_MEETING_KINDS[Number(index)];
    if (kind && name === 'location') return `location_${kind}`;
    return kind && name ? `${name === 'notulistUserId' ? 'notulist' : 'invuller'}_${kind}` : undefined;
  };
  let timeline;
  try {
    // All four meetings in one transaction: the form saves everything or nothing.
    timeline = await assignMeetingRoles(call.cx.deps, actor, meta.leerlijnId, roles);
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, blockFor, 'notulist_signalering'));
    return call.ack({ notulist_signalering: errorText(call.cx, meta.lang, error, 'roles') });
  }
  await call.ack();
  await post(call.client, meta.channelId, renderTimeline(timeline, false));
}

const MoveTo = z.tuple([Uuid, z.enum(ALL_MEETING_KINDS), z.iso.date()]);

/**
 * One click on a day-off warning: the meeting moves to that working day at its own time. The
 * use case checks that the clicker coordinates this leerlijn, as for the move form.
 */
export async function moveTo(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MoveTo.safeParse(call.value.split('|'));
  if (!parsed.success) return;
  const [leerlijnId, kind, date] = parsed.data;
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  let timeline;
  try {
    const time = (await getTimeline(call.cx.deps, actor, leerlijnId)).meetings.find((m) => m.kind === kind)?.localTime ?? '';
    timeline = await rescheduleMeeting(call.cx.deps, actor, leerlijnId, { kind, date, time });
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'move_to'));
  }
  await post(call.client, timeline.channelId, renderTimeline(timeline, false));
  await tellNextStep({ ...call, channelId: timeline.channelId });
}
