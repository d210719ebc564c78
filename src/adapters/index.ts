// The platform adapters the bot can run. Each returns null when it is not configured, and
// each platform's SDK is loaded only when that platform is used (Bolt with Slack configured,
// botbuilder with the first Teams request): a start pays only for what it runs.
import type { AdapterFactory } from '../server.js';
import { logSlackOff } from './slack/off.js';
import { lazyTeamsAdapter } from './teams/lazy.js';

const slackAdapter: AdapterFactory = async (deps, config, log) => {
  if (config.slack.mode === 'off') {
    logSlackOff(log);
    return null;
  }
  return (await import('./slack/app.js')).createSlackAdapter(deps, config, log);
};

export const allAdapters: AdapterFactory[] = [slackAdapter, lazyTeamsAdapter];
