// The Slack adapter as the server sees it.
import type { AdapterFactory } from '../../server.js';
import { createSlackAdapter } from './app.js';

export const slackAdapter: AdapterFactory = (deps, config, log) => createSlackAdapter(deps, config, log);
export { createSlackAdapter } from './app.js';
export type { SlackAdapter, SlackAdapterOptions } from './app.js';
