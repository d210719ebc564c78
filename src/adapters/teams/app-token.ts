// The bot's app token from Entra ID (client credentials, through MSAL), also asked for at start:
// otherwise a refused secret shows only as a team that gets no answer while /readyz says ready.
// Apart from adapter.ts so the start can ask without loading botbuilder (lazy.ts).
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { TeamsConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { reportingRefusals, TeamsCredentialsRefused, type RefusalReports } from './entra-refusal.js';

/** botframework-connector's ToChannelFromBotOAuthScope: the Bot Connector's audience. */
export const TO_CHANNEL_SCOPE = 'https://api.botframework.com';
/** Its DefaultChannelAuthTenant: where a MultiTenant bot gets its token. */
const MULTI_TENANT_AUTHORITY = 'botframework.com';
const PUBLIC_LOGIN_URL = 'https://login.microsoftonline.com';

export const loginUrlOf = (config: TeamsConfig): string => (config.loginUrl ?? PUBLIC_LOGIN_URL).replace(/\/+$/, '');

/** MSAL with botbuilder's authority; another login URL is trusted as given, else MSAL asks Microsoft's about it. */
export function appTokenClient(config: TeamsConfig, log: Logger, reports?: RefusalReports): ConfidentialClientApplication {
  const loginUrl = loginUrlOf(config);
  return reportingRefusals(new ConfidentialClientApplication({
    auth: {
      clientId: config.appId ?? '',
      clientSecret: config.appPassword ?? '',
      authority: `${loginUrl}/${config.appType === 'SingleTenant' ? config.tenantId : MULTI_TENANT_AUTHORITY}`,
      knownAuthorities: loginUrl !== PUBLIC_LOGIN_URL ? [new URL(loginUrl).host] : [],
    },
  }), log, reports);
}

export interface AppTokenCheck {
  /** Not ready while Entra ID refuses the secret; ready while unchecked or unreachable (the first message asks again). */
  ready(): { ok: boolean; detail?: string };
  stop(): void;
}

/** Runs `run` after `ms`; the answer cancels it. */
type Schedule = (run: () => void, ms: number) => () => void;

/** Unref'd: a stop has nothing left to wait for. */
const afterTimeout: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * A refusal right after a registration or secret is made passes by itself (not yet replicated:
 * AADSTS700016, 7000215), and one fixed in Entra ID needs no new setting: so it is asked again,
 * backing off to every 30 minutes, and /readyz follows without a restart (a new MICROSOFT_APP_PASSWORD needs one).
 */
const RECHECK_FIRST_MS = 60_000;
const RECHECK_MOST_MS = 30 * 60_000;
const RECHECKED = 'after 1, 2, 4… minutes (at most every 30) until Entra ID accepts it; /readyz turns 200 then, without a restart';
/** MSAL's token request has no time limit of its own: one never answered counts as unanswered after this. */
const CHECK_LIMIT_MS = 30_000;

/** `schedule`: when a refused secret is asked again; `limit`: when a check not answered is given up. */
export interface CheckTimers {
  schedule?: Schedule;
  limit?: Schedule;
}

/** Asks as botbuilder's MsalAppCredentials does (no cache), without holding the start; a refusal is /readyz's reason. */
export function checkAppToken(config: TeamsConfig, log: Logger, timers: CheckTimers = {}): AppTokenCheck {
  const { schedule = afterTimeout, limit = afterTimeout } = timers;
  const msal = appTokenClient(config, log, { repeat: 'change', fields: { checkedAgain: RECHECKED } });
  let refused: string | undefined;
  let waitMs = RECHECK_FIRST_MS;
  let cancel: (() => void) | undefined;
  let cancelLimit: (() => void) | undefined;
  let stopped = false;
  function ask(): void {
    const unanswered = new Promise<never>((_, fail) => (cancelLimit = limit(() => fail(new Error('Entra ID did not answer in time')), CHECK_LIMIT_MS)));
    const asked = msal.acquireTokenByClientCredential({ scopes: [`${TO_CHANNEL_SCOPE}/.default`], skipCache: true });
    void Promise.race([asked, unanswered]).finally(() => cancelLimit?.()).then(
      () => {
        refused = undefined;
        log.info('teams app token got from Entra ID');
      },
      (error: unknown) => {
        if (error instanceof TeamsCredentialsRefused) refused = error.message;
        // Unreachable after a refusal: still not known to be accepted, so asked again without a line.
        else if (!refused) return log.warn({ err: error }, 'teams app token not checked at start: Entra ID did not answer; the first message asks again');
        if (stopped) return;
        cancel = schedule(ask, waitMs);
        waitMs = Math.min(waitMs * 2, RECHECK_MOST_MS);
      },
    );
  }
  ask();
  return {
    ready: () => (refused ? { ok: false, detail: refused } : { ok: true }),
    stop: () => {
      stopped = true;
      cancel?.();
      cancelLimit?.();
    },
  };
}
