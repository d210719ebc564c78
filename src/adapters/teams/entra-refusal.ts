// Entra ID refusing the bot's app token request (client credentials), told to the IT person as
// one log line naming the setting to fix. Before, each message that could not be answered left
// three stack traces (the flow's, the apology's and the turn's) with MSAL's text and no setting.
// The request is made at start (app-token.ts, for /readyz) and when the bot sends.
import type { ConfidentialClientApplication } from '@azure/msal-node';
import { ReportedFailure } from '../../app/errors.js';
import type { Logger } from '../../logger.js';

/** What to check for each AADSTS code a client-credentials request is refused with. */
const FIXES: Readonly<Record<string, string>> = {
  '7000215': 'check MICROSOFT_APP_PASSWORD: its Value, not its Secret ID (docs/teams.md, step 3)',
  '7000222': 'the client secret has expired: make a new one and put its Value in MICROSOFT_APP_PASSWORD (docs/teams.md, step 3)',
  '700016': 'check MICROSOFT_APP_ID and MICROSOFT_APP_TENANT_ID: no such app registration in that tenant (docs/teams.md, step 2)',
  '90002': 'check MICROSOFT_APP_TENANT_ID: no such tenant (docs/teams.md, step 2)',
};
const OTHER_FIX = 'check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (docs/teams.md, steps 2 and 3)';

/** MSAL's answers to credentials Entra ID will not accept, whatever the retry. */
const REFUSING_CODES: ReadonlySet<string> = new Set(['invalid_client', 'unauthorized_client', 'invalid_request']);

/** The refused request, already in the log: flows answer it as 'internal' and log nothing more. */
export class TeamsCredentialsRefused extends ReportedFailure {}

/** Entra ID's code and first sentence ('7000215', 'Invalid client secret provided'), when the error is its refusal. */
function entraRefusalOf(error: unknown): { code: string; description: string } | undefined {
  const fields = typeof error === 'object' && error !== null ? (error as { errorCode?: unknown; message?: unknown }) : {};
  if (typeof fields.errorCode !== 'string' || !REFUSING_CODES.has(fields.errorCode)) return undefined;
  const aadsts = /AADSTS(\d+): ([^.]*)/.exec(typeof fields.message === 'string' ? fields.message : '');
  return aadsts ? { code: aadsts[1] ?? '', description: aadsts[2] ?? '' } : { code: '', description: fields.errorCode };
}

/** The line the IT person reads. */
function refusalLine(refusal: { code: string; description: string }): string {
  const said = refusal.code ? `AADSTS${refusal.code}: ${refusal.description}` : refusal.description;
  return `teams app token refused by Entra ID (${said}); ${FIXES[refusal.code] ?? OTHER_FIX}`;
}

/** One message's reply and its apology each ask for a token: one line per minute says it. */
const REPEAT_AFTER_MS = 60_000;

export interface RefusalReports {
  now?: () => number;
  /**
   * 'minute' (sending): the same refusal again at most once a minute. 'change' (the start's check,
   * asked again for minutes on end): a refusal only when it differs from the one before.
   */
  repeat?: 'minute' | 'change';
  /** Said with each refusal line (the start's check: that it asks again). */
  fields?: Record<string, unknown>;
}

/** Whether a refusal line is said now. */
function sayingOnce(repeat: RefusalReports['repeat'], now: () => number): (line: string) => boolean {
  const loggedAt = new Map<string, number>();
  let last: string | undefined;
  if (repeat === 'change') return (line) => (last === line ? false : ((last = line), true));
  return (line) => {
    if (now() - (loggedAt.get(line) ?? Number.NEGATIVE_INFINITY) < REPEAT_AFTER_MS) return false;
    loggedAt.set(line, now());
    return true;
  };
}

/**
 * The MSAL client, whose token requests report a refusal as one error line without a stack (the
 * same refusal again at most once a minute, or only when it changed), and then fail with a
 * TeamsCredentialsRefused that no layer logs again.
 */
export function reportingRefusals(msal: ConfidentialClientApplication, log: Logger, reports: RefusalReports = {}): ConfidentialClientApplication {
  const acquire = msal.acquireTokenByClientCredential.bind(msal);
  const sayNow = sayingOnce(reports.repeat, reports.now ?? Date.now);
  msal.acquireTokenByClientCredential = async (request) => {
    try {
      return await acquire(request);
    } catch (error) {
      const refusal = entraRefusalOf(error);
      if (!refusal) throw error;
      const line = refusalLine(refusal);
      if (sayNow(line)) log.error({ reason: refusal.code ? `AADSTS${refusal.code}` : refusal.description, ...reports.fields }, line);
      throw new TeamsCredentialsRefused(line);
    }
  };
  return msal;
}
