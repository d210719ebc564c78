// Slack OAuth installations (many-workspace mode), kept through src/app in Postgres. The rows
// hold bot tokens: they are read here and handed to Bolt, never logged.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Deps } from '../../app/context.js';
import { slackInstallations } from '../../app/platform-records.js';

function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  return q.isEnterpriseInstall && q.enterpriseId ? `E:${q.enterpriseId}` : `T:${q.teamId ?? ''}`;
}

/** Installations kept in memory, for while the database does not answer: a school's workspaces. */
const KNOWN_AT_MOST = 1000;
/**
 * The last installation read per key, per database (every store of it shares them, so a forgotten
 * one is gone for all). Used only when the database fails, so that Bolt can still authorize the
 * request and the person hears "try again".
 */
const knownByDb = new WeakMap<object, Map<string, Installation>>();

function knownIn(deps: Pick<Deps, 'db'>): Map<string, Installation> {
  let known = knownByDb.get(deps.db);
  if (!known) knownByDb.set(deps.db, (known = new Map()));
  return known;
}

export function postgresInstallationStore(deps: Pick<Deps, 'db'>): InstallationStore {
  const installations = slackInstallations(deps);
  const known = knownIn(deps);
  return {
    async storeInstallation(installation) {
      const installKey = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await installations.save({ installKey, teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, installation });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = keyOf(query);
      let found: Installation | null;
      try {
        found = await installations.find<Installation>(key);
      } catch (error) {
        const kept = known.get(key);
        if (kept) return kept;
        throw error;
      }
      // Deleted first: one found again goes to the back, the oldest is dropped past KNOWN_AT_MOST.
      known.delete(key);
      if (!found) throw new Error('installation_not_found');
      known.set(key, found);
      if (known.size > KNOWN_AT_MOST) known.delete(known.keys().next().value!);
      return found;
    },
    deleteInstallation: (query: InstallationQuery<boolean>) => forget(deps, keyOf(query)),
  };
}

/** The bot token of one of our workspaces, from its installation. */
export async function botTokenOf(deps: Pick<Deps, 'db'>, workspaceId: string): Promise<string> {
  const teamId = await slackInstallations(deps).teamOf(workspaceId);
  if (!teamId) throw new Error('installation_not_found');
  const installation = await postgresInstallationStore(deps).fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  const token = installation.bot?.token;
  if (!token) throw new Error('installation_not_found');
  return token;
}

function forget(deps: Pick<Deps, 'db'>, key: string): Promise<void> {
  knownIn(deps).delete(key);
  return slackInstallations(deps).delete(key);
}

/** The workspace's installation (and the bot token in it) forgotten: the app was taken away. */
export function forgetInstallation(deps: Pick<Deps, 'db'>, teamId: string): Promise<void> {
  return forget(deps, keyOf({ teamId }));
}
