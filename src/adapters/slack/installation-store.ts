// Slack OAuth installations (many-workspace mode). They hold bot tokens: handed to Bolt, never logged.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { z } from 'zod';
import type { Deps } from '../../app/context.js';
import { slackInstallations } from '../../app/platform-records.js';
import { keepNewest, perDatabase } from '../../kept.js';
import type { EventCallback } from './edge-shapes.js';

function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  return q.isEnterpriseInstall && q.enterpriseId ? `E:${q.enterpriseId}` : `T:${q.teamId ?? ''}`;
}

/** A school's workspaces, at most. */
const KNOWN_AT_MOST = 1000;
// The last installation read per key, per database (so a forgotten one is gone for every store).
// Used only while the database fails, so Bolt can still authorize and the person hears "try again".
const knownIn = perDatabase(() => new Map<string, Installation>());

export function postgresInstallationStore(deps: Pick<Deps, 'db'>): InstallationStore {
  const installations = slackInstallations(deps);
  const known = knownIn(deps.db);
  return {
    async storeInstallation(installation) {
      const installKey = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await installations.save({ installKey, teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, installation });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = keyOf(query);
      const found = await installations.find<Installation>(key).catch((e: unknown) => known.get(key) ?? Promise.reject(e));
      if (!found) {
        known.delete(key);
        throw new Error('installation_not_found');
      }
      keepNewest(known, key, found, KNOWN_AT_MOST);
      return found;
    },
    deleteInstallation: (query: InstallationQuery<boolean>) => forget(deps, keyOf(query)),
  };
}

export async function botTokenOf(deps: Pick<Deps, 'db'>, workspaceId: string): Promise<string> {
  const teamId = await slackInstallations(deps).teamOf(workspaceId);
  if (!teamId) throw new Error('installation_not_found');
  const token = (await postgresInstallationStore(deps).fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token;
  if (!token) throw new Error('installation_not_found');
  return token;
}

function forget(deps: Pick<Deps, 'db'>, key: string): Promise<void> {
  knownIn(deps.db).delete(key);
  return slackInstallations(deps).delete(key);
}

type SentFor = Pick<z.output<typeof EventCallback>, 'team_id' | 'enterprise_id' | 'is_enterprise_install' | 'authorizations'>;
/** An event's installing workspace: Slack Connect puts the member's organisation in `team_id`. */
export const eventTeamOf = (e: Pick<SentFor, 'team_id' | 'authorizations'>): string | undefined => e.authorizations?.[0]?.team_id ?? e.team_id ?? undefined;

// The app was taken away. Removing an org-wide app from one workspace is team_access_revoked, not
// an uninstall (bolt-js#2560); an uninstall marked org-wide forgets the organisation's install.
// Read as Bolt 5.1 picks a token (App.js buildSource): `authorizations[0]`, then the envelope. An
// event naming an organisation and no workspace is for the org-wide install, as bolt-python reads
// an org-wide app_uninstalled or tokens_revoked (unverified against a real Grid).
export async function forgetInstallation(deps: Pick<Deps, 'db'>, e: SentFor): Promise<void> {
  const sent = e.authorizations?.[0];
  const teamId = eventTeamOf(e);
  const enterpriseId = sent?.enterprise_id ?? e.enterprise_id ?? undefined;
  const marked = (sent ? sent.is_enterprise_install : e.is_enterprise_install) === true;
  const isEnterpriseInstall = marked || (teamId === undefined && enterpriseId !== undefined);
  if ((isEnterpriseInstall && enterpriseId) || teamId) await forget(deps, keyOf({ isEnterpriseInstall, enterpriseId, teamId }));
}
