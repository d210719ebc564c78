// People as Slack knows them: the mentions in a typed command (the manifest sets should_escape, so `@naam` arrives as
// `<@U123|naam>`) and each person's name and whether they are a bot.
import type { WebClient } from './context.js';
import { isRateLimited } from './time-limits.js';

// The id is all we keep; the `|naam` part is what the typist saw and may be stale.
const MENTION = /^<@([UW][A-Z0-9]{2,20})(?:\|[^<>]{0,200})?>$/;

/**
 * A token Slack escaped that names no person, as the person typed it (`<!subteam^S1|@docenten>` → `@docenten`, `<!here>` →
 * `@here`, `<#C1|algemeen>` → `#algemeen`, a link → its label): a refusal that quotes it then reads what they typed.
 */
function asTyped(token: string): string {
  const special = /^<([!#])([^|>]*)(?:\|([^>]*))?>$/.exec(token);
  if (special) {
    const [, sign, code = '', label] = special;
    // A group's and a special mention's label already starts with its `@`; a channel's has no `#`.
    return label ? `${sign === '#' ? '#' : ''}${label}` : `${sign === '#' ? '#' : '@'}${code.replace(/^subteam\^/, '')}`;
  }
  const link = /^<([^|>]+)(?:\|([^>]*))?>$/.exec(token);
  return link ? (link[2] || link[1]!) : token;
}

/** The command's words without the people it names, and their ids; split around `<…>`, so a name with a space stays one token. */
export function splitMentions(text: string): { text: string; mentions: string[] } {
  const words: string[] = [];
  const mentions: string[] = [];
  for (const token of text.match(/<[^>]*>?|[^\s<]+/g) ?? []) {
    const id = MENTION.exec(token)?.[1];
    if (id) mentions.push(id);
    else words.push(asTyped(token));
  }
  return { text: words.join(' '), mentions };
}

/**
 * Slack's name for each id (the id when Slack won't say), and whether it is a bot (Slack does not mark Slackbot). A
 * long 429 is thrown: unsaid, a bot could slip into the team under its id. The bot's own account (`botUserId`, Bolt's
 * context) is a bot even when users.info fails: picked in the start form it would else join the team it counts.
 */
export async function slackProfiles(
  client: WebClient, ids: readonly string[], botUserId?: string,
): Promise<Array<{ userId: string; name: string; isBot: boolean }>> {
  return Promise.all(
    ids.map(async (id) => {
      // An unknown or deactivated account still gets added under its id: the coordinator chose it.
      const info = await client.users.info({ user: id }).catch((error: unknown) => {
        if (isRateLimited(error)) throw error;
        return null;
      });
      const user = info?.user;
      return { userId: id, name: (user?.real_name || user?.name || id).slice(0, 100), isBot: user?.is_bot === true || id === 'USLACKBOT' || id === botUserId };
    }),
  );
}
