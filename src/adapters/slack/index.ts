// The Slack adapter as the server sees it.
export { createSlackAdapter } from './app.js';
export type { SlackAdapter, SlackAdapterOptions } from './app.js';
