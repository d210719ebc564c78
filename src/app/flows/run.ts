// Running a typed command: the checks every command shares (where it may be used, whether
// the channel has a leerlijn, coordinator-only), then its flow; refusals become words.
import { notActive, notCoordinator } from '../context.js';
import { endedLeerlijnIn, type EndedLeerlijnRow } from '../ended.js';
import { keptDays } from '../retention.js';
import { errorView, unknownArgument } from './error-view.js';
import { coordinatesAnyIn, memberOf } from '../../store/leerlijnen.js';
import { inPersonalChat, speakingIn } from './reader-lang.js';
import { COMMAND_FLOWS } from './command-flows.js';
import { commandWordLike, parseCommand, wordsRefused, type CommandSpec } from './registry.js';
import { teamChangeLike } from './team.js';
import { text, type CommandInput, type FlowCtx, type ReplyView } from './surface.js';

/** The context the command runs in, or why this person may not run it here. */
type Checked = { ctx: FlowCtx } | { refused: ReplyView };

/** A channel where no leerlijn runs but a stopped one's data is kept: that one, or null. */
type Stopped = EndedLeerlijnRow | null;

/**
 * The channel's stopped leerlijn whose data is kept, where none runs; its language is the channel's
 * then (as a running one's is, places.ts placeLang), the help and a word not known included.
 */
async function inStoppedOnesLang(ctx: FlowCtx): Promise<{ ctx: FlowCtx; stopped: Stopped }> {
  const stopped = ctx.place.personal || ctx.leerlijn ? null : await endedLeerlijnIn(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId);
  return { ctx: stopped ? speakingIn(ctx, stopped.lang) : ctx, stopped };
}

/**
 * Where no leerlijn runs, a stopped one's data may still be kept in the channel: export and
 * verwijder act on it, in its language; any other command that needs a leerlijn says it no longer runs.
 */
function stoppedOne(ctx: FlowCtx, spec: CommandSpec, ended: Stopped): Checked {
  if (!ended) return { refused: { type: 'error', code: 'no_leerlijn' } };
  if (!spec.alsoStopped) return { refused: { type: 'error', code: 'leerlijn_not_active', params: notActive(ended).params, lang: ended.lang } };
  return { ctx: { ...ctx, leerlijn: ended } };
}

/** `word`: the command as typed. */
async function checked(ctx: FlowCtx, spec: CommandSpec, word: string, stopped: Stopped): Promise<Checked> {
  if (spec.where === 'channel' && ctx.place.personal) return { refused: await channelOnlyRefusal(ctx, spec, word) };
  // Said before the start form is filled in: the leerlijn it would start could never post here.
  if (spec.where === 'channel' && ctx.place.groupChat?.botAdded === false && !ctx.leerlijn && !stopped) return { refused: text('command.groupChatWithoutBot') };
  if (spec.needsLeerlijn && !ctx.leerlijn) {
    const onStopped = stoppedOne(ctx, spec, stopped);
    return 'refused' in onStopped ? onStopped : coordinatorChecked(onStopped.ctx, spec);
  }
  return coordinatorChecked(ctx, spec);
}

/**
 * A personal chat has no leerlijn to act on: say where the command works, in the words typed. A
 * coordinator-only one typed by someone who coordinates no leerlijn would only be refused there:
 * say so at once (for `export`, with where their own data is).
 */
async function channelOnlyRefusal(ctx: FlowCtx, spec: CommandSpec, word: string): Promise<ReplyView> {
  if (!spec.coordinatorOnly || (await coordinatesAnyIn(ctx.deps.db, ctx.actor.workspaceId, ctx.actor.userId))) return text('command.channelOnly', { command: word });
  return spec.name === 'export' ? text('command.exportNotCoordinator') : { type: 'error', code: 'not_coordinator' };
}

/** A coordinator-only command refused for anyone else, before anything opens. */
async function coordinatorChecked(ctx: FlowCtx, spec: CommandSpec): Promise<Checked> {
  if (!spec.coordinatorOnly || !ctx.leerlijn) return { ctx };
  const member = await memberOf(ctx.deps.db, ctx.leerlijn.id, ctx.actor.userId);
  if (member?.isCoordinator) return { ctx };
  const { params } = await notCoordinator(ctx.deps.db, ctx.leerlijn, member);
  return { refused: { type: 'error', code: 'not_coordinator', lang: ctx.leerlijn.lang, ...(Object.keys(params).length > 0 ? { params } : {}) } };
}

/** A word no command has, close to one a command has (or a verb of one): the help asks whether that one was meant. */
function likeCommand(word: string): { didYouMean?: string } {
  const like = teamChangeLike(word) ?? commandWordLike(word);
  return like ? { didYouMean: like } : {};
}

/** In a group chat a refusal speaks of the chat, not of a channel (views/reply.ts picks the words). */
function speakingOfChat(ctx: FlowCtx): FlowCtx {
  if (!ctx.place.groupChat) return ctx;
  const { surface } = ctx;
  const inChat = (view: ReplyView): ReplyView => (view.type === 'error' ? { ...view, inChat: true } : view);
  return { ...ctx, surface: { ...surface, reply: (view) => surface.reply(inChat(view)) } };
}

/** `typed`: the words after `/leerlijn` (Slack) or the bot's mention (Teams), people's mentions taken out. */
export async function runCommand(asTyped: FlowCtx, typed: { text: string; mentions: readonly string[] }): Promise<void> {
  const parsed = parseCommand(typed.text);
  const place = speakingOfChat(asTyped);
  let ctx = place;
  try {
    const here = await inStoppedOnesLang(await inPersonalChat(place, parsed.spec?.english !== undefined && parsed.word === parsed.spec.english));
    ctx = here.ctx;
    if (!parsed.spec) return await ctx.surface.reply({ type: 'help', unknown: parsed.word, ...likeCommand(parsed.word), personal: ctx.place.personal, ...keptDays(ctx.deps) });
    const on = await checked(ctx, parsed.spec, parsed.word, here.stopped);
    if ('refused' in on) return await ctx.surface.reply(on.refused);
    ctx = on.ctx;
    const input: CommandInput = { word: parsed.word, args: parsed.args, mentions: typed.mentions };
    if (wordsRefused(parsed.spec, input.args)) return await unknownArgument(ctx, input);
    await COMMAND_FLOWS[parsed.spec.name](ctx, input);
  } catch (error) {
    await ctx.surface.reply(errorView(ctx, error, parsed.spec?.name ?? 'help'));
  }
}

/** A next-step button: its value is a command's words, run as if typed where it was clicked (the same checks). */
export function runNextStep(place: FlowCtx, words: string): Promise<void> {
  return runCommand(place, { text: words.slice(0, 100), mentions: [] });
}
