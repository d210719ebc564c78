// The button under the actieplan's menu: the whole plan in the team's channel (app/flows/post-plan.ts).
import { postPlanFlow } from '../../app/flows/post-plan.js';
import { channelLeerlijn } from '../../app/places.js';
import { Uuid } from '../../app/validate.js';
import { langOf } from './context.js';
import { slackFormCtx } from './form-surface.js';
import type { ActionCall } from './types.js';

/** `value` is the leerlijn id (forgeable: the use case checks who may read the plan). */
export async function postPlan(call: ActionCall): Promise<void> {
  await call.ack();
  const leerlijnId = Uuid.safeParse(call.value);
  if (!call.channelId || !leerlijnId.success) return;
  // Only the language comes from the channel's leerlijn: the plan posted is the button's.
  const lang = langOf(call.cx, await channelLeerlijn(call.cx.deps, call.workspaceId, call.channelId, 'cached'));
  await postPlanFlow(slackFormCtx(call, { leerlijnId: leerlijnId.data, channelId: call.channelId, lang }));
}
