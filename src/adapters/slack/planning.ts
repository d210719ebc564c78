// Buttons in the team's channel that act at once: a day-off warning's moves the meeting to that day; the one under
// the actieplan posts the whole plan.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { moveToDay } from '../../app/flows/meeting-forms.js';
import { postPlanFlow } from '../../app/flows/post-plan.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { channelButtonCtx } from './form-surface.js';
import type { ActionCall } from './types.js';

const MoveTo = z.tuple([Uuid, z.enum(ALL_MEETING_KINDS), z.iso.date()]);

/** `<leerlijn id>|<meeting>|<date>`; the flow moves the meeting to that day. */
export async function moveTo(call: ActionCall): Promise<void> {
  const parsed = MoveTo.safeParse(call.value.split('|'));
  if (!parsed.success || !call.channelId) return;
  const [leerlijnId, kind, date] = parsed.data;
  await moveToDay(await channelButtonCtx(call, call.channelId, leerlijnId), { kind, date });
}

/** `value` is the leerlijn id (forgeable: the use case checks who may read the plan). */
export async function postPlan(call: ActionCall): Promise<void> {
  const leerlijnId = Uuid.safeParse(call.value);
  if (!call.channelId || !leerlijnId.success) return;
  await postPlanFlow(await channelButtonCtx(call, call.channelId, leerlijnId.data));
}
