// Which owner DM lists which action, so a click in that DM can redraw it (actions.ts).
import { rememberMessage } from '../../store/posted-messages.js';
import type { SlackCtx } from './context.js';

// The owner DM (plan.ts) records, per action, which message lists it; a click in that
// message can then redraw it with the new status. Slack hands us the DM channel on the
// click, so the record keeps the owner in channel_id.
export const ownerDmKey = (actionId: string): string => `owner_dm:${actionId}`;

export async function rememberOwnerDm(cx: SlackCtx, workspaceId: string, leerlijnId: string, ownerUserId: string, actionIds: readonly string[], ts: string): Promise<void> {
  for (const id of actionIds) await rememberMessage(cx.deps.db, workspaceId, leerlijnId, ownerDmKey(id), { channelId: ownerUserId, messageId: ts });
}

