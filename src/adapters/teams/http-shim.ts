// POST /api/messages on the shared node:http server: parse, authenticate, run the turn.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusCodes, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { bodyOr413, fromLoopback, isLoopbackUrl, LATE, parseJson, sendAnswer, sendJson, startDeadline, withinDeadline, type Handler } from '../../http.js';
import type { Lang } from '../../domain/instrument.js';
import { DeliverAgain } from '../../app/errors.js';
import { t } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import type { TeamsConnection } from './adapter.js';
import { MESSAGE_CONTENT_TYPE } from './cards/common.js';
import { checkActivity, isTakenInvoke, tenantOf } from './edge.js';
import { TURN_LANG } from './turn.js';

/** A token that is missing, forged, expired or for someone else (jsonwebtoken's errors included). */
function isUnauthenticated(error: unknown): boolean {
  if (error instanceof AuthenticationError) return error.statusCode === StatusCodes.UNAUTHORIZED;
  return error instanceof Error && ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes(error.name);
}

/**
 * Authenticates, then runs the turn: CloudAdapter.process would answer a forged signature with 500 and
 * the error's message, and print every failed turn to stderr. With auth off, answering the caller's
 * `serviceUrl` would let anyone make the bot call any host: only a local caller naming a loopback
 * serviceUrl (the Emulator) is served. A tunnel or reverse proxy here makes outsiders look local: never run auth-off behind one.
 */
export function messagesHandler(conn: TeamsConnection, logic: (context: TurnContext) => Promise<void>, log: Logger, opts: MessagesOptions = {}): Handler {
  const authLimitMs = opts.authLimitMs ?? AUTH_LIMIT_MS;
  return async (req: IncomingMessage, res: ServerResponse) => {
    // Teams counts its deadlines from sending: the token check spends them too.
    const invokeLeftMs = startDeadline(opts.invokeDeadlineMs ?? INVOKE_DEADLINE_MS);
    const messageLeftMs = startDeadline(opts.messageDeadlineMs ?? MESSAGE_DEADLINE_MS);
    // An invoke answered after its deadline is an error to the person who clicked, whatever it says.
    const checkLimitMs = (activity: Activity): number => (activity.type === 'invoke' ? Math.min(authLimitMs, invokeLeftMs()) : authLimitMs);
    const accepted = await acceptedActivity(conn, req, res, log, checkLimitMs);
    if (accepted) await runAndAnswer(conn, logic, log, opts, res, accepted, accepted.activity.type === 'invoke' ? invokeLeftMs : messageLeftMs);
  };
}

/** The checked activity and its caller; undefined once the request is answered (4xx, 503, or 200 when not acted on). */
async function acceptedActivity(
  conn: TeamsConnection, req: IncomingMessage, res: ServerResponse, log: Logger, checkLimitMs: (activity: Activity) => number,
): Promise<{ activity: Activity; authenticated: AuthenticateRequestResult } | undefined> {
  if (refusedWithoutToken(conn, req, res, log)) return undefined;
  const body = await bodyOr413(req, res);
  if (!body) return undefined;
  const json = parseJson(body.toString('utf8'));
  if (!json.ok) return void sendJson(res, 400, { error: 'bad_request', detail: 'not JSON' });
  const checked = checkActivity(json.value);
  if (!checked.ok) {
    log.info({ reason: checked.reason }, 'teams request refused');
    return void sendJson(res, 400, { error: 'bad_request', detail: 'not a Bot Framework activity' });
  }
  const activity = checked.activity as unknown as Activity;
  if (!conn.authEnabled && !(fromLoopback(req) && isLoopbackUrl(activity.serviceUrl))) {
    return void sendJson(res, 401, { error: 'unauthenticated', detail: 'auth is off: only a local Emulator may call' });
  }
  const authenticated = await checkToken(conn, activity, req, res, checkLimitMs(activity), log);
  if (!authenticated) return undefined;
  const notActedOn = (reason: string): undefined => {
    log.info({ reason, channel: activity.channelId }, 'teams activity not acted on');
    return void sendJson(res, 200, {});
  };
  // Web Chat and Direct Line clients write their own tenant and from.id: only Teams vouches for them.
  if (conn.authEnabled && activity.channelId !== TEAMS_CHANNEL) return notActedOn('not_teams');
  // botbuilder would answer 501, an error in Teams; only once the caller is known, so a stranger learns nothing.
  if (activity.type === 'invoke' && !isTakenInvoke(activity.name)) return void sendJson(res, 200, {});
  // With no tenant, every caller would share one workspace.
  if (conn.authEnabled && tenantOf(activity) === null) return notActedOn('no_tenant');
  return { activity, authenticated };
}

/** Runs the turn and answers Teams: with its answer, or at `leftMs` with 200 while the turn runs on. */
async function runAndAnswer(
  conn: TeamsConnection, logic: (context: TurnContext) => Promise<void>, log: Logger, opts: MessagesOptions, res: ServerResponse,
  { activity, authenticated }: { activity: Activity; authenticated: AuthenticateRequestResult }, leftMs: () => number,
): Promise<void> {
  try {
    let answeredLate = false;
    let turnContext: TurnContext | undefined;
    const turn = conn.adapter.runTurn(authenticated, activity, async (context) => {
      turnContext = context;
      await logic(context);
      // Inside the turn (botbuilder revokes its context after it): say what the late answer could not.
      if (answeredLate) await opts.afterLate?.(context);
    });
    const answer = await withinDeadline(turn, leftMs(), lateFailure(log), () => void (answeredLate = true));
    // The leerlijn's language once the turn has read it.
    if (answer === LATE) return sendJson(res, 200, lateAnswer(activity.name, turnContext?.turnState.get(TURN_LANG) ?? opts.langOf?.(activity) ?? 'nl'));
    sendAnswer(res, answer?.status ?? 200, answer?.body);
  } catch (error) {
    // Nothing done and nobody told (logged in app/error-words.ts): Teams delivers a 503'd activity again.
    if (error instanceof DeliverAgain) return sendJson(res, 503, { error: 'unavailable' });
    if (!(error instanceof Object && conn.loggedErrors.has(error))) log.error({ err: error, activityType: activity.type }, 'teams request failed');
    sendJson(res, 500, { error: 'internal' });
  }
}

const TEAMS_CHANNEL = 'msteams';

/** With auth on, no `Bearer` token is a stranger (the Bot Framework always sends one): 401 before reading up to 1 MB of body. */
function refusedWithoutToken(conn: TeamsConnection, req: IncomingMessage, res: ServerResponse, log: Logger): boolean {
  if (!conn.authEnabled || /^Bearer \S/i.test(req.headers.authorization ?? '')) return false;
  log.info({ reason: 'no_token' }, 'teams request refused');
  // The body is unread: close rather than carry it into the next request.
  res.setHeader('connection', 'close');
  sendJson(res, 401, { error: 'unauthenticated' });
  return true;
}

/** The caller's token checked within `limitMs`; undefined once the request is answered (401 or 503). */
async function checkToken(conn: TeamsConnection, activity: Activity, req: IncomingMessage, res: ServerResponse, limitMs: number, log: Logger): Promise<AuthenticateRequestResult | undefined> {
  try {
    const authenticated = await withinDeadline(conn.auth.authenticateRequest(activity, req.headers.authorization ?? ''), limitMs, keysLate(log));
    if (authenticated !== LATE) return authenticated;
    log.warn({ limitMs, activityType: activity.type }, 'teams request not authenticated in time (the Bot Framework signing keys did not come)');
  } catch (error) {
    if (isUnauthenticated(error)) {
      // Info: internet noise, or (every request) a wrong MICROSOFT_APP_ID. The detail names the token's app id, never the token.
      log.info({ reason: 'unauthenticated', detail: error instanceof Error ? error.message.slice(0, 200) : undefined }, 'teams request refused');
      return void sendJson(res, 401, { error: 'unauthenticated' });
    }
    log.warn({ err: error }, 'teams request could not be authenticated');
  }
  // The signing keys could not be fetched, or not in time: our side, and Teams retries a 503.
  return void sendJson(res, 503, { error: 'auth_unavailable' });
}

/** Teams gives an invoke 5 s; the answer must leave before then, network included. */
const INVOKE_DEADLINE_MS = 4_000;

/**
 * Teams sends a message again after 15 s (MicrosoftDocs/msteams-docs#6084), and TURN_WAITS_MS bounds a turn's waits, not
 * its calls: past this Teams hears 200 and the turn runs on (only a late "deliver again" is lost, logged).
 */
const MESSAGE_DEADLINE_MS = 10_000;

/**
 * A token check needs the signing keys (fetched daily or for an unknown key), whose server can stall:
 * past this Teams hears 503 before its 15 s and tries again. The fetch (signing-keys.ts) has the same
 * limit; an invoke stops waiting at its own deadline, and a fetch that arrives serves the next request.
 */
export const AUTH_LIMIT_MS = 10_000;

export interface MessagesOptions {
  /** Before an invoke is answered "still working"; INVOKE_DEADLINE_MS unless a test says. */
  invokeDeadlineMs?: number;
  /** Before another activity's turn is answered 200; MESSAGE_DEADLINE_MS unless a test says. */
  messageDeadlineMs?: number;
  authLimitMs?: number;
  /** A late invoke's language before its turn knows the leerlijn's. */
  langOf?: (activity: Activity) => Lang;
  /** Runs at the end of an invoke's turn that was answered "still working". */
  afterLate?: (context: TurnContext) => Promise<void>;
}

/** A check given up on may still fail: logged, not an unhandled rejection. */
const keysLate = (log: Logger) => (error: unknown): void => log.warn({ err: error }, 'teams token check failed after the request was answered 503');

/** A late turn runs on (its writes count; card refreshes show them); its failure is logged once. */
const lateFailure = (log: Logger) => (error: unknown): void => {
  if (error instanceof DeliverAgain) return log.warn('teams turn asked to be delivered again after Teams heard 200: not run, nobody told');
  log.error({ err: error }, 'teams turn failed after its answer');
};

/** What Teams shows for an invoke that is still running: a message, not an error banner. */
const lateAnswer = (name: string | undefined, lang: Lang): unknown =>
  (name === 'adaptiveCard/action' ? { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: t(lang, 'card.stillWorking') } : {});
