// Text commands (`@Leerlijn start` in a channel, `start` in a personal chat) to the shared registry, people named by their mentions.
import { TeamsInfo, TurnContext } from 'botbuilder';
import { runCommand } from '../../app/flows/run.js';
import { BOT_MENTION } from './cards/common.js';
import { teamsFlowCtx } from './surface.js';
import type { TeamsServices } from './services.js';
import { mentionsIn, type Turn } from './turn.js';
import { turnRetry, withRetry } from './retry.js';

/** The bot's name typed as plain text, as the texts write commands: a 1:1 chat has no one to mention. */
const TYPED_MENTION = new RegExp(`^${BOT_MENTION}(?=\\s|$)`, 'i');

/** The text without any `<at>…</at>` (the bot's mention and the people named) or a typed `@Leerlijn` before it, spaces tidied. */
export function commandText(raw: string): string {
  return raw.replace(/<at>[^<]*<\/at>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim().replace(TYPED_MENTION, '').trim();
}

/** The people the message names (not the bot), by our id; one Teams will not tell us about is left out. */
async function mentionedPeople(svc: Pick<TeamsServices, 'retry'>, context: TurnContext): Promise<string[]> {
  const botId = context.activity.recipient.id;
  const ids: string[] = [];
  for (const m of mentionsIn(context.activity)) {
    if (m.id === botId) continue;
    // '28:' + app id: a bot, in no roster; passed on so the flow can say it was not added (surface.people).
    if (typeof m.aadObjectId === 'string') ids.push(m.aadObjectId);
    else if (m.id.startsWith('28:')) ids.push(m.id);
    else {
      const member = await withRetry(() => TeamsInfo.getMember(context, m.id), turnRetry(svc.retry, context)).catch(() => null);
      if (member?.aadObjectId) ids.push(member.aadObjectId);
    }
  }
  return ids;
}

export async function runTeamsCommand(svc: TeamsServices, turn: Turn): Promise<void> {
  const raw = typeof turn.context.activity.text === 'string' ? turn.context.activity.text : '';
  await runCommand(teamsFlowCtx(svc, turn), { text: commandText(raw), mentions: await mentionedPeople(svc, turn.context) });
}

