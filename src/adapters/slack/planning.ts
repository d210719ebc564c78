// `/leerlijn planning`: the timeline; the coordinator moves a meeting or names the notulist
// and invuller. The use case keeps the order and reports timing warnings.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { planningFormData } from '../../app/flows/open-forms.js';
import { moveFormSubmitted, moveToDay, rolesFormSubmitted } from '../../app/flows/meeting-forms.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { channelLeerlijn } from '../../app/places.js';
import { errorText, langOf } from './context.js';
import { slackFormCtx } from './form-surface.js';
import { submitModalForm } from './modal-form.js';
import { moveFields, moveForm, ROLES_FORM, rolesFields, rolesForm } from '../../views/planning-forms.js';
import { toModal, type BlockOf } from './render/form.js';
import type { StateValues } from './render/inputs.js';
import type { ActionCall, SubmitCall } from './types.js';

export const ROLES_CALLBACK = ROLES_FORM;
/** What the roles modal was called until both platforms shared one form: one still open submits. */
export const LEGACY_ROLES_CALLBACK = 'meeting_roles';

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
  const form = roles ? rolesForm(lang, leerlijnId.data, timeline.meetings) : moveForm(lang, leerlijnId.data, preset ? { kind: preset } : {});
  const view = toModal(form, { channelId: timeline.channelId, lang });
  await call.client.views.open({ trigger_id: call.triggerId, view });
}

export const openMove = (call: ActionCall): Promise<void> => openForm(call, false);
export const openRoles = (call: ActionCall): Promise<void> => openForm(call, true);

export async function submitMove(call: SubmitCall): Promise<void> {
  await submitModalForm(call, moveFields, moveFormSubmitted);
}

/** The roles modal's inputs were `notulist_<kind>`, `invuller_<kind>`, `location_<kind>` until its ids became the use case's. */
function legacyRoleBlock(state: StateValues): BlockOf | undefined {
  if (!Object.keys(state).some((k) => /^(notulist|invuller|location)_/.test(k))) return undefined;
  return (id) => {
    const [index, name] = id.split('.');
    const kind = ALL_MEETING_KINDS[Number(index)];
    const role = name === 'notulistUserId' ? 'notulist' : name === 'invullerUserId' ? 'invuller' : 'location';
    return kind ? `${role}_${kind}` : id;
  };
}

/** Only the meetings the modal showed: one it left out (cancelled) keeps its roles rather than losing them. */
export async function submitRoles(call: SubmitCall): Promise<void> {
  const blockOf = legacyRoleBlock(call.values) ?? ((id: string) => id);
  const shown = (id: string): boolean => blockOf(id) in call.values;
  await submitModalForm(call, (lang) => rolesFields(lang, ALL_MEETING_KINDS), (ctx, values) =>
    rolesFormSubmitted(ctx, Object.fromEntries(Object.entries(values).filter(([id]) => !/^\d\./.test(id) || shown(id)))), legacyRoleBlock);
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
