// The botbuilder CloudAdapter, configured from TEAMS settings. With an app id every
// inbound request's JWT is validated; without one, auth is off (Bot Framework Emulator only).
import {
  CallerIdConstants, CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthenticationOptions, type InvokeResponse, type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, MsalServiceClientCredentialsFactory, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import type { TeamsConfig } from '../../config.js';
import { CONNECTOR_TIMEOUT_MS, ReusingAuthentication } from './reused-clients.js';
import { isRetryable } from './retry.js';
import { useSigningKeys } from './signing-keys.js';
import { appTokenClient, loginUrlOf, TO_CHANNEL_SCOPE } from './app-token.js';
import { usesPassword } from './endpoint.js';
import { needsLogging } from '../../app/errors.js';
import type { Logger } from '../../logger.js';


/**
 * Every endpoint spelled out, so botbuilder always takes the same path: these are its own
 * public-cloud defaults unless MICROSOFT_LOGIN_URL / MICROSOFT_OPENID_METADATA_URL say otherwise.
 */
function authOptions(config: TeamsConfig, loginUrl: string): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
    ToChannelFromBotLoginUrl: loginUrl,
    ToChannelFromBotOAuthScope: TO_CHANNEL_SCOPE,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** App tokens for a bot with a password, from Entra ID through MSAL (app-token.ts). Managed identity stays botbuilder's. */
function passwordCredentials(config: TeamsConfig, log: Logger): MsalServiceClientCredentialsFactory | undefined {
  if (!usesPassword(config)) return undefined;
  const msal = appTokenClient(config, log);
  // botframework-connector declares MSAL's CommonJS types, this module gets its ESM build: the
  // same class, two declarations.
  return new MsalServiceClientCredentialsFactory(config.appId ?? '', msal as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1]);
}

/**
 * CloudAdapter with its turn runner reachable for a request we authenticated ourselves
 * (see http-shim.ts); `processActivityDirect` would drop an invoke's response.
 */
class TeamsCloudAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface TeamsConnection {
  adapter: TeamsCloudAdapter;
  /** Checks an inbound request's token (and, with auth off, lets everything through). */
  auth: BotFrameworkAuthentication;
  /** Errors onTurnError has logged already, so the HTTP layer does not log them twice. */
  loggedErrors: WeakSet<object>;
  /** '' when auth is off: continueConversationAsync then sends without a token. */
  appId: string;
  authEnabled: boolean;
  /** Token audience for proactive calls that start a conversation; '' when auth is off. */
  audience: string;
}

/** The turn botbuilder makes up for a send of the bot's own (continueConversationAsync, createConversationAsync). */
const isOwnSend = (context: TurnContext): boolean =>
  context.activity.type === 'event' && ['ContinueConversation', 'CreateConversation'].includes(context.activity.name ?? '');

interface ConnectionLimits {
  /** How long one Bot Connector call may take (reused-clients.ts CONNECTOR_TIMEOUT_MS). */
  connectorTimeoutMs?: number;
  /** How long fetching the Bot Framework's signing keys may take (signing-keys.ts); http-shim.ts AUTH_LIMIT_MS. */
  keysLimitMs: number;
}

export function createConnection(config: TeamsConfig, log: Logger, limits: ConnectionLimits): TeamsConnection {
  const appId = config.appId ?? '';
  const authEnabled = appId !== '';
  const loginUrl = loginUrlOf(config);
  const connectorTimeoutMs = limits.connectorTimeoutMs ?? CONNECTOR_TIMEOUT_MS;
  const options = authOptions(config, loginUrl);
  // The two key sources a token is checked against: Teams' (and other channels') and the Emulator's.
  if (authEnabled) useSigningKeys([options.ToBotFromChannelOpenIdMetadataUrl, options.ToBotFromEmulatorOpenIdMetadataUrl].filter((u): u is string => !!u), limits.keysLimitMs);
  const auth = authEnabled
    ? new ReusingAuthentication(connectorTimeoutMs, options, passwordCredentials(config, log))
    : new ReusingAuthentication(connectorTimeoutMs, { MicrosoftAppId: '' });
  const adapter = new TeamsCloudAdapter(auth);
  const loggedErrors = new WeakSet<object>();
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Handlers answer users themselves; reaching here is a bug or a connector failure. In the bot's
    // own sends, every attempt passes here and the messenger retries and reports the outcome
    // (retry.ts, messenger.ts): one failed attempt there is no error. An inbound turn's is.
    const fields = { err: error, activityType: context.activity.type };
    // A refusal of the bot's own credentials was logged once, naming the setting (entra-refusal.ts).
    if (needsLogging(error)) {
      if (isOwnSend(context) && isRetryable(error)) log.warn(fields, 'teams connector call failed (the messenger retries or reports it)');
      else log.error(fields, 'teams turn failed');
    }
    if (error instanceof Object) loggedErrors.add(error);
    throw error;
  };
  return { adapter, auth, loggedErrors, appId, authEnabled, audience: authEnabled ? TO_CHANNEL_SCOPE : '' };
}
