// Inbound Teams activities → commands, forms and card actions; every AppError becomes a card in the leerlijn's language.
import { ActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type TurnContext } from 'botbuilder';
import { errorWords, readOrApologize, unheardLead, type Unrefused } from '../../app/error-words.js';
import { isAppError, needsLogging } from '../../app/errors.js';
import { isRetryable, isShutOut, isThrottled, statusOf } from './retry.js';
import { tError } from '../../i18n/index.js';
import { STATUS_VERB } from './cards/own-action.js';
import { CARD_CONTENT_TYPE, MESSAGE_CONTENT_TYPE, errorCard, messageCard, text, type AdaptiveCard } from './cards/common.js';
import { cardActivity } from './messenger.js';
import { runTeamsCommand } from './commands.js';
import { teamsFlowCtx, welcomeCard } from './surface.js';
import { arrivalFlow, type Arrival, type WelcomeAgain } from '../../app/flows/overview.js';
import type { FlowCtx } from '../../app/flows/surface.js';
import { answerConsent, FILE_CONSENT_INVOKE } from './export.js';
import { nobodyFound, SEARCH_INVOKE, searchInvoke } from './people-search.js';
import { openForm, statusInvoke, submitForm, submitMoveTo, submitPlanPost, submitStart } from './flows.js';
import { openedForm, submittedForm } from '../../app/flows/form-registry.js';
import { reply, send, turnMessenger } from './forms.js';
import { FORM_VERB, OWN_VIEW_VERB } from './reply.js';
import { formInvoke, ownViewInvoke } from './own-view-invokes.js';
import { MOVE_TO as MOVE_TO_FORM } from '../../views/leerlijn.js';
import { PLAN_POST } from '../../views/plan.js';
import { START_FORM } from '../../views/start-form.js';
import { TEAM_FORM } from '../../views/team-form.js';
import { NEXT_STEP as NEXT_STEP_FORM } from '../../views/reply.js';
import { CardValues, FileConsentAnswer, InvokeData, type Values } from './payloads.js';
import { promptCloseInvoke, SCORE_VERBS, scoreInvoke } from './score-cards.js';
import { PROMPT_CLOSE } from '../../views/notices.js';
import type { TeamsServices } from './services.js';
import { submitTeam } from './team.js';
import { isPersonal, ownLangOf, readTurn, rememberConversation, type Turn } from './turn.js';
import { placeLang } from '../../app/places.js';
import { firstDeliveryOfMessage, forgetDeliveryOfMessage } from '../../app/platform-records.js';
import { runNextStep } from '../../app/flows/run.js';

/** A card replaces the one clicked; a message is shown beside it (botbuilder types every value as an object; Teams takes its text). */
function invokeCard(answer: AdaptiveCard | string): AdaptiveCardInvokeResponse {
  if (typeof answer === 'string') return { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: answer as unknown as AdaptiveCard };
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: answer };
}

/** Teams drew the card on its own (refresh), not for a click ('manual'); botbuilder's type lacks `trigger` (edge.ts checked it). */
const isRefresh = (context: TurnContext): boolean => (context.activity.value as { trigger?: unknown } | undefined)?.trigger === 'automatic';

/** The card submits the bot takes besides the registry's forms, by their form id. */
const SUBMITS = new Map<string, (svc: TeamsServices, turn: Turn, values: Values) => Promise<void>>([
  [START_FORM, submitStart],
  [MOVE_TO_FORM, submitMoveTo],
  [PLAN_POST, submitPlanPost],
  [TEAM_FORM, submitTeam],
  // A command's words, run as if typed here, with the same checks.
  [NEXT_STEP_FORM, (svc, turn, values) => runNextStep(teamsFlowCtx(svc, turn), values.command ?? '')],
]);

const NOT_TOLD_PRIVATELY = 'teams: a failed turn’s words not told in the person’s own chat either';
const NOT_REMEMBERED = 'teams: added while the database does not answer; the conversation is not remembered until its next message';

export class LeerlijnBot extends ActivityHandler {
  constructor(private readonly svc: TeamsServices) {
    super();
    this.onMessage(async (context, next) => {
      await this.guarded(context, (turn) => this.message(turn));
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      // Nothing is said here (the welcome is membersAdded's), so a database that does not answer costs only the bookkeeping.
      const remembered = async (): Promise<void> => rememberConversation(this.svc.deps, await readTurn(this.svc.deps, context));
      await remembered().catch((error: unknown) => this.svc.log.warn({ err: error }, NOT_REMEMBERED));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id) ?? false;
      if (botAdded) await this.added(context);
      await next();
    });
  }

  /** Welcomed where it was added; while the database does not answer, as arrivalFlow decides (app/flows/overview.ts). */
  private added(context: TurnContext): Promise<void> {
    const { conversation, id } = context.activity;
    const read = async (): Promise<FlowCtx | null> => {
      const turn = await readTurn(this.svc.deps, context);
      await rememberConversation(this.svc.deps, turn);
      // Remembered first: a failed delivery comes again and must be remembered then. Database down: welcomed as a first,
      // whose own read then fails as any command's.
      const first = await firstDeliveryOfMessage(this.svc.deps, 'teams', conversation.id, id).catch(() => true);
      if (first) return teamsFlowCtx(this.svc, turn);
      this.svc.log.info('teams arrival delivered again; welcomed already');
      return null;
    };
    const say = async (card: AdaptiveCard): Promise<void> => void (await send(this.svc, { context }, card));
    // A welcome Teams did not answer, or answered 5xx: the arrival is unmarked, and Teams asked to send it again.
    const again: WelcomeAgain = { passing: isRetryable, unmark: () => forgetDeliveryOfMessage(this.svc.deps, 'teams', conversation.id, id) };
    const both = { read, ownLang: ownLangOf(context.activity), throttled: isThrottled, again, redelivers: true } as const;
    const arrival: Arrival = isPersonal(context.activity)
      ? { ...both, personal: true, apologize: (words) => say(messageCard(words, 'attention')) }
      : { ...both, personal: false, welcome: (lang) => say(welcomeCard(lang)) };
    return arrivalFlow(this.svc.deps, this.svc.log, NOT_REMEMBERED, arrival);
  }

  private async message(turn: Turn): Promise<void> {
    const { conversation, id } = turn.context.activity;
    if (!(await firstDeliveryOfMessage(this.svc.deps, 'teams', conversation.id, id))) return this.svc.log.info('teams message delivered again; run already');
    await rememberConversation(this.svc.deps, turn);
    const value = turn.context.activity.value;
    if (value !== undefined && value !== null) return this.submitted(turn, CardValues.parse(value));
    await runTeamsCommand(this.svc, turn);
  }

  private async submitted(turn: Turn, values: Record<string, string>): Promise<void> {
    const submits = submittedForm(values.form);
    if (submits) return submitForm(this.svc, turn, submits, values);
    const opens = openedForm(values.form);
    if (opens) return openForm(this.svc, turn, opens, values);
    const submit = SUBMITS.get(values.form ?? '');
    if (submit) return submit(this.svc, turn, values);
    return reply(this.svc, turn, messageCard(tError(turn.lang, 'invalid_input'), 'attention'));
  }

  /** AppErrors are the user's to read; anything else is logged and answered with a generic card. */
  private async guarded(context: TurnContext, handle: (turn: Turn) => Promise<void>): Promise<void> {
    const apologize = (words: string) => send(this.svc, { context }, messageCard(words, 'attention'));
    const turn = await this.turnOrApology(context, 'fresh', 'teams: who and where not read; asking to try again', apologize);
    if (!turn) return;
    try {
      await handle(turn);
    } catch (error) {
      await this.sayFailure(turn, errorCard(turn.lang, error, this.unrefused('teams message failed')));
    }
  }

  /** How a turn's failure that is no refusal is logged: Teams asking to wait as a warning (told "wait a minute"), anything else as an error. */
  private unrefused(what: string, verb?: string): Unrefused {
    const log = this.svc.log;
    return {
      unexpected: (err) => log.error({ err, verb }, what),
      throttled: { is: isThrottled, warn: () => log.warn({ verb }, `${what}: Teams asked to wait (rate limited)`) },
      shutOut: { is: isShutOut, warn: () => log.warn({ verb }, `${what}: Teams refuses the bot there (403)`) },
    };
  }

  /**
   * A failed turn's words, which Teams may refuse too (throttled past retry.ts TURN_WAITS_MS, a 403): then logged, said in the
   * person's own chat, and Teams still hears 200: the Bot Framework delivers a message again after a 5xx
   * (microsoft/botframework-sdk#2016, MicrosoftDocs/msteams-docs#8998), and the command, which ran, would run twice.
   */
  private async sayFailure(turn: Turn, card: AdaptiveCard): Promise<void> {
    try {
      await reply(this.svc, turn, card);
    } catch (error) {
      // Reported already (Entra ID refused the app's secret): the private chat needs the same token.
      if (!needsLogging(error)) return;
      this.svc.log.warn({ err: error, status: statusOf(error) }, 'teams: a failed turn’s "try again" not delivered either; answered 200 so the message is not run again');
      await this.sayPrivately(turn, card).catch((err: unknown) => this.svc.log.warn({ err }, NOT_TOLD_PRIVATELY));
    }
  }

  /** In the person's own chat, where and as app/error-words.ts unheardLead says; within the turn's budget (turnMessenger). */
  private async sayPrivately(turn: Turn, card: AdaptiveCard): Promise<void> {
    const lead = unheardLead(turn, turn.lang);
    if (lead === null) return;
    const told = cardActivity({ ...card, body: [text(lead), ...card.body] });
    const sent = await turnMessenger(this.svc, turn).activityToUser(turn.actor.workspaceId, turn.actor.userId, told);
    if (!sent.ok) this.svc.log.warn({ error: sent.error }, NOT_TOLD_PRIVATELY);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === SEARCH_INVOKE) return this.search(context);
    if (context.activity.name !== FILE_CONSENT_INVOKE) return super.onInvokeActivity(context);
    // The consent card is answered with a message either way; Teams only needs the 200.
    await this.guarded(context, async (turn) => {
      await rememberConversation(this.svc.deps, turn);
      await answerConsent(this.svc, turn, FileConsentAnswer.safeParse(context.activity.value).data ?? null);
    });
    return { status: 200 };
  }

  /** Typeahead in a picker: nothing is said in the conversation, whatever happens; the picker just finds nobody. */
  private async search(context: TurnContext): Promise<InvokeResponse> {
    const turn = await this.turnOrApology(context, 'cached', 'teams: people search while the database is unreachable', async () => undefined);
    return turn ? searchInvoke(this.svc, turn, context.activity.value) : nobodyFound();
  }

  /** Who acts where; while the database is unreachable, told to try again in their own language (placeLang) and nothing done. */
  private turnOrApology(context: TurnContext, read: 'fresh' | 'cached', what: string, apologize: (words: string) => Promise<unknown>): Promise<Turn | null> {
    const theirs = placeLang(this.svc.deps, null, ownLangOf(context.activity));
    // A 503'd message is delivered again; a 503'd invoke (a card action, a file consent) only shows the person an error.
    const redelivers = context.activity.type !== 'invoke';
    return readOrApologize({ read: () => readTurn(this.svc.deps, context, read), apologize, what, log: this.svc.log, defaultLang: theirs, redelivers });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    // Who and where, as for a message; the apology is the invoke's answer rather than a message.
    let apology = '';
    const turn = await this.turnOrApology(context, 'cached', 'teams: card action while the database is unreachable', async (words) => (apology = words));
    if (!turn) return invokeCard(messageCard(apology, 'attention'));
    const verb = value.action.verb;
    const data = InvokeData.parse(value.action.data);
    try {
      await rememberConversation(this.svc.deps, turn);
      if (SCORE_VERBS.has(verb)) return invokeCard(await scoreInvoke(this.svc, turn, verb, data));
      if (verb === STATUS_VERB) return invokeCard(await statusInvoke(this.svc, turn, data));
      if (verb === PROMPT_CLOSE) return invokeCard(await promptCloseInvoke(this.svc, turn, data));
      if (verb === OWN_VIEW_VERB) return invokeCard(await ownViewInvoke(this.svc, turn, data));
      if (verb === FORM_VERB) return invokeCard(await formInvoke(this.svc, turn, data, (sent, values) => this.submitted(sent, values)));
      return invokeCard(messageCard(tError(turn.lang, 'invalid_input'), 'attention'));
    } catch (error) {
      const how = this.unrefused('teams card action failed', verb);
      // A refusal, or a refresh (no click to try again), replaces the card. A click's failure is said beside it, which Teams
      // leaves with its button or typed form to try again. The answer is no send: a throttled conversation does not refuse it.
      if (isAppError(error) || isRefresh(context)) return invokeCard(errorCard(turn.lang, error, how));
      return invokeCard(errorWords(turn.lang, error, { fields: false, ...how }));
    }
  }
}
