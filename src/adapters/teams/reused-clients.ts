// botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every
// inbound activity, each with its own HTTP pipeline: on a vote click that was a fifth of the
// app's CPU (measured with bench:votes:teams and --cpu-prof). Both are plain HTTP clients whose
// credentials fetch and refresh their own tokens, so one per bot, service URL and audience
// serves every turn (botbuilder's older BotFrameworkAdapter kept them the same way). The
// connector clients are kept without botbuilder's own retry (withoutOwnRetry below).
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

/** Where a ConnectorClient keeps its pipeline: botbuilder-stdlib's ServiceClientContext, field `client` (an @azure/core-client ServiceClient), private in its types. */
interface WithPipeline { client?: { pipeline?: { removePolicy(options: { name: string }): unknown[] } } }

/**
 * The client without the retry @azure/core-rest-pipeline puts in every pipeline: it sends a 408,
 * a 5xx or an unanswered request three more times (0.5–1, 1–2 and 2–4 s of real time between), and a 429 or
 * 503 with Retry-After after as long as asked, before our withRetry (retry.ts) sees the error;
 * inside an invoke that outlasts Teams' deadline, and tests cannot shorten it. The option that
 * should turn it off (noRetryPolicy) is declared but not read by botbuilder-stdlib, which passes
 * core-client no retry options at all, so it is taken out of the pipeline by name. A client of
 * another shape is kept as it is; tests/adapters/teams/connector-5xx.test.ts notices.
 */
function withoutOwnRetry(connector: ConnectorClient): ConnectorClient {
  (connector as unknown as WithPipeline).client?.pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  return connector;
}

/** The request's own factory (its bot's credentials), answering a client kept from an earlier turn. */
export class KeptConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory, private readonly appId: string, private readonly kept: Kept<ConnectorClient>) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.kept.get(`${this.appId} ${serviceUrl} ${audience ?? ''}`, async () => withoutOwnRetry(await this.inner.create(serviceUrl, audience)));
  }
}

/** ConfigurationBotFrameworkAuthentication whose per-turn clients are kept between turns. */
export class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Kept<ConnectorClient>(MAX_KEPT);
  private readonly tokenClients = new Kept<UserTokenClient>(MAX_KEPT);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const appId = appIdOf(result.claimsIdentity);
    return result.connectorFactory ? { ...result, connectorFactory: new KeptConnectorFactory(result.connectorFactory, appId, this.connectors) } : result;
  }

  /** Proactive sends (card updates, reminders) build their factory here rather than from a request. */
  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return new KeptConnectorFactory(super.createConnectorFactory(identity), appIdOf(identity), this.connectors);
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(identity), () => super.createUserTokenClient(identity));
  }
}
