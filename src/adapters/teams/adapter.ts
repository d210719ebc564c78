// botbuilder's CloudAdapter from TEAMS settings. With an app id every inbound JWT is checked;
// without one auth is off (Bot Framework Emulator only).
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

/** Every endpoint spelled out (botbuilder's public-cloud defaults unless configured), so botbuilder always takes one path. */
function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
    ToChannelFromBotLoginUrl: loginUrlOf(config),
    ToChannelFromBotOAuthScope: TO_CHANNEL_SCOPE,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** A password's app tokens come from our MSAL client (app-token.ts); a managed identity's stay botbuilder's. */
function passwordCredentials(config: TeamsConfig, log: Logger): MsalServiceClientCredentialsFactory | undefined {
  if (!usesPassword(config)) return undefined;
  // botframework-connector declares MSAL's CommonJS types and gets its ESM build here: one class, two declarations.
  type Msal = ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1];
  return new MsalServiceClientCredentialsFactory(config.appId ?? '', appTokenClient(config, log) as unknown as Msal);
}

/** Exposes the turn runner for a request we authenticated ourselves (http-shim.ts): processActivityDirect drops an invoke's response. */
class TeamsCloudAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface TeamsConnection {
  adapter: TeamsCloudAdapter;
  /** Checks an inbound request's token (with auth off, lets everything through). */
  auth: BotFrameworkAuthentication;
  /** Errors onTurnError logged already, so the HTTP layer does not log them twice. */
  loggedErrors: WeakSet<object>;
  /** '' when auth is off: continueConversationAsync then sends without a token. */
  appId: string;
  authEnabled: boolean;
  /** Token audience for proactive calls that start a conversation; '' when auth is off. */
  audience: string;
}

/** The turn botbuilder makes up for the bot's own send (continueConversationAsync, createConversationAsync). */
const isOwnSend = (context: TurnContext): boolean =>
  context.activity.type === 'event' && ['ContinueConversation', 'CreateConversation'].includes(context.activity.name ?? '');

/** `keysLimitMs`: how long fetching the signing keys may take (signing-keys.ts). */
export function createConnection(
  config: TeamsConfig, log: Logger, limits: { connectorTimeoutMs?: number; keysLimitMs: number },
): TeamsConnection {
  const appId = config.appId ?? '';
  const authEnabled = appId !== '';
  const connectorTimeoutMs = limits.connectorTimeoutMs ?? CONNECTOR_TIMEOUT_MS;
  const options = authOptions(config);
  // Tokens are checked against Teams' (and other channels') keys and the Emulator's.
  if (authEnabled) useSigningKeys([options.ToBotFromChannelOpenIdMetadataUrl, options.ToBotFromEmulatorOpenIdMetadataUrl].filter((u): u is string => !!u), limits.keysLimitMs);
  // With auth off there is no app id, so passwordCredentials gives none (usesPassword needs one).
  const auth = new ReusingAuthentication(connectorTimeoutMs, authEnabled ? options : { MicrosoftAppId: '' }, passwordCredentials(config, log));
  const adapter = new TeamsCloudAdapter(auth);
  const loggedErrors = new WeakSet<object>();
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Handlers answer users themselves: reaching here is a bug or a connector failure. Each failed attempt
    // of the bot's own sends passes here too, and the messenger retries and reports the outcome.
    const fields = { err: error, activityType: context.activity.type };
    // needsLogging: a refusal of the bot's credentials was logged once already (entra-refusal.ts).
    if (needsLogging(error)) {
      if (isOwnSend(context) && isRetryable(error)) log.warn(fields, 'teams connector call failed (the messenger retries or reports it)');
      else log.error(fields, 'teams turn failed');
    }
    if (error instanceof Object) loggedErrors.add(error);
    throw error;
  };
  return { adapter, auth, loggedErrors, appId, authEnabled, audience: authEnabled ? TO_CHANNEL_SCOPE : '' };
}
