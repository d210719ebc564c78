// One click on a day-off warning in the timeline: the meeting moves to that day. The planning's
// forms themselves open and submit through modal-form.ts.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { moveToDay } from '../../app/flows/meeting-forms.js';
import { ALL_MEETING_KINDS } from '../../domain/meetings.js';
import { channelLeerlijn } from '../../app/places.js';
import { langOf } from './context.js';
import { slackFormCtx } from './form-surface.js';
import type { ActionCall } from './types.js';

const MoveTo = z.tuple([Uuid, z.enum(ALL_MEETING_KINDS), z.iso.date()]);

/** `<leerlijn id>|<meeting>|<date>`; the flow moves the meeting to that day. */
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
