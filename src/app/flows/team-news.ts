// A team change told personally to whom it is about (app/team-news.ts decides who and what), by
// command or form. Someone the platform cannot reach does not undo the change: the coordinator
// who made it hears whom to tell themselves, as with the owners of new actions; not of someone
// taken off whose account the platform says is gone (they left: the usual reason to take them off).
import type { TeamChanged } from '../leerlijn.js';
import { text, type FlowCtx } from './surface.js';

export async function tellTeamNews(ctx: Pick<FlowCtx, 'surface' | 'log' | 'actor'>, changed: Pick<TeamChanged, 'team' | 'news'>): Promise<void> {
  const unreached: string[] = [];
  for (const news of changed.news) {
    const result = await ctx.surface.notify(news.userId, { type: 'team_news', leerlijn: changed.team, news, byUserId: ctx.actor.userId });
    if (result.ok) continue;
    ctx.log.warn({ error: result.error }, 'team change not told');
    // Taken off because they left (their account is gone): there is nobody to tell any more.
    if (!(news.kind === 'removed' && result.recipientGone)) unreached.push(news.userId);
  }
  if (unreached.length > 0) await ctx.surface.reply(text('teamNews.unreached', {}, { people: { names: unreached }, tone: 'warning' }));
}
