// What comes next, with a button where the next action is a command. The button carries the
// command's words, so a click runs exactly what typing them would, with the same checks (a
// forged value can do no more than typing). After each step the person who took it is told.
import type { MeetingKind } from '../../domain/meetings.js';
import type { CoordinatorActionCode, NextAction } from '../../domain/progress.js';
import { unlessRefused } from '../errors.js';
import { getProgress, type ProgressView } from '../progress.js';
import type { Actor, Deps } from '../context.js';
import type { Lang } from '../../domain/instrument.js';
import { channelLeerlijn } from '../places.js';
import { getHome } from '../overview.js';
import type { HomeView } from '../views.js';
import { worksInPersonalChat } from './registry.js';
import type { FlowCtx, Place, ReplyView, Surface } from './surface.js';

const COORDINATOR_COMMANDS: Partial<Record<CoordinatorActionCode, string>> = {
  set_team_sides: 'team',
  plan_meetings: 'planning',
  assign_roles: 'planning rollen',
  open_round: 'scores',
  close_round: 'sluit',
  fill_actieplan: 'actieplan',
  follow_up_actions: 'acties',
  fill_terugkom: 'evaluatie terugkom',
  open_week17: 'scores eind',
  fill_eindevaluatie: 'evaluatie eind',
  compare: 'vergelijk',
  plan_new_evaluation: 'planning nieuw',
};

/** The invuller records what the meeting under way fills in. */
const INVULLER_COMMANDS: Partial<Record<MeetingKind, string>> = {
  actieplan: 'actieplan', terugkom: 'evaluatie terugkom', eindevaluatie: 'evaluatie eind',
};

/** What a meeting's start asks of the coordinator: its work, one click away (the next action's words and command). */
const MEETING_WORK: Readonly<Record<MeetingKind, NextAction & { role: 'coordinator' }>> = {
  signalering: { role: 'coordinator', code: 'open_round', params: { moment: 'week1' } },
  actieplan: { role: 'coordinator', code: 'fill_actieplan', params: { kind: 'actieplan' } },
  terugkom: { role: 'coordinator', code: 'fill_terugkom', params: { kind: 'terugkom' } },
  eindevaluatie: { role: 'coordinator', code: 'fill_eindevaluatie', params: { kind: 'eindevaluatie' } },
  // The new evaluation meeting looks back at the next steps: the actions are its material.
  vervolgevaluatie: { role: 'coordinator', code: 'follow_up_actions', params: {} },
};

/**
 * The button the message at a meeting's start carries (the runner refuses anyone but a coordinator).
 * An actieplan builds on week 1's agreed scores: without them (`week1Agreed` false) its start offers
 * the week-1 round first and says so (`week1First`). Its button runs `scores`, which also copes with a week-1 round
 * already open (its cards posted again) or closed and not yet agreed (what is next): `status` then names that step.
 */
export function meetingStartStep(kind: MeetingKind, week1Agreed = true): { next: NextAction; command: string; week1First: boolean } {
  const week1First = kind === 'actieplan' && !week1Agreed;
  const next = MEETING_WORK[week1First ? 'signalering' : kind];
  return { next, command: nextStepCommand(next) ?? 'status', week1First };
}

/** The command a button for this next action runs, or null where there is nothing to click (waiting, voting on the cards). */
export function nextStepCommand(next: NextAction): string | null {
  // The roles of the meeting it names, straight to their form: the planning is one click further from them.
  if (next.role === 'coordinator' && next.code === 'assign_roles' && next.params.kind) return `planning rollen ${next.params.kind}`;
  if (next.role === 'coordinator') return COORDINATOR_COMMANDS[next.code] ?? null;
  if (next.code === 'update_own_actions') return 'mijn-acties';
  if (next.code === 'fill_as_invuller' && next.params.kind) return INVULLER_COMMANDS[next.params.kind] ?? null;
  return null;
}

/**
 * Whether this next step is taken only in the leerlijn's channel: its command works nowhere else, or it is
 * done on the voting round's cards there. agree_scores is done there too, but its sentence already says so.
 */
export function takenInChannel(next: NextAction): boolean {
  const command = nextStepCommand(next);
  if (command) return !worksInPersonalChat(command.split(' ')[0]!);
  return next.role === 'member' && next.code === 'vote';
}

/** Where this leerlijn stands for this person; nothing for someone not on its team. */
async function progressOf(deps: Deps, actor: Actor, leerlijnId: string): Promise<ProgressView | undefined> {
  return (await unlessRefused(getProgress(deps, actor, leerlijnId))) ?? undefined;
}

/** Where the channel's leerlijn stands for this person; nothing for someone not on its team. */
export function progressFor(ctx: FlowCtx): Promise<ProgressView | undefined> {
  return ctx.leerlijn ? progressOf(ctx.deps, ctx.actor, ctx.leerlijn.id) : Promise.resolve(undefined);
}

/**
 * One's overview, asked for where no leerlijn is (a personal chat's 'status' or 'wat nu'): each of their leerlijnen with
 * the next step that is theirs there, as the channel's answer says it; none where they are not on its team (any more).
 */
export async function homeWithNextSteps(deps: Deps, actor: Actor): Promise<HomeView> {
  const home = await getHome(deps, actor.workspaceId, actor.userId);
  const leerlijnen = await Promise.all(home.leerlijnen.map(async (item) => {
    const progress = await progressOf(deps, actor, item.leerlijn.id);
    // Read in a personal chat, where no button can take a channel's step: the overview says where it is taken.
    return progress ? { ...item, next: progress.progress, nextInChannel: takenInChannel(progress.progress.next) } : item;
  }));
  return { ...home, leerlijnen };
}

/** What the person who just took a step is told next; nothing for someone not on the team. */
export async function nextStepView(deps: Deps, actor: Actor, leerlijnId: string): Promise<Extract<ReplyView, { type: 'next_step' }> | null> {
  const progress = await progressOf(deps, actor, leerlijnId);
  return progress ? { type: 'next_step', progress } : null;
}

/**
 * After a step: the person who took it hears what is next for this leerlijn, in `lang` where
 * given (else the surface's). Best effort: the step itself is done and told, so a failure here
 * is logged, not shown as if the step had failed.
 */
export async function tellNextStepFor(ctx: Pick<FlowCtx, 'deps' | 'log' | 'actor'> & { surface: Pick<Surface, 'reply'> }, leerlijnId: string, lang?: Lang): Promise<void> {
  try {
    const view = await nextStepView(ctx.deps, ctx.actor, leerlijnId);
    if (view) await ctx.surface.reply(lang ? { ...view, lang } : view);
  } catch (error) {
    ctx.log.warn({ err: error }, 'next step not told');
  }
}

/**
 * After a step taken on a card in a channel (a score card's close or agreement) of leerlijn `step.leerlijnId`: what its
 * taker is told next, in the language of the channel's leerlijn, read now. A personal chat holds no leerlijn, and a card
 * pressed in another channel than its leerlijn's (ids are forgeable) was not about the leerlijn there: nothing is next
 * there, as that one's step (and its buttons, which act where they are pressed) is not what was taken. Best effort, as above.
 */
export async function tellNextStepInChannel(
  { deps, log }: Pick<FlowCtx, 'deps' | 'log'>, actor: Actor, step: Pick<Place, 'channelId' | 'personal'> & { leerlijnId: string }, reply: Surface['reply'],
): Promise<void> {
  if (step.personal) return;
  try {
    const leerlijn = await channelLeerlijn(deps, actor.workspaceId, step.channelId, 'fresh');
    if (leerlijn?.id === step.leerlijnId) await tellNextStepFor({ deps, log, actor, surface: { reply } }, leerlijn.id, leerlijn.lang);
  } catch (error) {
    log.warn({ err: error }, 'next step not told');
  }
}

/**
 * After a step taken by command (a close, the comparison, a typed team change). Steps taken in a form go through
 * forms.ts's `tellNextStep`, those on a card through `tellNextStepInChannel`.
 */
export async function nextStepFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.leerlijn) await tellNextStepFor(ctx, ctx.leerlijn.id);
}
