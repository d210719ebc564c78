// Builds the Teams app package (build/leerlijn-teams.zip) to upload in Teams admin
// or the Developer Portal: manifest.json, color.png and outline.png at the zip root.
//
//   npx tsx scripts/teams-package.ts [--app-id <guid>] [--out <file>]
//
// The committed manifest carries a placeholder GUID so that it validates as-is;
// --app-id puts your bot's Microsoft App ID into both `id` and `bots[0].botId`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';

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
}

export interface TeamsPackageResult {
  outFile: string;
  appId: string;
  /** True when the package still has the placeholder id, which Teams will not accept. */
  usesPlaceholderId: boolean;
}

function withAppId(manifest: Record<string, unknown>, appId: string): Record<string, unknown> {
  const bots: unknown = manifest['bots'];
  const first: unknown = Array.isArray(bots) ? bots[0] : undefined;
  if (typeof first !== 'object' || first === null) {
    throw new Error('manifest.json has no bots[0] to put the app id in');
  }
  const rest: unknown[] = Array.isArray(bots) ? bots.slice(1) : [];
  return { ...manifest, id: appId, bots: [{ ...first, botId: appId }, ...rest] };
}

/** Writes the zip and returns where it went; refuses a manifest that fails the schema. */
export async function buildTeamsPackage(opts: TeamsPackageOptions = {}): Promise<TeamsPackageResult> {
  const dir = opts.manifestDir ?? path.join(REPO_ROOT, 'manifests/teams');
  const outFile = opts.outFile ?? path.join(REPO_ROOT, 'build/leerlijn-teams.zip');
  if (opts.appId !== undefined && !GUID.test(opts.appId)) {
    throw new Error(`--app-id must be a GUID like ${PLACEHOLDER_ID}, got "${opts.appId}"`);
  }
  const parsed: Record<string, unknown> = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const manifest = opts.appId === undefined ? parsed : withAppId(parsed, opts.appId);
  const errors = await AppManifestUtils.validateAgainstSchema(
    TeamsManifestConverter.jsonToManifest(JSON.stringify(manifest)),
  );
  if (errors.length > 0) {
    throw new Error(`manifest.json does not match its schema:\n  ${errors.join('\n  ')}`);
  }
  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const icon of ICONS) files[icon] = readFileSync(path.join(dir, icon));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zipSync(files));
  const appId = String(manifest['id']);
  return { outFile, appId, usesPlaceholderId: appId === PLACEHOLDER_ID };
}

export function parseArgs(argv: readonly string[]): TeamsPackageOptions {
  const opts: TeamsPackageOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--app-id' || flag === '--out') && value === undefined) {
      throw new Error(`${flag} needs a value`);
    }
    if (flag === '--app-id') opts.appId = value;
    else if (flag === '--out') opts.outFile = path.resolve(value ?? '');
    else throw new Error(`unknown argument "${flag}"; usage: teams-package [--app-id <guid>] [--out <file>]`);
    i++;
  }
  return opts;
}

async function main(): Promise<void> {
  const result = await buildTeamsPackage(parseArgs(process.argv.slice(2)));
  console.log(result.outFile);
  if (result.usesPlaceholderId) {
    console.error('warning: the package uses the placeholder app id; pass --app-id <your bot app id> before uploading it to Teams');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
