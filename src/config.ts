// Environment parsed once with zod; the only module that reads process.env.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { z } from 'zod';
import { DOCUMENT_VARIABLES, parseDocumentsConfig, publicUrl, type DocumentsConfig } from './config-documents.js';
import { isValidTimezone } from './domain/timeline.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  // postgres:// or postgresql:// only: 'localhost:5432/x' parses as a URL of scheme 'localhost:'
  // and failed only at the first connection, with a stack trace instead of this variable's name.
  DATABASE_URL: optionalText.pipe(
    // One check, one line: a URL check apart from the scheme's said the same mistake twice.
    z.string().refine((url) => /^postgres(ql)?:\/\//.test(url) && URL.canParse(url), 'must be a URL starting with postgres:// (e.g. postgres://leerlijn:PASSWORD@127.0.0.1:5432/leerlijn)').optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('.data'),
  DEFAULT_TIMEZONE: z
    .string()
    .default('Europe/Amsterdam')
    .refine(isValidTimezone, 'not an IANA timezone (e.g. Europe/Amsterdam)'),
  DEFAULT_LANG: z.enum(['nl', 'en']).default('nl'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: optionalText.pipe(z.enum(['json', 'pretty']).optional()),
  NODE_ENV: optionalText,
  SCHEDULER_ENABLED: booleanText.default(true),
  // Days an ended leerlijn's data is kept before the scheduler deletes it (app/retention.ts);
  // 'off' or 0: kept until its coordinator deletes it. At least 30, so the warning 14 days
  // ahead comes well after the stop, and at most ten years.
  RETENTION_DAYS: optionalText
    .transform((v) => (v ?? '365').toLowerCase())
    .refine((v) => v === 'off' || (/^\d+$/.test(v) && (Number(v) === 0 || (Number(v) >= 30 && Number(v) <= 3650))), "'off', 0, or 30 to 3650 days")
    .transform((v) => (v === 'off' || Number(v) === 0 ? null : Number(v))),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  // The bot's tokens go there: https, or plain http to this machine only (a local proxy, the tests' fake).
  SLACK_API_URL: optionalText.pipe(publicUrl.optional()),
  // Socket Mode: the bot connects out to Slack, so it needs no public URL and no signing secret.
  SLACK_APP_TOKEN: optionalText,
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  // Where the bot asks Entra ID for its tokens, and where the keys that sign Teams' requests
  // are published. Unset: Microsoft's public cloud. For a stand-in of the public cloud (the
  // tests' fake, a proxy); issuer and scopes stay the public cloud's. Https only: these decide
  // whose signatures the bot trusts.
  MICROSOFT_LOGIN_URL: optionalText.pipe(z.string().url().startsWith('https://', 'must be an https:// URL').optional()),
  MICROSOFT_OPENID_METADATA_URL: optionalText.pipe(z.string().url().startsWith('https://', 'must be an https:// URL').optional()),
  // Hosts (and their subdomains) a Teams export may be uploaded to, comma-separated; Teams' upload
  // sessions are in OneDrive for Business. Wider only for a stand-in (the tests' fake, a proxy).
  TEAMS_UPLOAD_HOSTS: optionalText
    .transform((v) => (v ?? 'sharepoint.com').split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))
    // A domain with at least two labels: a top-level one alone ('com') would admit any host under it.
    .pipe(z.array(z.string().regex(/^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)$/, 'host names of two labels or more, e.g. sharepoint.com')).min(1, 'at least one host')),
  // How long one PUT of a Teams export to OneDrive may take, sending included, before the
  // coordinator is told it was not uploaded; without it a stalled OneDrive held them for minutes.
  TEAMS_UPLOAD_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(60_000),
});

/** Every environment variable the bot reads: README, docs/ and .env.example must name each (tests/docs.test.ts). */
export const ENV_VARIABLES: readonly string[] = [...Object.keys(EnvSchema.shape), ...DOCUMENT_VARIABLES];

export type Env = z.infer<typeof EnvSchema>;

export type SlackConfig =
  | { mode: 'off' }
  | { mode: 'single'; botToken: string; signingSecret: string; apiUrl?: string }
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | {
      mode: 'oauth';
      clientId: string;
      clientSecret: string;
      stateSecret: string;
      signingSecret: string;
      apiUrl?: string;
    };

export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  loginUrl?: string;
  openIdMetadataUrl?: string;
  /**
   * A channel reply's controls for its asker alone, by a per-user card refresh (on unless false).
   * Off only for the Agents Playground, which cannot refresh per user: scripts/playground.ts sets
   * it; no environment variable does.
   */
  perUserViews?: boolean;
  /** Hosts, with their subdomains, the export's file may be uploaded to (auth on). */
  uploadHosts: readonly string[];
  /** How long one upload of the export's file may take before it counts as failed. */
  uploadTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  defaultTimezone: string;
  defaultLang: 'nl' | 'en';
  logLevel: Env['LOG_LEVEL'];
  /** JSON lines for machines (production), or one readable line per entry in a terminal. */
  logFormat: 'json' | 'pretty';
  schedulerEnabled: boolean;
  /** Days an ended leerlijn is kept before the tick deletes it; null: until its coordinator does. */
  retentionDays: number | null;
  slack: SlackConfig;
  teams: TeamsConfig;
  documents: DocumentsConfig;
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
  }
}

/**
 * Socket Mode serves one workspace with its bot token; the app-level token only opens the
 * socket. Mixes that cannot work are refused here, not found at the first command.
 */
function socketFrom(env: Env, appToken: string): SlackConfig {
  const problems: string[] = [];
  if (!appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN: must be an app-level token (xapp-…, with connections:write); Slack refuses any other token for Socket Mode');
  const oauth = (['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const).filter((name) => env[name]);
  if (oauth.length) problems.push(`SLACK_APP_TOKEN: Socket Mode serves one workspace; unset ${oauth.join(', ')} (many workspaces need HTTP with a public URL) or unset SLACK_APP_TOKEN`);
  if (!env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (the xoxb-… token from "OAuth & Permissions")');
  if (problems.length) throw new ConfigError(problems);
  return { mode: 'socket', botToken: env.SLACK_BOT_TOKEN as string, appToken, apiUrl: env.SLACK_API_URL };
}

function slackFrom(env: Env): SlackConfig {
  const apiUrl = env.SLACK_API_URL;
  if (env.SLACK_BOT_TOKEN?.startsWith('xapp-') && env.SLACK_APP_TOKEN?.startsWith('xoxb-')) {
    throw new ConfigError(['SLACK_BOT_TOKEN, SLACK_APP_TOKEN: swapped: SLACK_BOT_TOKEN holds the app-level token (xapp-…) and SLACK_APP_TOKEN the bot token (xoxb-…); exchange their values']);
  }
  if (env.SLACK_BOT_TOKEN?.startsWith('xapp-')) {
    throw new ConfigError(['SLACK_BOT_TOKEN: this is an app-level token (xapp-…); put it in SLACK_APP_TOKEN and the bot token (xoxb-…) here']);
  }
  if (env.SLACK_APP_TOKEN) return socketFrom(env, env.SLACK_APP_TOKEN);
  const oauthVars = [env.SLACK_CLIENT_ID, env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET];
  const needSecret = (mode: string): string => {
    if (!env.SLACK_SIGNING_SECRET) {
      throw new ConfigError([`SLACK_SIGNING_SECRET: required for Slack (${mode}); every request is verified with it`]);
    }
    return env.SLACK_SIGNING_SECRET;
  };
  if (oauthVars.some(Boolean)) {
    const missing = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'].filter((_, i) => !oauthVars[i]);
    if (missing.length) throw new ConfigError(missing.map((m) => `${m}: required when installing in many workspaces`));
    const [clientId, clientSecret, stateSecret] = oauthVars as [string, string, string];
    return { mode: 'oauth', clientId, clientSecret, stateSecret, signingSecret: needSecret('oauth'), apiUrl };
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET) {
    // Half of either one-workspace setup; Socket Mode is the one docs/slack.md leads with.
    throw new ConfigError(['SLACK_BOT_TOKEN: set with it SLACK_APP_TOKEN (xapp-…) for Socket Mode (no public URL), or SLACK_SIGNING_SECRET for Slack over HTTP (/slack/events)']);
  }
  if (env.SLACK_BOT_TOKEN) {
    return { mode: 'single', botToken: env.SLACK_BOT_TOKEN, signingSecret: needSecret('single workspace'), apiUrl };
  }
  if (env.SLACK_SIGNING_SECRET) {
    throw new ConfigError(['SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET (or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for many workspaces); Slack stays off otherwise']);
  }
  return { mode: 'off' };
}

/** With an app id, the app type's other settings must be there too: found now, not at the first reply. */
function teamsFrom(env: Env): TeamsConfig {
  const teams: TeamsConfig = {
    appId: env.MICROSOFT_APP_ID,
    appPassword: env.MICROSOFT_APP_PASSWORD,
    tenantId: env.MICROSOFT_APP_TENANT_ID,
    appType: env.MICROSOFT_APP_TYPE,
    loginUrl: env.MICROSOFT_LOGIN_URL,
    openIdMetadataUrl: env.MICROSOFT_OPENID_METADATA_URL,
    uploadHosts: env.TEAMS_UPLOAD_HOSTS,
    uploadTimeoutMs: env.TEAMS_UPLOAD_TIMEOUT_MS,
  };
  if (!teams.appId) {
    // A password without an app id would quietly leave every Teams request unauthenticated.
    const orphans = (['MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const).filter((name) => env[name]);
    if (orphans.length) throw new ConfigError([`MICROSOFT_APP_ID: required when ${orphans.join(' or ')} is set; without it Teams requests are not authenticated`]);
    return teams;
  }
  const needed: Record<TeamsConfig['appType'], Array<keyof Env>> = {
    SingleTenant: ['MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'],
    MultiTenant: ['MICROSOFT_APP_PASSWORD'],
    UserAssignedMSI: ['MICROSOFT_APP_TENANT_ID'],
  };
  const missing = needed[teams.appType].filter((name) => !env[name]);
  if (missing.length) throw new ConfigError(missing.map((m) => `${m}: required for Teams with MICROSOFT_APP_TYPE=${teams.appType}`));
  // A managed identity has no password; botbuilder refuses one with a bare assertion at start.
  if (teams.appType === 'UserAssignedMSI' && env.MICROSOFT_APP_PASSWORD) {
    throw new ConfigError(['MICROSOFT_APP_PASSWORD: must be empty with MICROSOFT_APP_TYPE=UserAssignedMSI (the managed identity is the credential)']);
  }
  return teams;
}

/** Parses an environment (process.env in production, a plain object in tests). */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
      { cause: parsed.error },
    );
  }
  const env = parsed.data;
  // Every part's problems at once: an IT person fixing Slack should not meet Teams' on the next start.
  const problems: string[] = [];
  const part = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const slack = part(() => slackFrom(env));
  const teams = part(() => teamsFrom(env));
  const documents = parseDocumentsConfig(source);
  problems.push(...documents.problems);
  if (problems.length || !slack || !teams) throw new ConfigError(problems);
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: env.DATA_DIR },
    defaultTimezone: env.DEFAULT_TIMEZONE,
    defaultLang: env.DEFAULT_LANG,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
    schedulerEnabled: env.SCHEDULER_ENABLED,
    retentionDays: env.RETENTION_DAYS,
    slack,
    teams,
    documents: documents.config,
  };
}

/** Who this process runs as; a uid without a name in a container has no username to give. */
function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? 'unknown');
  }
}

/**
 * The environment for the running process, with `.env` in the working directory filling in
 * what is not set already (as .env.example promises). Tests pass their own object to loadConfig.
 */
export function processEnv(): Record<string, string | undefined> {
  if (!existsSync('.env')) return process.env;
  try {
    process.loadEnvFile('.env');
  } catch {
    // Node says ENOENT for a file it may not read: a .env of root's with mode 600 (as the settings
    // file of the service is kept) read by the bot's user ended the start with a stack trace.
    throw new ConfigError([`.env: this process (user ${userName()}) cannot read it: give it to the bot's user (sudo chown leerlijn .env), or put the settings in the service's file (/etc/leerlijn-bot.env) and remove .env`]);
  }
  return process.env;
}

/** For the entry points: the process's configuration, or exit 78 (EX_CONFIG) naming what is wrong. */
export function configOrExit(): Config {
  try {
    return loadConfig(processEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78);
  }
}
