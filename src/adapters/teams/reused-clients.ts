// CloudAdapter builds a ConnectorClient and a UserTokenClient, each with its own HTTP pipeline, for
// every inbound activity: a fifth of a vote click's CPU (bench:votes:teams). Their credentials refresh
// their own tokens, so one per bot, service URL and audience serves every turn (as the older
// BotFrameworkAdapter kept them), without botbuilder's retry and with a time limit (keptShape).
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants, ConnectorFactory, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import { Kept } from '../../kept.js';

/** A bot talks to a handful of service URLs (one per region); the bound only stops growth. */
const MAX_KEPT = 32;

/** The bot a client's credentials are for, read as botbuilder's getAppId does: '' with auth off. */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/** @azure/core-rest-pipeline's defaultRetryPolicyName. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

interface TimeLimitPolicy {
  name: string;
  sendRequest(request: { abortSignal?: AbortSignal }, next: (request: { abortSignal?: AbortSignal }) => Promise<unknown>): Promise<unknown>;
}

/** Where a ConnectorClient keeps its pipeline (botbuilder-stdlib's ServiceClientContext, private in its types). */
interface WithPipeline {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown[]; addPolicy(policy: TimeLimitPolicy, options: { beforePolicies: string[] }): void } };
}

/** The policy that gets the bot's token from Entra ID and signs the request. */
const SIGN_POLICY = 'ServiceClientContext_Credentials_SignRequest';

/** One connector call, its token included, to the last byte of its answer; the Bot Connector answers in about a second. */
export const CONNECTOR_TIMEOUT_MS = 30_000;

/**
 * Nothing else limits a call: one never answered held its caller (and later scheduler ticks) for ever.
 * The abort cuts the HTTP exchange; MSAL ignores it, hence the reject too.
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
 * Without the pipeline's own retry, which waits in real time (up to 7 s, or a 429's whole Retry-After)
 * before withRetry sees the error, outlasting an invoke's deadline. botbuilder-stdlib ignores
 * noRetryPolicy, so it is removed by name; a client of another shape is kept as is (tests notice).
 */
function keptShape(connector: ConnectorClient, timeoutMs: number): ConnectorClient {
  const pipeline = (connector as unknown as WithPipeline).client?.pipeline;
  pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  pipeline?.addPolicy(timeLimit(timeoutMs), { beforePolicies: [SIGN_POLICY] });
  return connector;
}

/** The request's own factory, answering with a client kept from an earlier turn. */
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
