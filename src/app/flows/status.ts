// A status click or note (klaar / bezig / loopt vast) on both platforms, decided once: saved,
// the coordinators told, the message or card clicked in redrawn, the person who clicked
// confirmed. Each adapter only carries out the redraw with its renderers.
import { myActions } from '../actions.js';
import { homeWithNextSteps } from './next-step.js';
import type { StatusChange } from '../actions.js';
import type { FollowupWhen, Notice } from '../notices.js';
import { ownerDmActions } from '../posted.js';
import { soonestFirst } from '../present.js';
import type { ActionView, HomeView, LeerlijnView } from '../views.js';
import type { Lang } from '../../domain/instrument.js';
import { ownerListAfter, saveActionStatus, tellStatusChange } from './actions.js';
import { personalLang } from './reader-lang.js';
import { submitted } from './forms.js';
import type { FlowCtx, FormSurface, Surface, TextView } from './surface.js';

/** Where the status button was. `reminder`: in a reminder about that action, sent when (the button says so). */
export type StatusPlace =
  /** A posted message (Slack: its ts): an owner's DM, or a reminder. */
  | { in: 'message'; messageId: string; reminder?: FollowupWhen }
  /** The App Home (Slack): published again. */
  | { in: 'home' }
  /**
   * A card naming the leerlijn whose actions it lists, or null for all of the owner's (mijn-acties);
   * `lang`: the language that list was drawn in (a personal chat's, reader-lang.ts), kept after the click.
   */
  | { in: 'card'; leerlijnId: string | null; lang?: Lang; reminder?: FollowupWhen }
  /** Nothing to redraw (Slack's mijn-acties is an ephemeral answer it gives no message for). */
  | { in: 'none' };

/** What the message or card clicked in shows after the click. */
export type StatusRedraw =
  /** One leerlijn's actions of the owner. */
  | { type: 'owner_actions'; leerlijn: LeerlijnView; actions: ActionView[] }
  /** All of the owner's open actions, in the language the list was drawn in. */
  | { type: 'my_actions'; actions: ActionView[]; lang: Lang }
  /** The clicker's home as it is after the click (its language: the home's own). */
  | { type: 'home'; home: HomeView }
  /** The reminder clicked in, as it was sent, its action as it is now. */
  | { type: 'reminder'; reminder: Extract<Notice, { type: 'action_followup' }> };

export interface StatusSurface extends Pick<Surface, 'notify'> {
  /** Shows `view` in what was clicked (`clicked`: where the button was). */
  redraw(view: StatusRedraw, clicked: StatusPlace): Promise<void>;
  /** The only answer to the person who clicked: these sentences, each said where it says (its `lang`). */
  confirm(lines: readonly TextView[]): Promise<void>;
}

export type StatusCtx = Pick<FlowCtx, 'deps' | 'log' | 'actor'> & { surface: StatusSurface };

export interface StatusInput {
  actionId: string;
  status: string;
  /** An empty (or blank) note is no note: the coordinators are not shown an old one. */
  note?: string | null | undefined;
  /** The platform's name for the person who clicked, for coordinators when they have left the team. */
  byName?: string;
}

/**
 * What the clicked message shows: a reminder about one action that reminder, with the action's new
 * status (the owner keeps what they were reminded of, not another view); an owner's DM the actions
 * it was sent with; a card of one leerlijn that leerlijn's open actions, the clicked one kept even
 * when klaar (ownerListAfter); a card of all the owner's actions all of them, as they are now.
 */
async function redrawFor(ctx: StatusCtx, place: StatusPlace, change: StatusChange): Promise<StatusRedraw | null> {
  const leerlijn = change.leerlijn;
  const reminder = 'reminder' in place ? place.reminder : undefined;
  if (reminder) return { type: 'reminder', reminder: { type: 'action_followup', when: reminder, leerlijn, action: change.action } };
  switch (place.in) {
    case 'message': {
      const listed = (await ownerDmActions(ctx.deps, ctx.actor.workspaceId, place.messageId, change))?.sort(soonestFirst);
      return { type: 'owner_actions', leerlijn, actions: listed ?? ownerListAfter(change) };
    }
    case 'card':
      if (place.leerlijnId === leerlijn.id) return { type: 'owner_actions', leerlijn, actions: ownerListAfter(change) };
      return { type: 'my_actions', actions: await myActions(ctx.deps, ctx.actor.workspaceId, ctx.actor.userId), lang: place.lang ?? (await personalLang(ctx, false)) };
    case 'home':
      return { type: 'home', home: await homeWithNextSteps(ctx.deps, ctx.actor) };
    case 'none':
      return null;
  }
}

/** A blank note is no note: the coordinators are not shown an old one as if it were new. */
const noteOf = (input: StatusInput): string | null => input.note?.trim() || null;

/**
 * Saves the status (the use case checks it is the owner or a coordinator; a refusal is thrown
 * before anything else happens), redraws what was clicked, tells the coordinators and confirms
 * to the person who clicked.
 */
export async function statusClicked(ctx: StatusCtx, place: StatusPlace, input: StatusInput): Promise<StatusChange> {
  const note = noteOf(input);
  const change = await saveActionStatus(ctx, { actionId: input.actionId, status: input.status, note });
  await afterStatusSaved(ctx, place, change, note !== null, input.byName);
  return change;
}

/**
 * The status note's form (Slack's modal): saved before the form closes, so a refusal stays
 * beside what was typed; then as after a click. `saved`: told the leerlijn once the note is kept.
 */
export async function statusNoted(
  ctx: StatusCtx & { surface: FormSurface }, place: StatusPlace, input: StatusInput, saved?: (leerlijnId: string) => Promise<void>,
): Promise<void> {
  const note = noteOf(input);
  // `saved` before the form closes: from then on a second send of it is not saved again (form-once.ts).
  const save = async (): Promise<StatusChange> => {
    const change = await saveActionStatus(ctx, { actionId: input.actionId, status: input.status, note });
    await saved?.(change.leerlijnId);
    return change;
  };
  const change = await submitted(ctx, 'action_note', save);
  if (change) await afterStatusSaved(ctx, place, change, note !== null);
}

/** A list of one's own (the overview, mijn-acties) is said in the reader's language; the confirmation above it too. */
function langOfList(redraw: StatusRedraw | null): Lang | undefined {
  if (redraw?.type === 'home') return redraw.home.lang;
  return redraw?.type === 'my_actions' ? redraw.lang : undefined;
}

async function afterStatusSaved(ctx: StatusCtx, place: StatusPlace, change: StatusChange, withNote: boolean, byName?: string): Promise<void> {
  let redraw: StatusRedraw | null = null;
  try {
    redraw = await redrawFor(ctx, place, change);
    if (redraw) await ctx.surface.redraw(redraw, place);
  } catch (error) {
    // The change is saved and is confirmed below; a stale message is the lesser problem.
    ctx.log.warn({ err: error, actionId: change.action.id }, 'clicked message not redrawn');
  }
  const told = await tellStatusChange(ctx, change, withNote, byName);
  const lang = langOfList(redraw);
  await ctx.surface.confirm(lang ? told.confirmation.map((line) => ({ ...line, lang })) : told.confirmation);
}
