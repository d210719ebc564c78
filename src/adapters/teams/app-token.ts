// The bot's app token from Entra ID (client credentials, through MSAL), and the ask for one at
// start. A secret Entra ID refuses was found only at the first message: /readyz said ready and the
// IT person learned it from a team that got no answer. Apart from adapter.ts so the start can ask
// without loading botbuilder (lazy.ts).
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { TeamsConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { reportingRefusals, TeamsCredentialsRefused } from './entra-refusal.js';

/** botframework-connector's AuthenticationConstants.ToChannelFromBotOAuthScope: the Bot Connector's audience. */
export const TO_CHANNEL_SCOPE = 'https://api.botframework.com';
/** Its DefaultChannelAuthTenant: where a MultiTenant bot gets its token. */
const MULTI_TENANT_AUTHORITY = 'botframework.com';
export const PUBLIC_LOGIN_URL = 'https://login.microsoftonline.com';

/** The login URL as configured, without a trailing slash. */
export const loginUrlOf = (config: TeamsConfig): string => (config.loginUrl ?? PUBLIC_LOGIN_URL).replace(/\/+$/, '');

/**
 * MSAL for the bot's password: the tenant's authority for SingleTenant, botframework.com for
 * MultiTenant (as botbuilder does). A login URL other than Microsoft's is trusted as given; MSAL
 * would otherwise ask login.microsoftonline.com about it first. Refusals are logged once (entra-refusal.ts).
 */
export function appTokenClient(config: TeamsConfig, log: Logger): ConfidentialClientApplication {
  const loginUrl = loginUrlOf(config);
  const tenant = config.appType === 'SingleTenant' ? config.tenantId : MULTI_TENANT_AUTHORITY;
  return reportingRefusals(new ConfidentialClientApplication({
    auth: {
      clientId: config.appId ?? '',
      clientSecret: config.appPassword ?? '',
      authority: `${loginUrl}/${tenant}`,
      knownAuthorities: loginUrl !== PUBLIC_LOGIN_URL ? [new URL(loginUrl).host] : [],
    },
  }), log);
}

export interface AppTokenCheck {
  /** Not ready once Entra ID refused the secret; ready while unchecked or unreachable (the first message asks again). */
  ready(): { ok: boolean; detail?: string };
}

/**
 * Asks for the app token once, as botbuilder's MsalAppCredentials does (the Bot Connector's scope,
 * no cache), without holding the start. A refusal is the error line entra-refusal.ts logs and
 * /readyz's reason; no answer is a warning.
 */
export function checkAppToken(config: TeamsConfig, log: Logger): AppTokenCheck {
  let refused: string | undefined;
  appTokenClient(config, log)
    .acquireTokenByClientCredential({ scopes: [`${TO_CHANNEL_SCOPE}/.default`], skipCache: true })
    .then(
      () => log.info('teams app token got from Entra ID'),
      (error: unknown) => {
        if (error instanceof TeamsCredentialsRefused) refused = error.message;
        else log.warn({ err: error }, 'teams app token not checked at start: Entra ID did not answer; the first message asks again');
      },
    );
  return { ready: () => (refused ? { ok: false, detail: refused } : { ok: true }) };
}
