// The single workspace's bot token, checked once at start (auth.test): a token Slack refuses
// (a typo, another app's token, one a reinstall revoked) made every command fail without a word
// in the log while the socket, which opens with the app token, said "connected" and /readyz 200.
import type { Logger } from '../../logger.js';

/** Slack's answers to a token that no retry can change (the Socket Mode client's own list): only another token fixes them. */
export const TOKEN_REFUSALS: ReadonlySet<string> = new Set(['not_authed', 'invalid_auth', 'account_inactive', 'user_removed_from_team', 'team_disabled', 'not_allowed_token_type']);
// auth.test with a bot token may also say it was revoked (a reinstall) or has expired (token rotation).
const REFUSALS = new Set([...TOKEN_REFUSALS, 'token_revoked', 'token_expired']);

/** The `error` of a Web API answer Slack gave (`{ ok: false, error }`); undefined for a network error or anything else. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  return typeof data === 'object' && data !== null && 'error' in data ? String(data.error) : undefined;
}

export interface BotTokenCheck {
  /** Called with the start's auth.test failure: a refusal is logged, naming the variable, and kept. */
  failed(error: unknown): void;
  ready(): { ok: boolean; detail?: string };
}

export function botTokenCheck(log: Logger): BotTokenCheck {
  let refused: string | undefined;
  return {
    failed(error) {
      const reason = slackErrorCode(error);
      if (reason === undefined || !REFUSALS.has(reason) || refused !== undefined) return;
      refused = reason;
      log.error({ reason }, 'slack bot token refused; check SLACK_BOT_TOKEN');
    },
    ready: () => (refused ? { ok: false, detail: `slack bot token refused: ${refused}` } : { ok: true }),
  };
}
