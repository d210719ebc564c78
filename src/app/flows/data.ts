// Starting a leerlijn, a coordinator stopping it, and taking its data out or deleting it, by command.
import { deleteLeerlijn, requireDeletable } from '../data.js';
import { requireNothingKeptIn } from '../ended.js';
import { deletionDayOf } from '../retention.js';
import { AppError, isAppError } from '../errors.js';
import { exportArchive } from '../export-files.js';
import { fillMemberNames, leaveOutBots, startLeerlijn, stopLeerlijn } from '../leerlijn.js';
import { roundsForRedraw } from '../round-views.js';
import { asDeleted, drawLeftoversDeleted, leftoversOf, type Leftover } from '../leftovers.js';
import type { RoundView, StartView } from '../views.js';
import type { Lang } from '../../domain/instrument.js';
import { submitted, tellNextStep } from './forms.js';
import { leerlijnOf } from './leerlijn-of.js';
import { channelLeerlijn, offeredTeamLang } from '../places.js';
import type { SentValues } from './forms.js';
import { text, type CommandInput, type FlowCtx, type FormCtx, type PrivateFileSent, type StartFormCtx, type TextView } from './surface.js';

/**
 * In a team's channel without a leerlijn only (run.ts refuses a personal chat), and without a
 * stopped one's data (ended.ts says why): the form then asks for everything else.
 */
export async function startFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.leerlijn) return ctx.surface.reply({ type: 'error', code: 'leerlijn_exists', lang: ctx.leerlijn.lang });
  await requireNothingKeptIn(ctx.deps.db, ctx.actor.workspaceId, ctx.place.channelId);
  await ctx.surface.openForm({ type: 'start', teamLang: offeredTeamLang(ctx.deps) });
}

/**
 * The start form: the leerlijn and its planning go to the channel, then the team gets its
 * names, and the starter hears what is next. The input as the use case reads it (it checks it).
 */
export async function startSubmitted(ctx: StartFormCtx, input: Record<string, unknown>): Promise<void> {
  const started = await submitted(ctx, 'start', async () => {
    // Before its fields are checked: a form opened before someone else started would else be filled in to hear this.
    if (await channelLeerlijn(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId, 'fresh')) throw new AppError('leerlijn_exists');
    return startLeerlijn(ctx.deps, ctx.actor, input);
  });
  if (!started) return;
  await ctx.surface.post({ type: 'started', started, starterId: ctx.actor.userId });
  await nameTheTeam(ctx, started);
  // In the new leerlijn's language, which the start form may have just chosen.
  await tellNextStep({ ...ctx, leerlijnId: started.leerlijn.id, lang: started.leerlijn.lang });
}

/**
 * Members stored under their ids (a form answered before the platform was asked for anyone's
 * name) get their names; bots and apps among them are taken out, as they cannot vote, and the
 * starter hears so. After the channel post: the announcement names people by mention. Best
 * effort: the leerlijn is started and told.
 */
async function nameTheTeam(ctx: StartFormCtx, started: StartView): Promise<void> {
  const unnamed = started.leerlijn.members.filter((m) => m.displayName === m.userId).map((m) => m.userId);
  if (unnamed.length === 0) return;
  try {
    const people = await ctx.surface.people(unnamed);
    await fillMemberNames(ctx.deps, started.leerlijn.id, people.filter((p) => p.name.trim() !== '' && p.name !== p.userId).map((p) => ({ userId: p.userId, displayName: p.name.trim() })));
    const bots = people.filter((p) => p.isBot).map((p) => p.userId);
    const out = bots.length > 0 ? await leaveOutBots(ctx.deps, ctx.actor, started.leerlijn.id, bots) : [];
    if (out.length > 0) await ctx.surface.reply(text('start.botsLeftOut', {}, { people: { names: out }, lang: started.leerlijn.lang }));
  } catch (error) {
    ctx.log.warn({ err: error }, 'start: member names not stored');
  }
}

/** Coordinator-only (the runner refused anyone else before anything was read). */
export async function exportFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  // One ZIP a school can file: a CSV per round (counts, never who voted what), the actieplan and
  // evaluations as CSV, the filled documents as PDF, and the JSON for machines.
  const sent = await ctx.surface.sendPrivateFile({ kind: 'export', file: await exportArchive(ctx.deps, ctx.actor, leerlijn.id), leerlijn });
  // Said where the coordinator asked, in the leerlijn's language (a stopped one is not the place's).
  await ctx.surface.reply(exportSentText(sent, leerlijn.lang));
}

/** Where the export went: a file in their DM, or an offer in their 1:1 chat that they still accept; or that it did not. */
function exportSentText(sent: PrivateFileSent, lang: Lang): TextView {
  if (sent.as === 'offer') {
    const failed = sent.error !== undefined;
    return text(failed ? 'teams.exportNoChat' : 'teams.exportInChat', undefined, { tone: failed ? 'warning' : 'good', lang });
  }
  return sent.error === undefined ? text('export.sentPrivately', undefined, { lang }) : text('export.notSent', { error: sent.error }, { lang });
}

/**
 * `verwijder @Bram`, `stop @Bram`: someone named is someone to take off the team (`team verwijder @naam`, as the help
 * has it), not a reason to open the form that deletes or stops the whole leerlijn: it says how to do that instead.
 */
const namesSomeone = (ctx: FlowCtx, input: CommandInput): Promise<void> | null =>
  input.mentions.length > 0 ? ctx.surface.reply(text('team.usage', undefined, { tone: 'warning' })) : null;

/** Coordinator-only: the form that asks for the school's name opens only for the coordinator. */
export async function deleteFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  await (namesSomeone(ctx, input) ?? ctx.surface.openForm({ type: 'delete', leerlijnId: leerlijnOf(ctx).id, lang: ctx.lang }));
}

/** Coordinator-only: the form says what stopping means before anything stops. */
export async function stopFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  await (namesSomeone(ctx, input) ?? ctx.surface.openForm({ type: 'stop', leerlijnId: leerlijnOf(ctx).id, lang: ctx.lang }));
}

/**
 * The stop form as sent (the use case checks the coordinator again): the whole channel hears who
 * stopped it and what can still be done, and its rounds' cards stop offering buttons; nobody is
 * told by direct message. Sent again (a double click, a second coordinator), the sender alone
 * hears it is stopped already: the leerlijn's row lock lets one send stop it, the rest find it stopped.
 */
export async function stopFormSubmitted(ctx: FormCtx): Promise<void> {
  const stopped = await submitted(ctx, 'stop', () => stopLeerlijn(ctx.deps, ctx.actor, ctx.leerlijnId, 'stopped', ctx.place.channelId).catch(stoppedBefore));
  if (!stopped) return;
  // Under a retention term, both say the day its data goes at the latest (app/retention.ts).
  const lang = stopped.lang ?? ctx.lang;
  const date = await deletionDayOf(ctx.deps, ctx.actor.workspaceId, ctx.leerlijnId, lang);
  const params = date ? { date } : undefined;
  if ('before' in stopped) return ctx.surface.reply(text(date ? 'retention.stopAlready' : 'stop.already', params, stopped.lang ? { lang: stopped.lang } : {}));
  await ctx.surface.post(text(date ? 'retention.stopPosted' : 'stop.posted', params, { people: { name: [ctx.actor.userId] }, lang: stopped.lang }));
  await drawRoundsStopped(ctx);
}

/**
 * Every round's posted cards, drawn again as they now stand: an open round's votes, notes and
 * close, and a closed one's agreements, would all be refused now, so none is offered, and they
 * say the leerlijn stopped. As after a close (the same intent), no live count lands on them
 * afterwards. Best effort: the leerlijn is stopped and the channel told, whatever a redraw does. Drawn `as` asDeleted
 * before a delete, they say that instead.
 */
async function drawRoundsStopped(ctx: FormCtx, as: (round: RoundView) => RoundView = (round) => round, what = 'stop'): Promise<void> {
  const notDrawn = (error: unknown): void => ctx.log.warn({ err: error }, `${what}: round cards not redrawn`);
  const rounds = await roundsForRedraw(ctx.deps, ctx.actor.workspaceId, ctx.leerlijnId).catch((error: unknown) => (notDrawn(error), []));
  for (const round of rounds) await ctx.surface.roundClosed(as(round), false).catch(notDrawn);
}

/** It no longer ran when this send came: stopped by an earlier one. Nothing to refuse, nothing to post. */
function stoppedBefore(error: unknown): { before: true; lang: Lang | undefined } {
  if (isAppError(error) && error.code === 'leerlijn_not_active') return { before: true, lang: error.lang };
  throw error;
}

/**
 * The school's name typed again (the use case compares it and checks the coordinator); the whole team hears the leerlijn is
 * gone. Its rounds' posted cards are drawn deleted first, while their records (gone with it) still say where they are: no
 * vote button is left that would only be refused. Its other messages with buttons (app/leftovers.ts) are found then too, and
 * drawn deleted once it is: they have nothing to be drawn back to should the delete fail. A send that finds it deleted by another
 * meanwhile (leerlijn_gone) adds nothing: that one told the channel.
 */
export async function deleteSubmitted(ctx: FormCtx, confirm: string): Promise<void> {
  const sentIn = ctx.place.channelId;
  if (!(await submitted(ctx, 'delete', () => requireDeletable(ctx.deps, ctx.actor, ctx.leerlijnId, confirm, sentIn).then(() => true)))) return;
  await drawRoundsStopped(ctx, asDeleted, 'delete');
  const left = await leftoversOf(ctx.deps, ctx.surface.messenger.platform, ctx.actor.workspaceId, ctx.leerlijnId, false).catch((error: unknown): Leftover[] => {
    ctx.log.warn({ err: error }, 'delete: its other messages not read');
    return [];
  });
  const deleted = await deleteLeerlijn(ctx.deps, ctx.actor, ctx.leerlijnId, confirm, sentIn).catch(async (error: unknown) => {
    if (isAppError(error) && error.code === 'leerlijn_gone') return null;
    // Failed after its checks (an outage): it still runs, so its cards are drawn back as they stand before "try again".
    await drawRoundsStopped(ctx, undefined, 'delete failed');
    throw error;
  });
  if (!deleted) return;
  // Who did it, as the stop says; the names kept went with the leerlijn, the platform still knows the sender's.
  await ctx.surface.post(text('export.deleted', undefined, { tone: 'good', people: { name: [ctx.actor.userId] } }));
  await drawLeftoversDeleted(ctx.surface.messenger, ctx.log, ctx.actor.workspaceId, left);
}

/** The delete form as sent (src/views/data-forms.ts deleteForm), from either platform: `confirm` is the use case's input. */
export async function deleteFormSubmitted(ctx: FormCtx, values: SentValues): Promise<void> {
  await deleteSubmitted(ctx, values.confirm ?? '');
}
