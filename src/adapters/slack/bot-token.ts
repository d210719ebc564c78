// The single workspace's bot token, checked at start: a refused one (a typo, a revoked token) made
// every command fail silently while the socket (app token) was connected and /readyz said 200.
import type { Logger } from '../../logger.js';

/** Answers to a token that only another token fixes (the Socket Mode client's own list). */
export const TOKEN_REFUSALS: ReadonlySet<string> = new Set(['not_authed', 'invalid_auth', 'account_inactive', 'user_removed_from_team', 'team_disabled', 'not_allowed_token_type']);
// auth.test may also say these of a bot token (a reinstall, token rotation).
const REFUSALS = new Set([...TOKEN_REFUSALS, 'token_revoked', 'token_expired']);

/** The `error` of Slack's `{ ok: false, error }` answer; undefined for anything else. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  return typeof data === 'object' && data !== null && 'error' in data ? String(data.error) : undefined;
}

export type BotTokenCheck = ReturnType<typeof botTokenCheck>;

export function botTokenCheck(log: Logger) {
  let refused: string | undefined;
  return {
    failed(error: unknown): void {
      const reason = slackErrorCode(error);
      if (reason === undefined || !REFUSALS.has(reason) || refused !== undefined) return;
      refused = reason;
      log.error({ reason }, 'slack bot token refused; check SLACK_BOT_TOKEN');
    },
    ready: (): { ok: boolean; detail?: string } => (refused ? { ok: false, detail: `slack bot token refused: ${refused}` } : { ok: true }),
  };
}
