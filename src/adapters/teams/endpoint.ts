// What the server knows of Teams before botbuilder is loaded (lazy.ts): nothing here imports it.
import type { TeamsConfig } from '../../config.js';
import type { Logger } from '../../logger.js';

export const TEAMS_PATH = '/api/messages';

/** At start, not at the first request: an operator must see it before exposing the bot. */
export function warnIfUnauthenticated(config: TeamsConfig, log: Logger): void {
  if (config.appId) return;
  log.warn(
    { adapter: 'teams' },
    '!!! MICROSOFT_APP_ID is not set: Teams requests are NOT authenticated. Use this only locally (npm run playground: Microsoft 365 Agents Playground); never expose /api/messages like this. !!!',
  );
}

/** The app token comes with a password: not a managed identity, not auth off. */
export const usesPassword = (config: TeamsConfig): boolean => !!config.appId && config.appType !== 'UserAssignedMSI';
