// The page of an OAuth callback that installs nothing: @slack/oauth answers a cancel or a used or
// expired code with 500 "Oops, Something Went Wrong", where the installer needs what to do.
import type { ServerResponse } from 'node:http';
import { t, tError, type Lang } from '../../i18n/index.js';
import { slackErrorCode } from './bot-token.js';

type CallbackError = { code?: unknown };

function outcome(error: CallbackError, lang: Lang): { status: number; words: string } {
  if (error.code === 'slack_oauth_installer_authorization_error') return { status: 200, words: t(lang, 'install.cancelled') };
  const staleLink = ['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code'].includes(String(error.code))
    || (error.code === 'slack_webapi_platform_error' && slackErrorCode(error) === 'invalid_code');
  if (staleLink) return { status: 400, words: t(lang, 'install.failed') };
  return { status: 500, words: tError(lang, 'internal') };
}

/** @slack/oauth's `callbackOptions.failure`: plain text, so nothing to escape. */
export function installFailurePage(lang: Lang) {
  return (error: CallbackError, _options: unknown, _req: unknown, res: ServerResponse): void => {
    const { status, words } = outcome(error, lang);
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(words);
  };
}
