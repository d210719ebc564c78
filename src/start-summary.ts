// The last line of the start log: what runs where, in words an operator reads at a glance.
import type { Config } from './config.js';

const SLACK_MODE: Record<Config['slack']['mode'], string> = { off: 'off', single: 'http', socket: 'socket', oauth: 'oauth' };

export interface StartSummary {
  line: string;
  url: string;
  database: 'postgres' | 'embedded';
  slack: string;
  teamsAuth: 'on' | 'off';
}

/**
 * The database a command-line run opens, for its first line: run by hand without the service's
 * settings (/etc/leerlijn-bot.env), a tick or migrate quietly read the folder's embedded one.
 */
export function databaseUsed(config: Config): string {
  if (config.database.kind === 'postgres') return `the postgres database at ${new URL(config.database.url).host}`;
  return `the embedded database in ${config.database.dataDir} (DATABASE_URL is not set)`;
}

export function startSummary(config: Config, port: number): StartSummary {
  // 0.0.0.0 and :: mean every interface; a browser on this machine reaches it as localhost.
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const database = config.database.kind === 'postgres' ? 'postgres' : 'embedded';
  const where = config.database.kind === 'postgres' ? new URL(config.database.url).host : config.database.dataDir;
  const slack = SLACK_MODE[config.slack.mode];
  const teamsAuth = config.teams.appId ? 'on' : 'off';
  // Off, the reminders and the deletions under RETENTION_DAYS happen only when `npm run tick` runs.
  const scheduler = config.schedulerEnabled ? 'on' : 'off (npm run tick)';
  const kept = config.retentionDays === null ? 'until deleted' : `${config.retentionDays} days`;
  const line = `leerlijn-bot running at ${url} · database ${database} (${where}) · Slack ${slack} · Teams auth ${teamsAuth} · scheduler ${scheduler} · ended leerlijnen kept ${kept}`;
  return { line, url, database, slack, teamsAuth };
}
