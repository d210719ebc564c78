// Starting a leerlijn, and a coordinator taking its data out or deleting it, by command.
import { deleteLeerlijn } from '../data.js';
import { exportArchive } from '../export-files.js';
import { submitted } from './forms.js';
import { leerlijnOf } from './leerlijn-of.js';
import { text, type FlowCtx, type FormCtx } from './surface.js';

/** In a team's channel without a leerlijn only: the form then asks for everything else. */
export async function startFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.place.personal) return ctx.surface.reply(text('teams.startInChannel'));
  if (ctx.leerlijn) return ctx.surface.reply({ type: 'error', code: 'leerlijn_exists', lang: ctx.leerlijn.lang });
  await ctx.surface.openForm({ type: 'start' });
}

/** Coordinator-only (the runner refused anyone else before anything was read). */
export async function exportFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  // One ZIP a school can file: a CSV per round (counts, never who voted what), the actieplan and
  // evaluations as CSV, the filled documents as PDF, and the JSON for machines.
  await ctx.surface.sendExport(await exportArchive(ctx.deps, ctx.actor, leerlijn.id), leerlijn.id);
}

/** Coordinator-only: the form that asks for the school's name opens only for the coordinator. */
export async function deleteFlow(ctx: FlowCtx): Promise<void> {
  await ctx.surface.openForm({ type: 'delete', leerlijnId: leerlijnOf(ctx).id });
}

/** The school's name typed again (the use case compares it and checks the coordinator); the whole team hears the leerlijn is gone. */
export async function deleteSubmitted(ctx: FormCtx, confirm: string): Promise<void> {
  const deleted = await submitted(ctx, 'delete', () => deleteLeerlijn(ctx.deps, ctx.actor, ctx.leerlijnId, confirm));
  if (deleted) await ctx.surface.post(text('export.deleted', {}, { tone: 'good' }));
}
