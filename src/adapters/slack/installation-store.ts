// Slack OAuth installations in Postgres (many-workspace mode). The rows hold bot tokens:
// they are read here and handed to Bolt, never logged.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Queryable } from '../../store/db.js';

function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  return q.isEnterpriseInstall && q.enterpriseId ? `E:${q.enterpriseId}` : `T:${q.teamId ?? ''}`;
}

export function postgresInstallationStore(db: Queryable): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = keyOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      await db.query(
        `insert into slack_installations (install_key, team_id, enterprise_id, installation)
         values ($1::text, $2::text, $3::text, $4::jsonb)
         on conflict (install_key) do update set installation = excluded.installation, installed_at = now()`,
        [key, installation.team?.id ?? null, installation.enterprise?.id ?? null, JSON.stringify(installation)],
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const { rows } = await db.query<{ installation: Installation }>(
        `select installation from slack_installations where install_key = $1::text`,
        [keyOf(query)],
      );
      const found = rows[0];
      if (!found) throw new Error('installation_not_found');
      return found.installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await db.query(`delete from slack_installations where install_key = $1::text`, [keyOf(query)]);
    },
  };
}
