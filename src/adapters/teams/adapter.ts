// The botbuilder CloudAdapter, configured from TEAMS settings. With an app id every
// inbound request's JWT is validated; without one, auth is off (Bot Framework Emulator only).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import type { Logger } from '../../logger.js';

// botframework-connector's AuthenticationConstants.ToChannelFromBotOAuthScope; that package is
// only a transitive dependency, so the value is repeated here rather than imported.
const TO_CHANNEL_SCOPE = 'https://api.botframework.com';

export interface TeamsConnection {
  adapter: CloudAdapter;
  /** '' when auth is off: continueConversationAsync then sends without a token. */
  appId: string;
  authEnabled: boolean;
  /** Token audience for proactive calls that start a conversation. */
  audience: string;
}

export function createConnection(config: TeamsConfig, log: Logger): TeamsConnection {
  const appId = config.appId ?? '';
  const authEnabled = appId !== '';
  const auth = new ConfigurationBotFrameworkAuthentication(
    authEnabled
      ? {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: config.appPassword ?? '',
          MicrosoftAppType: config.appType,
          MicrosoftAppTenantId: config.tenantId ?? '',
        }
      : { MicrosoftAppId: '' },
  );
  if (!authEnabled) {
    log.warn(
      { adapter: 'teams' },
      '!!! MICROSOFT_APP_ID is not set: Teams requests are NOT authenticated. Use this only locally with the Bot Framework Emulator; never expose /api/messages like this. !!!',
    );
  }
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Handlers answer users themselves; reaching here is a bug or a connector failure.
    log.error({ err: error, activityType: context.activity.type }, 'teams turn failed');
    throw error;
  };
  return { adapter, appId, authEnabled, audience: TO_CHANNEL_SCOPE };
}
