import type { Deps } from '../../app/context.js';
import type { DocumentsConfig } from '../../config-documents.js';
import type { Logger } from '../../logger.js';
import type { TeamsConnection } from './adapter.js';
import type { Coalescer } from '../../app/coalesce.js';
import type { LiveCounts } from '../../app/live-counts.js';
import type { TeamsMessenger } from './messenger.js';
import type { RetryOptions } from './retry.js';
import type { RosterCache } from './roster-cache.js';

export interface TeamsServices {
  deps: Deps;
  conn: TeamsConnection;
  messenger: TeamsMessenger;
  /** Result redraws after a close or an agreement, at most once per interval per card. */
  cards: Coalescer;
  liveCounts: LiveCounts;
  log: Logger;
  /** Where the bot serves signed links to the team's documents (none without PUBLIC_URL). */
  documents: DocumentsConfig;
  /** A channel reply's controls go to its asker alone (config.ts, TeamsConfig.perUserViews). */
  perUserViews: boolean;
  /** Where a file consent's upload may go, auth on (config.ts, TeamsConfig.uploadHosts). */
  uploadHosts: readonly string[];
  /** How long one PUT of an export to OneDrive may take (config.ts, TeamsConfig.uploadTimeoutMs). */
  uploadTimeoutMs: number;
  /** How the adapter waits before sending again (tests record the waits instead). */
  retry: RetryOptions;
  /** The conversation's people a typeahead searched a moment ago (roster-cache.ts). */
  searchRoster: RosterCache;
}
