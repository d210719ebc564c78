// Without Bolt, so a start without Slack does not load it.
import type { Logger } from '../../logger.js';

export function logSlackOff(log: Logger): void {
  log.info('Slack adapter off: set SLACK_BOT_TOKEN + SLACK_APP_TOKEN (Socket Mode), SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (HTTP) or SLACK_CLIENT_ID + SLACK_CLIENT_SECRET + SLACK_STATE_SECRET + SLACK_SIGNING_SECRET (many workspaces)');
}
