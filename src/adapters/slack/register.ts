// Bolt listeners → flows. Each payload is parsed with zod before a flow sees it.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { openStatusNote, setStatus, submitStatusNote } from './actions.js';
import { STATUS_NOTE_FORM } from '../../views/action-forms.js';
import { agree, agreeAll, closeFromPrompt } from './closing.js';
import { PROMPT_CLOSE } from '../../views/notices.js';
import type { SlackCtx, WebClient } from './context.js';
import { workspaceIdFor } from '../../app/places.js';
import { tellClicker, tellPrivately } from './tell.js';
import type { Rendered } from './render/blocks.js';
import { TEAM_EDIT_ACTION } from './render/reply.js';
import { NEXT_STEP } from '../../views/reply.js';
import { botJoined, homeOpened } from './home.js';
import { submitStart } from './data.js';
import { openModalForm, submitModalForm } from './form-surface.js';
import { moveTo, postPlan } from './planning.js';
import { FORMS } from '../../app/flows/form-registry.js';
import { AGREE_ACTION, AGREE_ALL_ACTION, AGREE_SELECT_ACTION, NOTE_ACTION, ROUND_CLOSE_ACTION, STATUS_BUTTON, STATUS_NOTE_ACTION, VOTE_BUTTON } from './render/controls.js';
import { MOVE_TO } from '../../views/leerlijn.js';
import { PLAN_POST } from '../../views/plan.js';
import { openNote, submitNote, vote } from './scoring.js';
import { CARD_NOTE_FORM } from '../../views/score.js';
import { START_CALLBACK, startLangChosen } from './start.js';
import { REDRAW } from './render/form.js';
import { openTeamForm, previousTeamPage, submitTeam, TEAM_CALLBACK, TEAM_PREVIOUS_ACTION } from './team.js';
import type { ActionCall, SubmitCall } from './types.js';
import { parseCommand } from '../../app/flows/registry.js';
import { runCommand, runNextStep } from '../../app/flows/run.js';
import { closeThisRoundFlow } from '../../app/flows/rounds.js';
import type { FlowCtx } from '../../app/flows/surface.js';
import { readOrApologize } from '../../app/error-words.js';
import { splitMentions } from './people.js';
import { slackFlowCtx } from './surface.js';
import { AppUninstalled, BlockActions, COMMAND, eventOf, type EVENT_SHAPES, HomeOpened, MemberJoined, SlashCommand, TokensRevoked, ViewSubmission } from './edge-shapes.js';
import { eventTeamOf, forgetInstallation } from './installation-store.js';

/** Slack waits 3 s for the ack; past this (a database that does not answer) we ack empty and answer with chat.postEphemeral. */
const ACK_BUDGET_MS = 2_000;

/**
 * Who acts where, or null and the person asked to try again. Slack sends no command, click or submission again (only
 * events), so a "try again" it refused too ends the request answered: DeliverAgain would be answered by nothing.
 */
const readOnce = <T>(cx: SlackCtx, what: string, read: () => Promise<T>, apologize: (words: string) => Promise<unknown>): Promise<T | null> =>
  readOrApologize({ read, apologize, what, log: cx.log, defaultLang: cx.deps.defaultLang, redelivers: false });

/** The help (also an unknown word's) is the one answer that rides on the ack: it then shows even where the bot is not invited. */
const ridesOnAck = (text: string): boolean => (parseCommand(text).spec?.name ?? 'help') === 'help';

function commands(app: App, cx: SlackCtx): void {
  app.command(COMMAND, async ({ body, ack, client, context }) => {
    // Anything else is acked at once: an export's PDFs keep the CPU busy for seconds (no timer fires), and Slack gives up after 3 s.
    let acked = false;
    const ackOnce = async (reply?: Rendered): Promise<boolean> => {
      if (acked) return false;
      acked = true;
      await (reply ? ack({ response_type: 'ephemeral', text: reply.text, blocks: reply.blocks }) : ack());
      return true;
    };
    const timer = setTimeout(() => void ackOnce().catch(() => undefined), ACK_BUDGET_MS);
    try {
      const parsed = SlashCommand.safeParse(body);
      if (parsed.success && !ridesOnAck(parsed.data.text ?? '')) await ackOnce();
      if (parsed.success) await runSlackCommand(cx, client, parsed.data, context.botUserId, ackOnce);
    } finally {
      clearTimeout(timer);
      await ackOnce();
    }
  });
}

/** The flows' context for a button clicked in a channel, or null (the person told) when unread. */
function clickCtx(call: ActionCall, channelId: string): Promise<FlowCtx | null> {
  const read = () => slackFlowCtx({ ...call, channelId, responseUrl: call.responseUrl ?? undefined });
  return readOnce(call.cx, 'slack click: leerlijn not read', read, call.tellUser);
}

/** A next-step button, in the channel it was clicked in (app/flows/run.ts). */
async function nextStep(call: ActionCall): Promise<void> {
  const ctx = call.channelId ? await clickCtx(call, call.channelId) : null;
  if (ctx) await runNextStep(ctx, call.value);
}

/** The close button in a round's header: that round only (the use case checks the coordinator). */
async function closeFromHeader(call: ActionCall): Promise<void> {
  const roundId = z.uuid().safeParse(call.value);
  const ctx = roundId.success && call.channelId ? await clickCtx(call, call.channelId) : null;
  if (ctx && roundId.success) await closeThisRoundFlow(ctx, roundId.data);
}

async function runSlackCommand(
  cx: SlackCtx, client: WebClient, c: z.infer<typeof SlashCommand>, botUserId: string | undefined, ackWith: (reply: Rendered) => Promise<boolean>,
): Promise<void> {
  const read = async (): Promise<FlowCtx> => {
    // A command names no installing workspace; `team_id` is where the user was, as Bolt's authorize reads it. Slack
    // offers the command only where the app is installed (slackapi/bolt-python#767), so that install is meant.
    const workspaceId = await workspaceIdFor(cx.deps, 'slack', c.team_id);
    const place = {
      cx, client, workspaceId, userId: c.user_id, channelId: c.channel_id, triggerId: c.trigger_id, botUserId, responseUrl: c.response_url,
      groupDm: c.channel_name?.startsWith('mpdm-') ?? false, command: true,
    };
    return slackFlowCtx(place, ackWith);
  };
  const apologize = (words: string) => tellPrivately(cx, client, { channelId: c.channel_id, userId: c.user_id, responseUrl: c.response_url }, words);
  const ctx = await readOnce(cx, 'slack command: workspace or leerlijn not read', read, apologize);
  if (ctx) await runCommand(ctx, splitMentions(c.text ?? ''));
}

type Route<F> = [string | RegExp, F];
type OnClick = (call: ActionCall) => Promise<void>;
type OnSubmit = (call: SubmitCall) => Promise<void>;

/**
 * An interaction's workspace: the one that installed the app. In a Slack Connect channel another organisation's
 * member's modal names theirs in `team`, ours in `view.app_installed_team_id` (as Bolt picks its token). An org-wide
 * install sends no `team`: the user's own. None named, not acted on (all would share tenant '').
 */
const teamOf = (p: z.output<typeof BlockActions | typeof ViewSubmission>): string | undefined =>
  p.team ? (p.view?.app_installed_team_id ?? p.team.id) : (p.user.team_id ?? undefined);

function routeFor<F>(routes: ReadonlyArray<Route<F>>, id: string): F | undefined {
  return routes.find(([key]) => (typeof key === 'string' ? key === id : key.test(id)))?.[1];
}

// One Bolt listener per kind of payload, routed by id here: Bolt runs every listener's middleware on every
// request, which made a vote cost two dozen listeners' (bench:votes).
function onActions(app: App, cx: SlackCtx, routes: ReadonlyArray<Route<OnClick>>): void {
  app.action(/.*/, async ({ body, ack, client }) => {
    const parsed = BlockActions.safeParse(body);
    if (!parsed.success) return ack();
    const p = parsed.data;
    const action = p.actions[0]!;
    const flow = routeFor(routes, action.action_id);
    const teamId = teamOf(p);
    if (!flow || !teamId) return ack();
    // Acked at once, before anything is read; a vote by its handler, once committed (Slack shows it pressed then).
    const acksItself = VOTE_BUTTON.test(action.action_id);
    if (!acksItself) await ack();
    const channelId = p.channel?.id ?? null;
    const tellUser = tellClicker({ cx, client, userId: p.user.id, responseUrl: p.response_url ?? null }, channelId, { responseUrlFirst: true });
    const workspaceId = await readOnce(cx, 'slack click: workspace not read', () => workspaceIdFor(cx.deps, 'slack', teamId), tellUser);
    if (workspaceId === null) return acksItself ? ack() : undefined;
    await flow({
      cx, client, workspaceId, userId: p.user.id,
      channelId, messageTs: p.container?.is_ephemeral ? null : (p.message?.ts ?? null), triggerId: p.trigger_id,
      actionId: action.action_id, value: action.value ?? action.selected_option?.value ?? '', ack: acksItself ? () => ack() : async () => undefined, tellUser,
      responseUrl: p.response_url ?? null,
      view: p.view ? { id: p.view.id, hash: p.view.hash ?? null, meta: p.view.private_metadata ?? '', values: p.view.state.values } : null,
      inHome: p.view?.type === 'home',
    });
  });
}

function onSubmits(app: App, cx: SlackCtx, routes: ReadonlyArray<Route<OnSubmit>>): void {
  app.view(/.*/, async ({ body, ack, client, context }) => {
    const parsed = ViewSubmission.safeParse(body);
    const flow = parsed.success ? routeFor(routes, parsed.data.view.callback_id) : undefined;
    const teamId = parsed.success ? teamOf(parsed.data) : undefined;
    if (!parsed.success || !flow || !teamId) return ack();
    const p = parsed.data;
    // Unread, the modal stays open with "try again" beside its first input, what was typed kept.
    const first = Object.keys(p.view.state.values)[0];
    const apologize = (words: string) => (first ? ack({ response_action: 'errors', errors: { [first]: words } }) : ack());
    const workspaceId = await readOnce(cx, 'slack submit: workspace not read', () => workspaceIdFor(cx.deps, 'slack', teamId), apologize);
    if (workspaceId === null) return;
    await flow({
      cx, client, workspaceId, userId: p.user.id, values: p.view.state.values, meta: p.view.private_metadata ?? '', botUserId: context.botUserId,
      viewId: p.view.id,
      ack: (errors) => (errors ? ack({ response_action: 'errors', errors }) : ack()),
      replace: (view) => ack({ response_action: 'update', view }),
    });
  });
}

function onEvent<E extends z.ZodType>(
  // The edge forwards only events with a shape there: a name not among them would never arrive.
  app: App, name: keyof typeof EVENT_SHAPES, shape: E, handle: (e: z.output<ReturnType<typeof eventOf<E>>>, on: { client: WebClient; botUserId?: string }) => Promise<void>,
): void {
  const Body = eventOf(shape);
  app.event(name, async ({ body, client, context }) => {
    const parsed = Body.safeParse(body);
    if (parsed.success) await handle(parsed.data, { client, botUserId: context.botUserId });
  });
}

export function registerHandlers(app: App, cx: SlackCtx): void {
  commands(app, cx);
  const actions: Array<Route<OnClick>> = [
    [VOTE_BUTTON, vote], [NOTE_ACTION, openNote], [AGREE_ACTION, agree], [AGREE_SELECT_ACTION, agree], [AGREE_ALL_ACTION, agreeAll],
    [STATUS_BUTTON, setStatus], [STATUS_NOTE_ACTION, openStatusNote],
    [PLAN_POST, postPlan], [TEAM_EDIT_ACTION, openTeamForm], [TEAM_PREVIOUS_ACTION, previousTeamPage],
    [NEXT_STEP, nextStep], [MOVE_TO, moveTo], [ROUND_CLOSE_ACTION, closeFromHeader], [PROMPT_CLOSE, closeFromPrompt], [REDRAW, startLangChosen],
    // Every button that opens a neutral form, by its new and old names.
    ...FORMS.flatMap((spec) => spec.openers.map((id): Route<OnClick> => [id, (call) => openModalForm(spec, call)])),
  ];
  onActions(app, cx, actions);
  const views: Array<Route<OnSubmit>> = [
    [START_CALLBACK, submitStart], [CARD_NOTE_FORM, submitNote], [STATUS_NOTE_FORM, submitStatusNote], [TEAM_CALLBACK, submitTeam],
    // Every neutral form's modal, by its callback id and the ones it had before.
    ...FORMS.flatMap((spec) => [spec.id, ...spec.aliases].map((id): Route<OnSubmit> => [id, (call) => submitModalForm(spec, call)])),
  ];
  onSubmits(app, cx, views);
  onEvent(app, 'member_joined_channel', MemberJoined, async (e, { client, botUserId }) => {
    // Only the bot's own arrival is greeted. No team named (an organisation's own event): not acted on.
    const teamId = eventTeamOf(e);
    if (e.event.user === botUserId && teamId) await botJoined(cx, client, { eventId: e.event_id, teamId, channelId: e.event.channel });
  });
  // The app or its bot token taken away: the stored installation goes (many-workspace mode; with one workspace the
  // token is the configuration's). The leerlijnen stay, for a reinstall, until a coordinator deletes them.
  onEvent(app, 'app_uninstalled', AppUninstalled, (e) => forgetInstallation(cx.deps, e));
  onEvent(app, 'tokens_revoked', TokensRevoked, async (e) => {
    if ((e.event.tokens.bot?.length ?? 0) > 0) await forgetInstallation(cx.deps, e);
  });
  onEvent(app, 'app_home_opened', HomeOpened, async (e, { client }) => {
    const teamId = eventTeamOf(e);
    if ((e.event.tab ?? 'home') === 'home' && teamId) await homeOpened(cx, client, { eventId: e.event_id, teamId, userId: e.event.user });
  });
}
