// Running a typed command: the checks every command shares (where it may be used, whether
// the channel has a leerlijn, coordinator-only), then its flow; refusals become words.
import { errorView } from './error-view.js';
import { memberOf } from '../../store/leerlijnen.js';
import { inPersonalChat } from './reader-lang.js';
import { parseCommand, type CommandSpec } from './registry.js';
import { text, type CommandInput, type FlowCtx, type ReplyView } from './surface.js';

/** Why this person may not run this command here, or null when they may. `word`: the command as typed. */
async function refusal(ctx: FlowCtx, spec: CommandSpec, word: string): Promise<ReplyView | null> {
  // A personal chat has no leerlijn to act on: say where the command works, in the words typed.
  if (spec.where === 'channel' && ctx.place.personal) return text('command.channelOnly', { command: word });
  if (spec.needsLeerlijn && !ctx.leerlijn) return { type: 'error', code: 'no_leerlijn' };
  if (spec.coordinatorOnly && ctx.leerlijn) {
    const member = await memberOf(ctx.deps.db, ctx.leerlijn.id, ctx.actor.userId);
    if (!member?.isCoordinator) return { type: 'error', code: 'not_coordinator', lang: ctx.leerlijn.lang };
  }
  return null;
}

/** `typed`: the words after `/leerlijn` (Slack) or the bot's mention (Teams), people's mentions taken out. */
export async function runCommand(place: FlowCtx, typed: { text: string; mentions: readonly string[] }): Promise<void> {
  const parsed = parseCommand(typed.text);
  let ctx = place;
  try {
    ctx = await inPersonalChat(place, parsed.spec?.english !== undefined && parsed.word === parsed.spec.english);
    if (!parsed.spec) return await ctx.surface.reply({ type: 'help', unknown: parsed.word, personal: ctx.place.personal });
    const refused = await refusal(ctx, parsed.spec, parsed.word);
    if (refused) return await ctx.surface.reply(refused);
    const input: CommandInput = { args: parsed.args, mentions: typed.mentions };
    await parsed.spec.flow(ctx, input);
  } catch (error) {
    await ctx.surface.reply(errorView(ctx, error, parsed.spec?.name ?? 'help'));
  }
}

/** A next-step button: its value is a command's words, run as if typed where it was clicked (the same checks). */
export function runNextStep(place: FlowCtx, words: string): Promise<void> {
  return runCommand(place, { text: words.slice(0, 100), mentions: [] });
}
