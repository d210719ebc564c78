// Slack OAuth installations (many-workspace mode), kept through src/app in Postgres. The rows
// hold bot tokens: they are read here and handed to Bolt, never logged.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { z } from 'zod';
import type { Deps } from '../../app/context.js';
import { slackInstallations } from '../../app/platform-records.js';
import type { EventCallback } from './edge-shapes.js';

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

/** What an event's envelope says of the installation it was sent for (edge-shapes.ts, EventCallback). */
type SentFor = Pick<z.output<typeof EventCallback>, 'team_id' | 'enterprise_id' | 'is_enterprise_install' | 'authorizations'>;

/**
 * An event's installing workspace: its `authorizations` (Slack Connect puts the member's
 * organisation in `team_id`); none for an organisation's own event.
 */
export const eventTeamOf = (e: Pick<SentFor, 'team_id' | 'authorizations'>): string | undefined => e.authorizations?.[0]?.team_id ?? e.team_id ?? undefined;

/**
 * The key of the installation an event was sent for, read as Bolt reads it to pick a token (bolt 5.1:
 * App.js buildSource, helpers.js isBodyWithTypeEnterpriseInstall): `authorizations[0]` first, then the
 * envelope. Beyond Bolt: an event naming an organisation and no workspace is for the org-wide install,
 * as bolt-python's built-in uninstall listener reads it; Slack's own tests (bolt-python,
 * test_events_token_revocations.py) send an org-wide app_uninstalled and tokens_revoked so, with no
 * authorizations. Not seen from a real Grid here. Null: the event names no installation.
 */
function keyOfEvent(e: SentFor): string | null {
  const sent = e.authorizations?.[0];
  const teamId = eventTeamOf(e);
  const enterpriseId = sent?.enterprise_id ?? e.enterprise_id ?? undefined;
  const marked = (sent ? sent.is_enterprise_install : e.is_enterprise_install) === true;
  const isEnterpriseInstall = marked || (teamId === undefined && enterpriseId !== undefined);
  if (!(isEnterpriseInstall && enterpriseId) && !teamId) return null;
  return keyOf({ isEnterpriseInstall, enterpriseId, teamId });
}

/**
 * The installation an event was sent for (and the bot token in it) forgotten: the app was taken away,
 * from a workspace or, org-wide, from an organisation. Slack documents removing an org-wide app from
 * one workspace as team_access_revoked, not as an uninstall (bolt-js#2560): should an uninstall marked
 * org-wide ever come for one workspace, the whole organisation's install would go (unverified).
 */
export async function forgetInstallation(deps: Pick<Deps, 'db'>, sentFor: SentFor): Promise<void> {
  const key = keyOfEvent(sentFor);
  if (key) await forget(deps, key);
}
