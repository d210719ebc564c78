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
function outcome(error: CallbackError): { status: number; words: (lang: Lang) => string } {
  if (error.code === 'slack_oauth_installer_authorization_error') return { status: 200, words: (lang) => t(lang, 'install.cancelled') };
  const staleLink = ['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code'].includes(String(error.code))
    || (error.code === 'slack_webapi_platform_error' && error.data?.error === 'invalid_code');
  if (staleLink) return { status: 400, words: (lang) => t(lang, 'install.failed') };
  return { status: 500, words: (lang) => tError(lang, 'internal') };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @slack/oauth's `callbackOptions.failure`: a plain page in the configured language. */
export function installFailurePage(lang: Lang) {
  return (error: CallbackError, _options: unknown, _req: unknown, res: ServerResponse): void => {
    const { status, words } = outcome(error);
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>Leerlijn</title><p>${escapeHtml(words(lang))}</p></html>`);
  };
}
