// `team`: everyone sees the team, the coordinator can edit it; `team toevoegen|add @a @b` and
// `team verwijder|remove @a` change it by typing. The people come as the platform's mentions.
import type { ClearedRole } from '../../store/leerlijnen.js';
import { clip } from '../../text.js';
import { requireCoordinator } from '../context.js';
import { changeTeam, isCoordinatorOf, type TeamChanged } from '../leerlijn.js';
import { getStatusInChannel } from '../overview.js';
import type { LeerlijnView, MemberView } from '../views.js';
import { leerlijnOf } from './leerlijn-of.js';
import { errorView } from './error-view.js';
import { nextStepFlow } from './next-step.js';
import { tellTeamNews } from './team-news.js';
import { text, type CommandInput, type FlowCtx, type TextView } from './surface.js';

const ADD = new Set(['add', 'toevoegen']);
const REMOVE = new Set(['remove', 'verwijder']);

/** A team change's verb typed without `team` first ('toevoegen @bram'): `team` with that verb, or null. */
export const teamChangeLike = (word: string): string | null => {
  const verb = word.toLowerCase();
  return ADD.has(verb) || REMOVE.has(verb) ? `team ${verb}` : null;
};
const MAX_NAMED = 20;

const people = (names: readonly string[]): Record<string, readonly string[]> => ({ names, name: names });

export async function teamFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  leerlijnOf(ctx);
  if (input.args.length === 0 && input.mentions.length === 0) {
    const view = (await getStatusInChannel(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId)).leerlijn;
    return ctx.surface.reply({ type: 'team', leerlijn: view, canEdit: isCoordinatorOf(view.members, ctx.actor.userId) });
  }
  const [verb = '', ...rest] = input.args;
  const op = ADD.has(verb.toLowerCase()) ? 'add' : REMOVE.has(verb.toLowerCase()) ? 'remove' : null;
  if (!op) return ctx.surface.reply(text('team.usage', {}, { tone: 'warning' }));
  // Only the coordinator changes the team: anyone else hears so first, not whether whom they named is on it.
  await requireCoordinator(ctx.deps.db, leerlijnOf(ctx), ctx.actor.userId);
  // A word left over is not a person the platform knows (a typed "@jan" instead of a mention).
  if (rest.length > 0) return ctx.surface.reply(text('team.notMention', { word: clip(rest[0]!, 60) }, { tone: 'warning' }));
  const named = [...new Set(input.mentions)];
  // The example is the command they typed: adding or removing.
  if (named.length === 0) return ctx.surface.reply(text(op === 'add' ? 'team.noMentions' : 'team.noMentionsRemove', {}, { tone: 'warning' }));
  if (named.length > MAX_NAMED) return ctx.surface.reply(text('team.tooMany', { max: MAX_NAMED }, { tone: 'warning' }));
  const before = (await getStatusInChannel(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId)).leerlijn;
  await (op === 'add' ? addPeople(ctx, before, named) : removePeople(ctx, before, named));
}

async function addPeople(ctx: FlowCtx, before: LeerlijnView, named: readonly string[]): Promise<void> {
  const known = new Set(before.members.map((m) => m.userId));
  const inTeam = named.filter((id) => known.has(id));
  const outside = named.filter((id) => !known.has(id));
  const alreadyIn = inTeam.length > 0 ? [text('team.alreadyIn', {}, { people: people(inTeam) })] : [];
  // Naming someone already in the team is harmless; re-adding them would wipe their side and level.
  if (outside.length === 0) return ctx.surface.reply(alreadyIn[0]!);
  const found = await ctx.surface.people(outside);
  // A bot or app cannot click a vote: in the team it would keep "x of N voted" below N.
  const bots = found.filter((p) => p.isBot).map((p) => p.userId);
  const added = found.filter((p) => !p.isBot);
  const notes = [...alreadyIn, ...(bots.length > 0 ? [text('team.botsNotAdded', {}, { people: people(bots) })] : [])];
  if (added.length === 0) return showChange(ctx, before, notes);
  await applyChange(ctx, before, { upsert: added.map((p) => ({ userId: p.userId, displayName: p.name })) }, movedLine('add', added.map((p) => p.userId)), notes);
}

async function removePeople(ctx: FlowCtx, before: LeerlijnView, named: readonly string[]): Promise<void> {
  const known = new Set(before.members.map((m) => m.userId));
  const outside = named.filter((id) => !known.has(id));
  // Everything or nothing: a half-done removal is harder to notice than a refusal.
  if (outside.length > 0) return ctx.surface.reply(text('team.notIn', {}, { people: people(outside), tone: 'warning' }));
  await applyChange(ctx, before, { remove: [...named] }, movedLine('remove', named), []);
}

/**
 * A role freed by a removal, for the coordinator: nobody has it now unless they pick someone.
 * The person is named as their platform names them; the meeting in the reader's language.
 */
export function clearedRoleLines(cleared: readonly ClearedRole[]): TextView[] {
  return cleared.map((r) => text(`team.roleCleared.${r.role}`, {}, { people: people([r.userId]), terms: { meeting: `meeting.inline.${r.kind}` }, tone: 'warning' }));
}

/**
 * Open actions of someone taken off the team, for the coordinator: nobody is reminded of them
 * now, so they hear how many and how to give them to someone on the team (handover.ts).
 */
export function actionsLeftLines(left: TeamChanged['actionsLeft']): TextView[] {
  return left.map((l) => text(l.count === 1 ? 'owners.leftOne' : 'owners.leftMany', { count: l.count }, { people: people([l.userId]), tone: 'warning' }));
}

/** Who joined or left the team: by command, and in the channel after a team form (team-session.ts). */
export function movedLine(op: 'add' | 'remove', ids: readonly string[]): TextView {
  const key = ids.length === 1 ? (op === 'add' ? 'team.added' : 'team.removed') : op === 'add' ? 'team.addedMany' : 'team.removedMany';
  return text(key, {}, { people: people(ids), tone: 'good' });
}

/** `said`: who joined or left, for the coordinator, and for the channel where it does not read the coordinator's answer (Slack's is theirs alone). */
async function applyChange(ctx: FlowCtx, before: LeerlijnView, change: Parameters<typeof changeTeam>[3], said: TextView, notes: TextView[]): Promise<void> {
  let after: TeamChanged;
  try {
    after = await changeTeam(ctx.deps, ctx.actor, before.id, change);
  } catch (error) {
    // The use case's own reasons read better than "check the fields"; then that nothing changed.
    return ctx.surface.reply({ type: 'lines', lines: [{ ...errorView(ctx, error, 'team'), brief: true }, text('team.unchanged', {}, { tone: 'warning' })] });
  }
  await ctx.surface.recount(after.openRounds);
  const lines = [said, ...notes, ...clearedRoleLines(after.clearedRoles), ...actionsLeftLines(after.actionsLeft)];
  await showTeamChanged(ctx, after.team, lines, { channel: ctx.place.repliesSeenByAll ? [] : [said] });
  await tellTeamNews(ctx, after);
  await nextStepFlow(ctx);
}

/** What the channel post says above the team: `channel` first, then the coordinator changes since `before`; `left`: people it names who left (their names). */
interface TeamTold {
  before?: readonly MemberView[];
  channel?: readonly TextView[];
  left?: ReadonlyArray<Pick<MemberView, 'userId' | 'displayName'>>;
}

/**
 * A changed team, by command or form: news for the whole team, in its channel; what changed and
 * which meeting roles it freed are for who changed it (who then hears what is next). Whether the
 * channel took the post.
 */
export async function showTeamChanged(ctx: Pick<FlowCtx, 'surface'>, team: LeerlijnView, lines: readonly TextView[], told: TeamTold): Promise<boolean> {
  const change = [...(told.channel ?? []), ...(told.before ? coordinatorChangeLines(told.before, team.members) : [])];
  const left = told.left?.length ? { left: told.left } : {};
  const posted = (await ctx.surface.post({ type: 'team', leerlijn: team, ...(change.length > 0 ? { change } : {}), ...left })) !== false;
  if (lines.length > 0) await ctx.surface.reply({ type: 'lines', lines });
  return posted;
}

/**
 * Who became coordinator and who, staying on the team, stopped being one: the team reads it in
 * words, not only as a moved mark in its list (someone taken off is told by the team list and the coordinator's answer).
 */
export function coordinatorChangeLines(before: readonly MemberView[], after: readonly MemberView[]): TextView[] {
  const was = new Set(before.filter((m) => m.isCoordinator).map((m) => m.userId));
  const now = after.filter((m) => m.isCoordinator && !was.has(m.userId)).map((m) => m.userId);
  const stopped = after.filter((m) => !m.isCoordinator && was.has(m.userId)).map((m) => m.userId);
  return [
    ...(now.length > 0 ? [text(now.length === 1 ? 'team.nowCoordinator' : 'team.nowCoordinators', {}, { people: { names: now } })] : []),
    ...(stopped.length > 0 ? [text(stopped.length === 1 ? 'team.noLongerCoordinator' : 'team.noLongerCoordinators', {}, { people: { names: stopped } })] : []),
  ];
}

function showChange(ctx: FlowCtx, view: LeerlijnView, lines: TextView[]): Promise<void> {
  return ctx.surface.reply({ type: 'team', leerlijn: view, canEdit: isCoordinatorOf(view.members, ctx.actor.userId), change: lines });
}

