import type { Deps } from '../../app/context.js';
import type { DocumentsConfig } from '../../config-documents.js';
import type { Logger } from '../../logger.js';
import type { TeamsConnection } from './adapter.js';
import type { Coalescer } from '../../app/coalesce.js';
import type { LiveCounts } from '../../app/live-counts.js';
import type { ResultPublishing } from '../../app/result-publishing.js';
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
  /** A round's outcome posted once all ten are agreed, one publisher at a time per round. */
  results: ResultPublishing;
  log: Logger;
  /** Where signed document links point (none without PUBLIC_URL). */
  documents: DocumentsConfig;
  /** A channel reply's controls go to its asker alone (TeamsConfig.perUserViews). */
  perUserViews: boolean;
  /** Where an export's upload may go, auth on. */
  uploadHosts: readonly string[];
  /** One PUT of an export to OneDrive. */
  uploadTimeoutMs: number;
  /** Tests record the waits instead. */
  retry: RetryOptions;
  searchRoster: RosterCache;
}
