// App Home: the user's leerlijnen, next meeting and open actions. Slack redelivers events
// it thinks were missed; each event_id is handled once.
import { getHome } from '../../app/overview.js';
import type { SlackCtx, WebClient } from './context.js';
import { workspaceIdFor } from './context.js';
import { renderHome } from './render/notices.js';
import { firstDelivery } from './state.js';

export async function homeOpened(cx: SlackCtx, client: WebClient, e: { eventId: string; teamId: string; userId: string }): Promise<void> {
  if (!(await firstDelivery(cx.deps.db, e.eventId))) return;
  const workspaceId = await workspaceIdFor(cx, e.teamId);
  const home = await getHome(cx.deps, workspaceId, e.userId);
  await client.views.publish({ user_id: e.userId, view: renderHome(home) });
}
