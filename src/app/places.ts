// What stays the same between one person's clicks, kept in this process so that a vote click
// does not ask the database again: our workspace id for a platform's tenant, the channel's
// active leerlijn, and which conversation references are stored already. Kept per database
// handle (like the vote writer), so two bots on two databases never hand each other rows.
//
// How each stays correct, and why a short TTL alone would not do:
// - Workspace ids never change: ensureWorkspace is an upsert that answers the same row's id
//   for a (platform, tenant) for ever, and no code deletes a workspace. Kept without expiry.
// - The channel's active leerlijn changes only through startLeerlijn, stopLeerlijn and
//   deleteLeerlijn (the other columns of a LeerlijnRow are never updated). Each of them
//   empties this cache once its transaction is over (`forgetLeerlijnen`), and a read that was
//   under way meanwhile is not kept (the epoch), so in this process the cache is never behind.
//   A start, stop or delete on another replica is not seen here: a TTL would still leave a
//   window in which the row is wrong. So the cached row is only used where it decides
//   nothing: card actions (`cached`). A card action names its round or action by id and its
//   use case reads that, with its leerlijn, from the database, and checks workspace,
//   membership, coordinator role and round state there; the channel's row only picks the
//   language of a refusal that carries none. Commands and forms act on the channel's
//   leerlijn and who may do what there, so they always read it (`fresh`), which also renews
//   the entry; the TTL bounds how long another replica's change can leave a language behind.
// - Conversation references: see `referenceKnown`.
import { activeLeerlijnIn, ensureWorkspace, type LeerlijnRow, type Platform } from '../store/leerlijnen.js';
import type { Queryable } from '../store/db.js';
import { Kept, keepNewest, perDatabase } from '../kept.js';
import type { Deps } from './context.js';
import type { Lang } from '../i18n/index.js';

/** How long a card action may use the channel's leerlijn as read before (see above). */
export const LEERLIJN_TTL_MS = 60_000;
/** A reference is written again at least this often at a person's activity (see referenceKnown). */
export const REFERENCE_RECHECK_MS = 10 * 60_000;
/** Entries per map at most; the oldest go first. */
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  at: number;
}

class Places {
  readonly workspaces = new Kept<string>(MAX_ENTRIES);
  readonly leerlijnen = new Map<string, Entry<LeerlijnRow | null>>();
  readonly references = new Map<string, Entry<string>>();
  /** Bumped by every forget: a read begun before it must not be kept after it. */
  epoch = 0;
}

const placesOf: (db: Queryable) => Places = perDatabase(() => new Places());

/** Our workspace id for a platform's tenant (made on first sight); asked once per process. */
export function workspaceIdFor(deps: Pick<Deps, 'db'>, platform: Platform, tenantId: string): Promise<string> {
  const { workspaces } = placesOf(deps.db);
  const key = `${platform}:${tenantId}`;
  // A failed lookup is not remembered, so the next activity tries again.
  return workspaces.get(key, () => ensureWorkspace(deps.db, platform, tenantId));
}

/**
 * The channel's active leerlijn. `fresh` reads it (for commands and forms, which act on
 * it); `cached` may answer from this process's last read (for card actions only, see above).
 */
export async function channelLeerlijn(deps: Pick<Deps, 'db'>, workspaceId: string, channelId: string, use: 'fresh' | 'cached'): Promise<LeerlijnRow | null> {
  const places = placesOf(deps.db);
  const key = `${workspaceId}:${channelId}`;
  const hit = places.leerlijnen.get(key);
  if (use === 'cached' && hit && performance.now() - hit.at < LEERLIJN_TTL_MS) return hit.value;
  const epoch = places.epoch;
  const row = await activeLeerlijnIn(deps.db, workspaceId, channelId);
  if (places.epoch === epoch) keepNewest(places.leerlijnen, key, { value: row, at: performance.now() }, MAX_ENTRIES);
  return row;
}

/**
 * The language a place speaks: its leerlijn's; where none runs (or a personal chat), the one the
 * person's platform says they use (`own`), else the configured default. Where a leerlijn's data
 * was deleted nothing of it says its team's language (deletion deletes), so the person's own is
 * the best left. Teams sends it on every activity (`locale`). Slack's user locale is not asked:
 * Slack has no Dutch, so a Dutch team's people read it in English and theirs would say 'en'.
 */
export function placeLang(deps: Pick<Deps, 'defaultLang'>, leerlijn: Pick<LeerlijnRow, 'lang'> | null, own: Lang | null = null): Lang {
  return leerlijn?.lang ?? own ?? deps.defaultLang;
}

/**
 * The language a start form offers the new leerlijn: the configured default, which the whole team
 * reads in, not the starter's own (the form itself may speak theirs: placeLang). One choice for both
 * platforms, and for a start form drawn again (a Teams own view).
 */
export const offeredTeamLang = (deps: Pick<Deps, 'defaultLang'>): Lang => deps.defaultLang;

/** The language of the leerlijn in a channel, read now (a refusal there speaks it); the default where none runs. */
export async function channelLang(deps: Pick<Deps, 'db' | 'defaultLang'>, workspaceId: string, channelId: string): Promise<Lang> {
  return placeLang(deps, await channelLeerlijn(deps, workspaceId, channelId, 'fresh'));
}

/** After a leerlijn was started, stopped or deleted: every channel is read again. */
export function forgetLeerlijnen(db: Queryable): void {
  const places = placesOf(db);
  places.epoch += 1;
  places.leerlijnen.clear();
}

/** A conversation reference as the adapter sees it: where it is stored, and the parts of it that matter. */
export interface ReferenceSignature {
  workspaceId: string;
  key: string;
  signature: string;
}

/**
 * Whether the reference with this `signature` (the parts of it that matter, as the adapter
 * sees them) is known to be stored under `key`: written by this process less than
 * REFERENCE_RECHECK_MS ago, with no delete in between. deleteLeerlijn deletes the references
 * of its people, and forgets them all here; a delete on another replica is not seen here, so
 * a person's next activity after the recheck time writes their reference again. A reference
 * only says where to reach someone, never what they may do.
 */
export function referenceKnown(db: Queryable, { workspaceId, key, signature }: ReferenceSignature): boolean {
  const known = placesOf(db).references.get(`${workspaceId}:${key}`);
  return known !== undefined && known.value === signature && performance.now() - known.at < REFERENCE_RECHECK_MS;
}

/** Notes a reference as stored, right after it was written. */
export function noteReference(db: Queryable, { workspaceId, key, signature }: ReferenceSignature, epoch: number): void {
  const places = placesOf(db);
  if (places.epoch !== epoch) return;
  keepNewest(places.references, `${workspaceId}:${key}`, { value: signature, at: performance.now() }, MAX_ENTRIES);
}

/** The epoch to pass to noteReference: taken before the write it notes. */
export function placesEpoch(db: Queryable): number {
  return placesOf(db).epoch;
}

/** After references were deleted (a leerlijn's people with it): every one is written again. */
export function forgetReferences(db: Queryable): void {
  const places = placesOf(db);
  places.epoch += 1;
  places.references.clear();
}
