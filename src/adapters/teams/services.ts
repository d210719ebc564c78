// What every Teams handler gets: the use-case deps, the connection, the messenger and
// the card coalescer.
import type { Deps } from '../../app/context.js';
import type { DocumentsConfig } from '../../config-documents.js';
import type { Logger } from '../../logger.js';
import type { TeamsConnection } from './adapter.js';
import type { Coalescer } from '../coalesce.js';
import type { TeamsMessenger } from './messenger.js';

export interface TeamsServices {
  deps: Deps;
  conn: TeamsConnection;
  messenger: TeamsMessenger;
  cards: Coalescer;
  log: Logger;
  /** Where the bot serves signed links to the team's documents (none without PUBLIC_URL). */
  documents: DocumentsConfig;
}
