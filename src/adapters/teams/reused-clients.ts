// botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every
// inbound activity, each with its own HTTP pipeline: on a vote click that was a fifth of the
// app's CPU (measured with bench:votes:teams and --cpu-prof). Both are plain HTTP clients whose
// credentials fetch and refresh their own tokens, so one per bot, service URL and audience
// serves every turn (botbuilder's older BotFrameworkAdapter kept them the same way). The
// connector clients are kept without botbuilder's own retry and with a time limit (keptShape below).
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants, ConnectorFactory, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import { Kept } from '../../kept.js';

/** A bot talks to a handful of service URLs (one per region); the bound only stops growth. */
const MAX_KEPT = 32;

/**
 * The bot a client's credentials are for, read as botbuilder reads it when it makes them
 * (parameterizedBotFrameworkAuthentication.js getAppId): a channel names the bot in the
 * audience, the Emulator in the app id; '' with auth off.
 */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/** The name @azure/core-rest-pipeline gives its default retry (defaultRetryPolicyName). */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/** A policy of an @azure/core-rest-pipeline pipeline, as much of it as is used here. */
interface TimeLimitPolicy {
  name: string;
  sendRequest(request: { abortSignal?: AbortSignal }, next: (request: { abortSignal?: AbortSignal }) => Promise<unknown>): Promise<unknown>;
}

/** Where a ConnectorClient keeps its pipeline: botbuilder-stdlib's ServiceClientContext, field `client` (an @azure/core-client ServiceClient), private in its types. */
interface WithPipeline {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown[]; addPolicy(policy: TimeLimitPolicy, options: { beforePolicies: string[] }): void } };
}

/** The policy of that ServiceClientContext that gets the bot's token (MSAL, from Entra ID) and puts it on the request. */
const SIGN_POLICY = 'ServiceClientContext_Credentials_SignRequest';

/**
 * How long one connector call may take, its token included, from the start to the last byte of
 * its answer (tests shorten it: TeamsOptions.connectorTimeoutMs). The Bot Connector answers in about a second.
 */
export const CONNECTOR_TIMEOUT_MS = 30_000;

/**
 * A call given up after `timeoutMs`: neither the pipeline, nor MSAL's token requests, nor Node set
 * a limit, so a connector or an Entra ID that took a request and never answered held its caller
 * for ever. For a scheduler tick that was every later tick too (the ticker skips a tick while the
 * last one runs). The abort cuts the HTTP exchange; MSAL does not listen to it, so the call stops
 * waiting as well. A call given up fails as any unanswered one, and the scheduler sends later.
 */
function timeLimit(timeoutMs: number): TimeLimitPolicy {
  return {
    name: 'leerlijnTimeLimit',
    sendRequest: (request, next) => {
      const limit = AbortSignal.timeout(timeoutMs);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, limit]) : limit;
      return new Promise((resolve, reject) => {
        const giveUp = (): void => reject(limit.reason);
        limit.addEventListener('abort', giveUp, { once: true });
        next(request).then(resolve, reject).finally(() => limit.removeEventListener('abort', giveUp));
      });
    },
  };
}

/**
 * The client without the retry @azure/core-rest-pipeline puts in every pipeline: it sends a 408,
 * a 5xx or an unanswered request three more times (0.5–1, 1–2 and 2–4 s of real time between), and a 429 or
 * 503 with Retry-After after as long as asked, before our withRetry (retry.ts) sees the error;
 * inside an invoke that outlasts Teams' deadline, and tests cannot shorten it. The option that
 * should turn it off (noRetryPolicy) is declared but not read by botbuilder-stdlib, which passes
 * core-client no retry options at all, so it is taken out of the pipeline by name. A client of
 * another shape is kept as it is; tests/adapters/teams/connector-5xx.test.ts, connector-no-answer.test.ts
 * and entra-no-answer.test.ts notice.
 */
function keptShape(connector: ConnectorClient, timeoutMs: number): ConnectorClient {
  const pipeline = (connector as unknown as WithPipeline).client?.pipeline;
  pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  pipeline?.addPolicy(timeLimit(timeoutMs), { beforePolicies: [SIGN_POLICY] });
  return connector;
}

/** The request's own factory (its bot's credentials), answering a client kept from an earlier turn. */
export class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly kept: Kept<ConnectorClient>,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.kept.get(`${this.appId} ${serviceUrl} ${audience ?? ''}`, async () => keptShape(await this.inner.create(serviceUrl, audience), this.timeoutMs));
  }
}

/** ConfigurationBotFrameworkAuthentication whose per-turn clients are kept between turns. */
export class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Kept<ConnectorClient>(MAX_KEPT);
  private readonly tokenClients = new Kept<UserTokenClient>(MAX_KEPT);

  /** `connectorTimeoutMs`: how long one connector call may take (CONNECTOR_TIMEOUT_MS unless a test says). */
  constructor(private readonly connectorTimeoutMs: number, ...args: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>) {
    super(...args);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const appId = appIdOf(result.claimsIdentity);
    return result.connectorFactory ? { ...result, connectorFactory: new KeptConnectorFactory(result.connectorFactory, appId, this.connectors, this.connectorTimeoutMs) } : result;
  }

  /** Proactive sends (card updates, reminders) build their factory here rather than from a request. */
  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return new KeptConnectorFactory(super.createConnectorFactory(identity), appIdOf(identity), this.connectors, this.connectorTimeoutMs);
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(identity), () => super.createUserTokenClient(identity));
  }
}
