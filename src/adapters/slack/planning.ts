// `/leerlijn planning`: the timeline; the coordinator moves a meeting or names the notulist
// and invuller. The use case keeps the order and reports timing warnings.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { planningFormData } from '../../app/flows/open-forms.js';
import { moveFormSubmitted, moveToDay, rolesSubmitted } from '../../app/flows/meeting-forms.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { t } from '../../i18n/index.js';
import { channelLeerlijn } from '../../app/places.js';
import { errorText, langOf } from './context.js';
import { modal, parseMeta, read, textInput, userInput } from './render/inputs.js';
import { moveModal } from './render/modals.js';
import { slackFormCtx } from './form-surface.js';
import { submitModalForm } from './modal-form.js';
import { moveFields } from '../../views/planning-forms.js';
import type { ActionCall, SubmitCall } from './types.js';

export const ROLES_CALLBACK = 'meeting_roles';
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

async function openForm(call: ActionCall, roles: boolean): Promise<void> {
  await call.ack();
  // `<leerlijn id>` or `<leerlijn id>|<meeting>` (a prompt's button names the meeting to move).
  const [id = '', preset] = call.value.split('|');
  const leerlijnId = Uuid.safeParse(id);
  if (!leerlijnId.success) return;
  let timeline;
  try {
    timeline = await planningFormData(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId.data, roles ? 'roles' : 'move');
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

export const openMove = (call: ActionCall): Promise<void> => openForm(call, false);
export const openRoles = (call: ActionCall): Promise<void> => openForm(call, true);

export async function submitMove(call: SubmitCall): Promise<void> {
  await submitModalForm(call, moveFields, moveFormSubmitted);
}

/** Field errors come back as `<index>.<field>`: each points at its own input in the form. */
function roleBlock(field: string): string | undefined {
  const [index, name] = field.split('.');
  const kind = ALL_MEETING_KINDS[Number(index)];
  if (kind && name === 'location') return `location_${kind}`;
  return kind && name ? `${name === 'notulistUserId' ? 'notulist' : 'invuller'}_${kind}` : undefined;
}

export async function submitRoles(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ notulist_signalering: t('nl', 'field.invalid') });
  const roles = ALL_MEETING_KINDS.map((kind) => ({
    kind,
    notulistUserId: read.user(call.values, `notulist_${kind}`) || null,
    invullerUserId: read.user(call.values, `invuller_${kind}`) || null,
    location: read.optionalText(call.values, `location_${kind}`) ?? '',
  }));
  await rolesSubmitted(slackFormCtx(call, meta, { blockFor: roleBlock, fallback: 'notulist_signalering', ack: call.ack }), roles);
}

const MoveTo = z.tuple([Uuid, z.enum(ALL_MEETING_KINDS), z.iso.date()]);

/** One click on a day-off warning (`<leerlijn id>|<meeting>|<date>`); the flow moves the meeting to that day. */
export async function moveTo(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = MoveTo.safeParse(call.value.split('|'));
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, kind, date] = parsed.data;
  // The button sits in the timeline in the team's channel: what follows is said in its leerlijn's
  // language. Only the language: the leerlijn acted on is the button's, checked by the use case,
  // so the cached row will do (app/places.ts).
  const lang = langOf(call.cx, await channelLeerlijn(call.cx.deps, call.workspaceId, call.channelId, 'cached'));
  await moveToDay(slackFormCtx(call, { leerlijnId, channelId: call.channelId, lang }), { kind, date });
}
