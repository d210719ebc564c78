// What every submitted form shares, decided once for both platforms: the use case runs, then
// the form is closed (saved) or kept with the reasons (refused); after a step the person who
// took it hears what is next.
import { isAppError } from '../errors.js';
import { teamMembers } from '../leerlijn.js';
import { errorView } from './error-view.js';
import { tellNextStepFor } from './next-step.js';
import type { ErrorView, FormCtx, MembersWhenAsked, StartFormCtx } from './surface.js';

/** A submitted form's inputs by field id (both platforms send them so), with its hidden data. */
export type SentValues = Readonly<Record<string, string | undefined>>;

/** A refusal that belongs beside one input rather than above the form (a refused date: the order of the meetings). */
export type RefusedAt = Partial<Record<string, string>>;

/**
 * The use case's refusal as the form shows it. `at`: error codes whose reason stands beside an input.
 * Sent in a group chat, it speaks of the chat, as a typed command's refusal does (run.ts).
 */
export function formRefusal(ctx: Pick<FormCtx, 'log' | 'surface'> & Partial<Pick<FormCtx, 'place'>>, error: unknown, where: string, at: RefusedAt = {}): ErrorView {
  const view = { ...errorView(ctx, error, where), ...(ctx.place?.groupChat ? { inChat: true } : {}) };
  const input = isAppError(error) ? at[error.code] : undefined;
  return input ? { ...view, at: input } : view;
}

/**
 * Runs the form's use case. Saved: the form closes and the result comes back; refused: the form
 * stays with the reasons, and null comes back. Nothing slow may come before either (Slack's 3 s).
 */
export async function submitted<T>(ctx: Pick<StartFormCtx, 'log' | 'surface'> & Partial<Pick<StartFormCtx, 'place'>>, where: string, save: () => Promise<T>, at: RefusedAt = {}): Promise<T | null> {
  let result: T;
  try {
    result = await save();
  } catch (error) {
    await ctx.surface.formRefused(formRefusal(ctx, error, where, at));
    return null;
  }
  await ctx.surface.formAccepted();
  return result;
}

/** The form's leerlijn's team, read on the first ask only (see MembersWhenAsked). */
export function membersWhenAsked(ctx: Pick<FormCtx, 'deps' | 'actor' | 'leerlijnId'>): MembersWhenAsked {
  let read: ReturnType<MembersWhenAsked> | undefined;
  return () => (read ??= teamMembers(ctx.deps, ctx.actor, ctx.leerlijnId));
}

/**
 * After a step saved in a form: its taker hears what is next, in the form's language. Not in a
 * personal chat: the next step's button runs a command, and commands need the team's channel.
 */
export async function tellNextStep(ctx: Pick<FormCtx, 'deps' | 'log' | 'actor' | 'place' | 'leerlijnId' | 'lang' | 'surface'>): Promise<void> {
  if (!ctx.place.personal) await tellNextStepFor(ctx, ctx.leerlijnId, ctx.lang);
}
