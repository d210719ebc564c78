// Entra ID refusing the bot's app token, told to the IT person as one log line naming the setting to
// fix, rather than a stack trace per layer with MSAL's text. Asked at start (app-token.ts) and when sending.
import type { ConfidentialClientApplication } from '@azure/msal-node';
import { ReportedFailure } from '../../app/errors.js';
import type { Logger } from '../../logger.js';

const FIXES: Readonly<Record<string, string>> = {
  '7000215': 'check MICROSOFT_APP_PASSWORD: its Value, not its Secret ID (docs/teams.md, step 3)',
  '7000222': 'the client secret has expired: make a new one and put its Value in MICROSOFT_APP_PASSWORD (docs/teams.md, step 3)',
  '700016': 'check MICROSOFT_APP_ID and MICROSOFT_APP_TENANT_ID: no such app registration in that tenant (docs/teams.md, step 2)',
  '90002': 'check MICROSOFT_APP_TENANT_ID: no such tenant (docs/teams.md, step 2)',
};
const OTHER_FIX = 'check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (docs/teams.md, steps 2 and 3)';

/** MSAL's codes for credentials Entra ID will not accept, whatever the retry. */
const REFUSING_CODES: ReadonlySet<string> = new Set(['invalid_client', 'unauthorized_client', 'invalid_request']);

/** Already logged: flows answer it as 'internal' and log nothing more. */
export class TeamsCredentialsRefused extends ReportedFailure {}

/** Entra ID's refusal, if the error is one: the log's reason ('AADSTS7000215') and the line the IT person reads. */
function refusalOf(error: unknown): { reason: string; line: string } | undefined {
  const fields = typeof error === 'object' && error !== null ? (error as { errorCode?: unknown; message?: unknown }) : {};
  if (typeof fields.errorCode !== 'string' || !REFUSING_CODES.has(fields.errorCode)) return undefined;
  const aadsts = /AADSTS(\d+): ([^.]*)/.exec(typeof fields.message === 'string' ? fields.message : '');
  const code = aadsts?.[1] ?? '';
  const said = aadsts ? `AADSTS${code}: ${aadsts[2] ?? ''}` : fields.errorCode;
  const line = `teams app token refused by Entra ID (${said}); ${FIXES[code] ?? OTHER_FIX}`;
  return { reason: aadsts ? `AADSTS${code}` : fields.errorCode, line };
}

/** A message's reply and its apology each ask for a token: one line a minute is enough. */
const REPEAT_AFTER_MS = 60_000;

export interface RefusalReports {
  now?: () => number;
  /** 'minute' (sending): the same refusal at most once a minute; 'change' (the start's re-checks): when it differs. */
  repeat?: 'minute' | 'change';
  /** Logged with each refusal line. */
  fields?: Record<string, unknown>;
}

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

/** `msal`, whose refused token requests log one line (no stack) and fail with TeamsCredentialsRefused. */
export function reportingRefusals(msal: ConfidentialClientApplication, log: Logger, reports: RefusalReports = {}): ConfidentialClientApplication {
  const acquire = msal.acquireTokenByClientCredential.bind(msal);
  const sayNow = sayingOnce(reports.repeat, reports.now ?? Date.now);
  msal.acquireTokenByClientCredential = async (request) => {
    try {
      return await acquire(request);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      if (sayNow(refusal.line)) log.error({ reason: refusal.reason, ...reports.fields }, refusal.line);
      throw new TeamsCredentialsRefused(refusal.line);
    }
  };
  return msal;
}
