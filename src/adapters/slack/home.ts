// App Home and the bot's arrival in a channel. Slack redelivers events it thinks were missed; each event_id is handled once.
import { getHome } from '../../app/overview.js';
import type { HomeView } from '../../app/views.js';
import type { SlackCtx, WebClient } from './context.js';
import { workspaceIdFor } from '../../app/places.js';
import { arrivalFlow, type Arrival } from '../../app/flows/overview.js';
import type { FlowCtx } from '../../app/flows/surface.js';
import { postWelcome, slackFlowCtx } from './surface.js';
import { renderHome } from './render/reply.js';
import { isRateLimited } from './time-limits.js';
import { slackErrorCode } from './bot-token.js';
import { firstDelivery } from '../../app/platform-records.js';

export async function homeOpened(cx: SlackCtx, client: WebClient, e: { eventId: string; teamId: string; userId: string }): Promise<void> {
  if (!(await firstDelivery(cx.deps, 'slack', e.eventId))) return;
  await publishHome(client, await getHome(cx.deps, await workspaceIdFor(cx.deps, 'slack', e.teamId), e.userId));
}

/** The user's App Home as it stands now: when they open it, and after they change an action there (its flow reads it). */
export async function publishHome(client: WebClient, home: HomeView): Promise<void> {
  await client.views.publish({ user_id: home.userId, view: renderHome(home) });
}

/**
 * The bot introduces itself where invited; with the database down, without the once-per-event check (Bolt acked, so no
 * redelivery). A welcome Slack refuses (only admins post there, its rate limit) is only a warning.
 */
export async function botJoined(cx: SlackCtx, client: WebClient, e: { eventId: string; teamId: string; channelId: string }): Promise<void> {
  const read = async (): Promise<FlowCtx | null> => {
    if (!(await firstDelivery(cx.deps, 'slack', e.eventId))) return null;
    return slackFlowCtx({ cx, client, workspaceId: await workspaceIdFor(cx.deps, 'slack', e.teamId), userId: '', channelId: e.channelId, triggerId: '' });
  };
  const arrival: Arrival = { personal: false, read, welcome: (lang) => postWelcome(client, e.channelId, lang), refusedCode: slackErrorCode, throttled: isRateLimited };
  await arrivalFlow(cx.deps, cx.log, 'slack: invited while the database does not answer; the welcome in the configured language', arrival);
}
