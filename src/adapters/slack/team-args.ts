// `/leerlijn team add|toevoegen @a @b` and `/leerlijn team remove|verwijder @a`: the
// coordinator changes the team by typing, without the modal. Only real @-mentions count:
// the manifest sets should_escape, so Slack sends them as `<@U123|naam>`.
import { z } from 'zod';
import { ValidationError } from '../../app/errors.js';
import { changeTeam, type TeamChange } from '../../app/leerlijn.js';
import { getStatusInChannel } from '../../app/overview.js';
import type { LeerlijnView } from '../../app/views.js';
import { t, tField, type Lang } from '../../i18n/index.js';
import { errorText, ephemeral, type WebClient } from './context.js';
import { escapeMrkdwn, userMention } from './mrkdwn.js';
import { section } from './render/blocks.js';
import { renderTeam } from './render/leerlijn.js';
import type { CommandCall } from './types.js';

const ADD = ['add', 'toevoegen'] as const;
const REMOVE = ['remove', 'verwijder'] as const;
const MAX_NAMED = 20;

// The id is all we keep; the `|naam` part is what the typist saw and may be stale.
const Mention = z
  .string()
  .regex(/^<@[UW][A-Z0-9]{2,20}(\|[^<>]{0,200})?>$/, 'mention')
  .transform((s) => s.slice(2).split(/[|>]/)[0] ?? '');

const TeamArgs = z.object({
  op: z.enum([...ADD, ...REMOVE], 'usage').transform((v): 'add' | 'remove' => ((ADD as readonly string[]).includes(v) ? 'add' : 'remove')),
  users: z.array(Mention).min(1, 'no_mentions').max(MAX_NAMED, 'too_many').transform((ids) => [...new Set(ids)]),
});
export type TeamArgs = z.infer<typeof TeamArgs>;

/**
 * The words after `team` → what to do, or the sentence that explains what is wrong.
 * The words are joined again first: a mention whose name holds a space arrives split.
 */
export function parseTeamArgs(lang: Lang, args: readonly string[]): { ok: true; value: TeamArgs } | { ok: false; message: string } {
  const [verb = '', ...rest] = args;
  const tokens = rest.join(' ').match(/<[^>]*>?|[^\s<]+/g) ?? [];
  const parsed = TeamArgs.safeParse({ op: verb.toLowerCase(), users: tokens });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const [field, index] = issue?.path ?? [];
  if (field !== 'users') return { ok: false, message: t(lang, 'team.usage') };
  if (typeof index === 'number') {
    const word = escapeMrkdwn((tokens[index] ?? '').replace(/`/g, '').slice(0, 60));
    return { ok: false, message: t(lang, 'team.notMention', { word: `\`${word}\`` }) };
  }
  return { ok: false, message: issue?.message === 'too_many' ? t(lang, 'team.tooMany', { max: MAX_NAMED }) : t(lang, 'team.noMentions') };
}

export interface SlackProfile { name: string; isBot: boolean }

/**
 * Slack's name for each id, as the team list shows it (the id itself when Slack won't say),
 * and whether it is a bot or app: those cannot vote. Slackbot is not marked as a bot by Slack.
 */
export async function slackProfiles(client: WebClient, ids: readonly string[]): Promise<SlackProfile[]> {
  return Promise.all(
    ids.map(async (id) => {
      // An unknown or deactivated account still gets added under its id: the coordinator chose it.
      const res = await client.users.info({ user: id }).catch(() => null);
      const user = res?.user;
      return { name: (user?.real_name || user?.name || id).slice(0, 100), isBot: user?.is_bot === true || id === 'USLACKBOT' };
    }),
  );
}

function listOf(lang: Lang, ids: readonly string[]): string {
  const names = ids.map(userMention);
  const last = names.pop() ?? '';
  return names.length > 0 ? `${names.join(', ')} ${t(lang, 'common.and')} ${last}` : last;
}

function changed(lang: Lang, op: 'add' | 'remove', ids: readonly string[]): string {
  if (ids.length === 1) return t(lang, op === 'add' ? 'team.added' : 'team.removed', { name: listOf(lang, ids) });
  return t(lang, op === 'add' ? 'team.addedMany' : 'team.removedMany', { names: listOf(lang, ids) });
}

/** A refused change in words: the use case's field messages alone read better than "check the fields". */
function refusal(call: CommandCall, error: unknown): string {
  const why = error instanceof ValidationError ? error.fields.map((f) => tField(call.lang, f)).join('\n') : errorText(call.cx, call.lang, error, 'team');
  return `${why}\n${t(call.lang, 'team.unchanged')}`;
}

async function apply(call: CommandCall, leerlijnId: string, change: TeamChange): Promise<LeerlijnView | string> {
  try {
    return await changeTeam(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId, change);
  } catch (error) {
    return refusal(call, error);
  }
}

/** `team add|remove …`; the command is already acknowledged and a leerlijn exists in the channel. */
export async function teamChangeCommand(call: CommandCall): Promise<void> {
  const say = (text: string): Promise<void> => ephemeral(call.client, call.channelId, call.userId, text);
  const parsed = parseTeamArgs(call.lang, call.args);
  if (!parsed.ok) return say(parsed.message);
  const { op, users } = parsed.value;
  const before = (await getStatusInChannel(call.cx.deps, call.workspaceId, call.channelId)).leerlijn;
  const known = new Set(before.members.map((m) => m.userId));
  const inTeam = users.filter((id) => known.has(id));
  const outside = users.filter((id) => !known.has(id));
  let result: LeerlijnView | string;
  let lines: string[];
  if (op === 'add') {
    // Naming someone already in the team is harmless; re-adding them would wipe their side and level.
    if (outside.length === 0) return say(t(call.lang, 'team.alreadyIn', { names: listOf(call.lang, inTeam) }));
    const profiles = (await slackProfiles(call.client, outside)).map((p, i) => ({ ...p, userId: outside[i]! }));
    // A bot or app cannot click a vote: in the team it would keep "x of N voted" below N.
    const bots = profiles.filter((p) => p.isBot).map((p) => p.userId);
    const people = profiles.filter((p) => !p.isBot);
    const notes = [
      ...(inTeam.length > 0 ? [t(call.lang, 'team.alreadyIn', { names: listOf(call.lang, inTeam) })] : []),
      ...(bots.length > 0 ? [t(call.lang, 'team.botsNotAdded', { names: listOf(call.lang, bots) })] : []),
    ];
    if (people.length === 0) return say(notes.join('\n'));
    result = await apply(call, before.id, { upsert: people.map((p) => ({ userId: p.userId, displayName: p.name })) });
    lines = [changed(call.lang, 'add', people.map((p) => p.userId)), ...notes];
  } else {
    // Everything or nothing: a half-done removal is harder to notice than a refusal.
    if (outside.length > 0) return say(t(call.lang, 'team.notIn', { names: listOf(call.lang, outside) }));
    result = await apply(call, before.id, { remove: inTeam });
    lines = [changed(call.lang, 'remove', inTeam)];
  }
  if (typeof result === 'string') return say(result);
  const stillCoordinator = result.members.some((m) => m.userId === call.userId && m.isCoordinator);
  const team = renderTeam(result, stillCoordinator);
  await ephemeral(call.client, call.channelId, call.userId, { text: lines.join('\n'), blocks: [section(lines.join('\n'), { blockId: 'team_change' }), ...team.blocks] });
}
