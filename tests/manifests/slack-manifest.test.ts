import { COMMANDS } from '../../src/app/flows/registry.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST_PATH = path.join(REPO_ROOT, 'manifests/slack/manifest.yaml');
const SOCKET_MANIFEST_PATH = path.join(REPO_ROOT, 'manifests/slack/manifest.socket.yaml');
// The schemas are not on npm; they live beside the repository (see shared/schemas/README.md).
const SCHEMA_DIR = path.resolve(REPO_ROOT, '../shared/schemas/slack-manifest');
const SCHEMA_BASE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';
const HAVE_SCHEMA = existsSync(path.join(SCHEMA_DIR, 'manifest.schema.json'));

// Adding a scope widens what every workspace grants the bot: make it a conscious change here.
const EXPECTED_BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'channels:read', 'groups:read', 'users:read', 'files:write'];
const ALLOWED_URL_PATHS = ['/slack/events', '/slack/oauth_redirect'];

type Validate = (manifest: unknown) => string[];

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, whose
// `default` property is the plugin (the same function at runtime).
const addFormats = ajvFormatsModule.default;

function loadJson(file: string): object {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

function schemaValidator(): Validate {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of ['manifest.schema.1.0.0.json', 'manifest.schema.2.0.0.json']) {
    ajv.addSchema(loadJson(file), `${SCHEMA_BASE}${file}`);
  }
  const validate = ajv.compile(loadJson('manifest.schema.json'));
  return (manifest) => (validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

function get(value: unknown, dotted: string): unknown {
  let current = value;
  for (const key of dotted.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

// Used only when the shared schemas are absent: far weaker than the schema, and the
// test names say so, but it still catches a missing section or a misspelt top-level key.
function requiredKeysValidator(): Validate {
  const topLevel = ['$schema', '_metadata', 'display_information', 'features', 'oauth_config', 'settings', 'functions', 'workflows', 'datastores', 'outgoing_domains', 'types', 'external_auth_providers', 'compliance', 'app_directory'];
  const required = ['display_information.name', 'features.bot_user', 'features.slash_commands', 'oauth_config.scopes.bot', 'settings'];
  return (manifest) => [
    ...required.filter((key) => get(manifest, key) === undefined).map((key) => `missing ${key}`),
    ...Object.keys(typeof manifest === 'object' && manifest !== null ? manifest : {})
      .filter((key) => !topLevel.includes(key))
      .map((key) => `unknown top-level key ${key}`),
  ];
}

const validate = HAVE_SCHEMA ? schemaValidator() : requiredKeysValidator();
const how = HAVE_SCHEMA
  ? "Slack's manifest JSON schema"
  : `required keys only (Slack schema NOT found at ${SCHEMA_DIR})`;

function loadManifest(file = MANIFEST_PATH): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8'));
}

/** What an app can do, whichever way Slack reaches it: the URLs are the only allowed difference. */
function withoutUrls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUrls);
  if (typeof value !== 'object' || value === null) return value;
  const kept = Object.entries(value).filter(([key]) => !['url', 'request_url', 'redirect_urls', 'socket_mode_enabled'].includes(key));
  return Object.fromEntries(kept.map(([key, v]) => [key, withoutUrls(v)]));
}

function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(urlsIn);
  return [];
}

/** The /leerlijn subcommands named in the slash command's usage hint. */
function hintedSubcommands(file = MANIFEST_PATH): string[] {
  const commands = get(loadManifest(file), 'features.slash_commands');
  const hint: unknown = Array.isArray(commands) ? get(commands[0], 'usage_hint') : undefined;
  return String(hint).split('|').map((part) => part.trim());
}

describe('Slack app manifest', () => {
  it(`is valid according to ${how}`, () => {
    expect(validate(loadManifest())).toEqual([]);
  });

  it(`is rejected with an unknown top-level key, checked by ${how}`, () => {
    const broken = { ...loadManifest(), bot_settings: { always_online: true } };
    expect(validate(broken).length).toBeGreaterThan(0);
  });

  it.runIf(HAVE_SCHEMA)("is rejected by Slack's schema when a slash command has no description", () => {
    const manifest = loadManifest();
    const features = get(manifest, 'features');
    const slashCommands = [{ command: '/leerlijn' }];
    const broken = { ...manifest, features: { ...(typeof features === 'object' ? features : {}), slash_commands: slashCommands } };
    expect(validate(broken).join('\n')).toContain('description');
  });

  it('offers exactly one slash command, /leerlijn, whose usage hint names a few ways in, each a command of the registry', () => {
    const commands = get(loadManifest(), 'features.slash_commands');
    expect(Array.isArray(commands) ? commands.map((c: unknown) => get(c, 'command')) : commands).toEqual(['/leerlijn']);
    // Slack shows the hint on one line under `/leerlijn` and cuts it off: a few words where people
    // start, not every command (`help` lists those), so a new command changes no manifest.
    const hinted = hintedSubcommands();
    // Every command works in a channel, where /leerlijn is typed: the registry's names are what may be hinted.
    const commandNames = COMMANDS.map((c) => c.name as string);
    expect(hinted.length).toBeLessThanOrEqual(6);
    expect(new Set(hinted).size).toBe(hinted.length);
    expect(hinted).toContain('help');
    expect(hinted.filter((word) => !commandNames.includes(word))).toEqual([]);
    expect(hintedSubcommands(SOCKET_MANIFEST_PATH)).toEqual(hinted);
  });

  it('sends Slack only to the two endpoints Bolt serves', () => {
    const urls = urlsIn(loadManifest());
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(ALLOWED_URL_PATHS).toContain(new URL(url).pathname);
    expect(get(loadManifest(), 'oauth_config.redirect_urls')).toEqual(['https://YOUR-HOST/slack/oauth_redirect']);
  });

  it('asks for exactly the agreed bot scopes and no user scopes', () => {
    expect(get(loadManifest(), 'oauth_config.scopes.bot')).toEqual(EXPECTED_BOT_SCOPES);
    expect(get(loadManifest(), 'oauth_config.scopes.user')).toBeUndefined();
  });

  it('subscribes to app_home_opened, the bot joining a channel and its uninstalling only, over HTTP rather than socket mode', () => {
    const manifest = loadManifest();
    expect(get(manifest, 'settings.event_subscriptions.bot_events')).toEqual(['app_home_opened', 'member_joined_channel', 'app_uninstalled', 'tokens_revoked']);
    expect(get(manifest, 'settings.interactivity.is_enabled')).toBe(true);
    expect(get(manifest, 'settings.socket_mode_enabled')).toBe(false);
    expect(get(manifest, 'features.app_home.home_tab_enabled')).toBe(true);
  });
});

describe('Slack app manifest for Socket Mode', () => {
  const socket = (): Record<string, unknown> => loadManifest(SOCKET_MANIFEST_PATH);

  it(`is valid according to ${how}`, () => {
    expect(validate(socket())).toEqual([]);
  });

  it('turns Socket Mode on and sends Slack to no URL at all', () => {
    expect(get(socket(), 'settings.socket_mode_enabled')).toBe(true);
    expect(urlsIn(socket())).toEqual([]);
  });

  it('offers the same commands, shortcuts, scopes, events and Home tab as the HTTP manifest', () => {
    const http = loadManifest();
    for (const key of ['features', 'oauth_config', 'settings.event_subscriptions', 'settings.interactivity', 'display_information']) {
      expect(withoutUrls(get(socket(), key)), key).toEqual(withoutUrls(get(http, key)));
    }
    expect(get(socket(), 'features.shortcuts')).toEqual(get(http, 'features.shortcuts'));
    expect(get(socket(), 'oauth_config.scopes.bot')).toEqual(EXPECTED_BOT_SCOPES);
  });
});
