// The platform adapters the bot can run. Each returns null when it is not configured.
import type { AdapterFactory } from '../server.js';
import { slackAdapter } from './slack/index.js';
import { teamsAdapterFactory } from './teams/index.js';

export const allAdapters: AdapterFactory[] = [slackAdapter, teamsAdapterFactory];
