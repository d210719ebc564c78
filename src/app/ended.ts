// A leerlijn that no longer runs (its coordinator stopped it) stays in its channel with all its
// data until that coordinator deletes it, or the retention term's tick does (retention.ts):
// `export` and `verwijder` act on it there, `status` says when it stopped, and no new leerlijn
// starts in the channel meanwhile.
import { lastEndedLeerlijnIn, type EndedLeerlijnRow } from '../store/leerlijnen.js';
import type { Queryable } from '../store/db.js';
import type { Deps } from './context.js';
import { AppError } from './errors.js';

export type { EndedLeerlijnRow };

/** The channel's leerlijn that ended last, its data still kept; null where none is. */
export function endedLeerlijnIn(deps: Pick<Deps, 'db'>, workspaceId: string, channelId: string): Promise<EndedLeerlijnRow | null> {
  return lastEndedLeerlijnIn(deps.db, workspaceId, channelId);
}

/**
 * Refuses a start in a channel that still keeps a stopped leerlijn's data. `export` and
 * `verwijder` act on the channel's leerlijn: with a new one running there, the stopped one's data
 * would be out of every command's reach, and kept for ever. Its coordinator exports it and
 * deletes it first; said in its language.
 */
export async function requireNothingKeptIn(db: Queryable, workspaceId: string, channelId: string): Promise<void> {
  const ended = await lastEndedLeerlijnIn(db, workspaceId, channelId);
  if (ended) throw new AppError('leerlijn_kept', {}, { lang: ended.lang });
}
