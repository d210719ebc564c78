// The page an installer's browser lands on when Slack's OAuth callback does not end in an
// installation. @slack/oauth answers a cancel at Slack (`error=access_denied`) and a code Slack
// refuses (used before, or expired) with 500 and "Oops, Something Went Wrong": neither is ours
// to fix, and the installer is better told what happened and what to do.
import type { ServerResponse } from 'node:http';
import { t, tError, type Lang } from '../../i18n/index.js';

/** What the callback failed on, as @slack/oauth and the Web API name it. */
interface CallbackError {
  code?: unknown;
  data?: { error?: unknown };
}

/** The installer cancelled, or their link no longer works, or it failed on our side. */
function outcome(error: CallbackError, lang: Lang): { status: number; words: string } {
  if (error.code === 'slack_oauth_installer_authorization_error') return { status: 200, words: t(lang, 'install.cancelled') };
  const staleLink = ['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code'].includes(String(error.code))
    || (error.code === 'slack_webapi_platform_error' && error.data?.error === 'invalid_code');
  if (staleLink) return { status: 400, words: t(lang, 'install.failed') };
  return { status: 500, words: tError(lang, 'internal') };
}

/** @slack/oauth's `callbackOptions.failure`: one sentence in the configured language, as plain text like the document route's answers (nothing to escape). */
export function installFailurePage(lang: Lang) {
  return (error: CallbackError, _options: unknown, _req: unknown, res: ServerResponse): void => {
    const { status, words } = outcome(error, lang);
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(words);
  };
}
