// The platform adapters the bot can run. Each returns null when it is not configured.
import type { AdapterFactory } from '../server.js';

export const allAdapters: AdapterFactory[] = [];
