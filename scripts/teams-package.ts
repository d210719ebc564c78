// Builds the Teams app package (build/leerlijn-teams.zip) to upload in Teams admin
// or the Developer Portal: manifest.json, its English strings en.json, color.png and outline.png
// at the zip root.
//
//   npm run teams:package -- --app-id <guid> --privacy-url <https url> --terms-url <https url>
//                            [--website-url <https url>] [--developer <name>] [--out <file>]
//
// The committed manifest carries a placeholder GUID and example.org links so that it
// validates as-is; --app-id puts your bot's Microsoft App ID into both `id` and
// `bots[0].botId`, and the URL options put your organisation's pages into `developer`,
// which Teams shows users on the app's About page. The bot's command menus are made here
// from the command registry (teams-menus.ts): the committed manifest has none. Teams shows
// en.json's name, description and menus to a person whose Teams is in English
// (teams-localization.ts), manifest.json's Dutch to everyone else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { localizationFiles } from './teams-localization.js';
import { commandLists } from './teams-menus.js';

export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ICONS = ['color.png', 'outline.png'] as const;

export interface TeamsPackageOptions {
  /** Microsoft App ID of the bot registration; replaces the placeholder GUID. */
  appId?: string;
  /** Directory holding manifest.json and the icons; defaults to manifests/teams. */
  manifestDir?: string;
  /** Where to write the zip; defaults to build/leerlijn-teams.zip. */
  outFile?: string;
  /** Who publishes the app and their pages (https), shown in Teams' About page. */
  developer?: DeveloperInfo;
}

export interface DeveloperInfo {
  name?: string;
  websiteUrl?: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
}

const HttpsUrl = z.string().url().startsWith('https://', 'must start with https://');

export interface TeamsPackageResult {
  outFile: string;
  appId: string;
  /** True when the package still has the placeholder id, which Teams will not accept. */
  usesPlaceholderId: boolean;
  /** developer.* links still pointing at example.org: a school's users would see them. */
  placeholderLinks: string[];
}

function withDeveloper(manifest: Record<string, unknown>, developer: DeveloperInfo): Record<string, unknown> {
  const given = Object.fromEntries(Object.entries(developer).filter(([, v]) => v !== undefined));
  const current = manifest['developer'];
  return { ...manifest, developer: { ...(typeof current === 'object' && current !== null ? current : {}), ...given } };
}

function placeholderLinksOf(manifest: Record<string, unknown>): string[] {
  const developer = manifest['developer'];
  if (typeof developer !== 'object' || developer === null) return [];
  return Object.entries(developer)
    .filter(([key, value]) => key.endsWith('Url') && typeof value === 'string' && new URL(value).hostname === 'example.org')
    .map(([key]) => key);
}

/** `fields` set on bots[0], the bot every command and menu belongs to. */
function withFirstBot(manifest: Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  const bots: unknown = manifest['bots'];
  const first: unknown = Array.isArray(bots) ? bots[0] : undefined;
  if (typeof first !== 'object' || first === null) {
    throw new Error(`manifest.json has no bots[0] to put ${Object.keys(fields).join(', ')} in`);
  }
  const rest: unknown[] = Array.isArray(bots) ? bots.slice(1) : [];
  return { ...manifest, bots: [{ ...first, ...fields }, ...rest] };
}

function withAppId(manifest: Record<string, unknown>, appId: string): Record<string, unknown> {
  return { ...withFirstBot(manifest, { botId: appId }), id: appId };
}

/** Writes the zip and returns where it went; refuses a manifest that fails the schema. */
export async function buildTeamsPackage(opts: TeamsPackageOptions = {}): Promise<TeamsPackageResult> {
  const dir = opts.manifestDir ?? path.join(REPO_ROOT, 'manifests/teams');
  const outFile = opts.outFile ?? path.join(REPO_ROOT, 'build/leerlijn-teams.zip');
  if (opts.appId !== undefined && !GUID.test(opts.appId)) {
    throw new Error(`--app-id must be a GUID like ${PLACEHOLDER_ID}, got "${opts.appId}"`);
  }
  const parsed: Record<string, unknown> = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const withMenus = withFirstBot(parsed, { commandLists: commandLists() });
  const withId = opts.appId === undefined ? withMenus : withAppId(withMenus, opts.appId);
  const manifest = opts.developer ? withDeveloper(withId, opts.developer) : withId;
  const errors = await AppManifestUtils.validateAgainstSchema(
    TeamsManifestConverter.jsonToManifest(JSON.stringify(manifest)),
  );
  if (errors.length > 0) {
    throw new Error(`manifest.json does not match its schema:\n  ${errors.join('\n  ')}`);
  }
  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    ...localizationFiles(manifest, dir),
  };
  for (const icon of ICONS) files[icon] = readFileSync(path.join(dir, icon));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zipSync(files));
  const appId = String(manifest['id']);
  return { outFile, appId, usesPlaceholderId: appId === PLACEHOLDER_ID, placeholderLinks: placeholderLinksOf(manifest) };
}

const USAGE = 'usage: teams-package [--app-id <guid>] [--privacy-url <https url>] [--terms-url <https url>] [--website-url <https url>] [--developer <name>] [--out <file>]';

/** Each option and where its value goes; URLs are checked here so a typo fails before the zip. */
const FLAGS: Record<string, (opts: TeamsPackageOptions, value: string) => void> = {
  '--app-id': (o, v) => { o.appId = v; },
  '--out': (o, v) => { o.outFile = path.resolve(v); },
  '--developer': (o, v) => { o.developer = { ...o.developer, name: v }; },
  '--website-url': (o, v) => { o.developer = { ...o.developer, websiteUrl: httpsUrl('--website-url', v) }; },
  '--privacy-url': (o, v) => { o.developer = { ...o.developer, privacyUrl: httpsUrl('--privacy-url', v) }; },
  '--terms-url': (o, v) => { o.developer = { ...o.developer, termsOfUseUrl: httpsUrl('--terms-url', v) }; },
};

function httpsUrl(flag: string, value: string): string {
  const checked = HttpsUrl.safeParse(value);
  if (!checked.success) throw new Error(`${flag} must be an https:// URL, got "${value}"`);
  return checked.data;
}

export function parseArgs(argv: readonly string[]): TeamsPackageOptions {
  const opts: TeamsPackageOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    const apply = FLAGS[flag];
    if (!apply) throw new Error(`unknown argument "${flag}"; ${USAGE}`);
    if (value === undefined) throw new Error(`${flag} needs a value`);
    apply(opts, value);
  }
  return opts;
}

async function main(): Promise<void> {
  const result = await buildTeamsPackage(parseArgs(process.argv.slice(2)));
  console.log(result.outFile);
  if (result.usesPlaceholderId) {
    console.error('warning: the package uses the placeholder app id; pass --app-id <your bot app id> before uploading it to Teams');
  }
  if (result.placeholderLinks.length > 0) {
    console.error(`warning: ${result.placeholderLinks.join(', ')} still point at example.org; pass --privacy-url and --terms-url (and --website-url) with your organisation's pages`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
