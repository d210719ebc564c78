import { COMMANDS } from '../../src/app/flows/registry.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { colorIcon, outlineIcon } from '../../scripts/make-icons.js';
import { PLACEHOLDER_ID, buildTeamsPackage, parseArgs } from '../../scripts/teams-package.js';
import { commandLists } from '../../scripts/teams-menus.js';
import { catalogueKeys, t, type MessageKey } from '../../src/i18n/index.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEAMS_DIR = path.join(REPO_ROOT, 'manifests/teams');

interface CommandList { scopes: string[]; commands: { title: string; description: string }[] }
interface Bot { botId?: string; scopes: string[]; supportsFiles?: boolean; commandLists?: CommandList[] }
interface TeamsManifestJson { $schema: string; id: string; bots: Bot[]; [key: string]: unknown }

function loadManifest(): TeamsManifestJson {
  return JSON.parse(readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8'));
}

function firstBot(manifest: TeamsManifestJson): Bot {
  const bot = manifest.bots[0];
  if (bot === undefined) throw new Error('manifest has no bot');
  return bot;
}

// Goes through JSON so the library gets a plain object, as it would from disk.
async function schemaErrors(manifest: TeamsManifestJson): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(JSON.parse(JSON.stringify(manifest)));
}

interface Png { width: number; height: number; colorType: number; channels: number; pixels: Buffer }

function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= bpp ? out[y * stride + i - bpp] ?? 0 : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] ?? 0 : 0;
      const c = i >= bpp && y > 0 ? out[(y - 1) * stride + i - bpp] ?? 0 : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a
        : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, Math.floor((a + b) / 2), paeth][filter] ?? 0;
      out[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return out;
}

/** Reads an 8-bit, non-interlaced PNG: enough to check what Teams checks on upload. */
function readPng(file: string): Png {
  const data = readFileSync(path.join(TEAMS_DIR, file));
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0, height = 0, colorType = -1;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('ascii', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8); // bit depth
      colorType = body[9] ?? -1;
      expect(body[12]).toBe(0); // no interlace
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType] ?? 0;
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  return { width, height, colorType, channels, pixels };
}

function pixel(png: Png, x: number, y: number): number[] {
  const at = (y * png.width + x) * png.channels;
  return [...png.pixels.subarray(at, at + png.channels)];
}

describe('Teams app manifest', () => {
  it('is valid against the bundled schema of the version it names', async () => {
    const manifest = loadManifest();
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json');
    expect(await schemaErrors(manifest)).toEqual([]);
  });

  it('is rejected when the bot has no botId', async () => {
    const manifest = loadManifest();
    const { botId: _dropped, ...botWithoutId } = firstBot(manifest);
    const errors = await schemaErrors({ ...manifest, bots: [botWithoutId] });
    expect(errors.join('\n')).toContain('botId');
  });

  it('is rejected when the bot names a scope Teams does not know', async () => {
    const manifest = loadManifest();
    const bot = { ...firstBot(manifest), scopes: ['team', 'channel'] };
    expect((await schemaErrors({ ...manifest, bots: [bot] })).length).toBeGreaterThan(0);
  });

  it('has a bot for channels, group chats and personal chat, with a placeholder id to replace', () => {
    const manifest = loadManifest();
    const bot = firstBot(manifest);
    expect(bot.scopes).toEqual(['team', 'groupChat', 'personal']);
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    expect(bot.botId).toBe(PLACEHOLDER_ID);
  });

  it('supports files, so `export` can offer the JSON through a file consent card in personal chat', () => {
    expect(firstBot(loadManifest()).supportsFiles).toBe(true);
  });

  // The command menus come from the registry when the app is packaged (scripts/teams-menus.ts),
  // so a new command changes no manifest: one written here would be overwritten anyway.
  it('leaves the command menus to the package', () => {
    expect(firstBot(loadManifest()).commandLists).toBeUndefined();
  });
});

describe('Teams app icons', () => {
  it('has a full-colour 192×192 colour icon without transparent corners', () => {
    const png = readPng('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(pixel(png, 0, 0).at(3) ?? 255).toBe(255);
    expect(pixel(png, 191, 191).at(3) ?? 255).toBe(255);
  });

  it('has a 32×32 RGBA outline icon: white on a fully transparent background', () => {
    const png = readPng('outline.png');
    expect([png.width, png.height, png.colorType]).toEqual([32, 32, 6]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    const visible = Array.from({ length: 32 * 32 }, (_, i) => pixel(png, i % 32, Math.floor(i / 32)))
      .filter((rgba) => (rgba[3] ?? 0) > 0);
    expect(visible.length).toBeGreaterThan(0);
    for (const rgba of visible) expect(rgba).toEqual([255, 255, 255, 255]);
  });

  it('are exactly what scripts/make-icons.ts draws, so they can be regenerated', () => {
    expect(readFileSync(path.join(TEAMS_DIR, 'color.png')).equals(colorIcon())).toBe(true);
    expect(readFileSync(path.join(TEAMS_DIR, 'outline.png')).equals(outlineIcon())).toBe(true);
  });
});

describe('Teams app package', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'leerlijn-teams-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('zips manifest.json, its English strings and both icons at the root, with the given app id as id and botId', async () => {
    const appId = '1a2b3c4d-0000-4000-8000-123456789abc';
    const result = await buildTeamsPackage({ appId, outFile: path.join(outDir, 'leerlijn-teams.zip') });
    const files = unzipSync(readFileSync(result.outFile));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packaged: TeamsManifestJson = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect([packaged.id, firstBot(packaged).botId]).toEqual([appId, appId]);
    expect(files['outline.png']).toEqual(new Uint8Array(readFileSync(path.join(TEAMS_DIR, 'outline.png'))));
    expect(result.usesPlaceholderId).toBe(false);
  });

  it('says so when the package still carries the placeholder id', async () => {
    const result = await buildTeamsPackage({ outFile: path.join(outDir, 'placeholder.zip') });
    expect(result).toMatchObject({ appId: PLACEHOLDER_ID, usesPlaceholderId: true });
  });

  it("puts the organisation's privacy, terms and website pages in the package instead of example.org", async () => {
    const opts = parseArgs([
      '--app-id', '1a2b3c4d-0000-4000-8000-123456789abc', '--developer', 'Stichting JoU',
      '--privacy-url', 'https://jou.nl/privacy', '--terms-url', 'https://jou.nl/voorwaarden', '--website-url', 'https://jou.nl',
      '--out', path.join(outDir, 'links.zip'),
    ]);
    const result = await buildTeamsPackage(opts);
    const packaged: TeamsManifestJson = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(result.outFile))['manifest.json']));
    expect(packaged.developer).toEqual({ name: 'Stichting JoU', websiteUrl: 'https://jou.nl', privacyUrl: 'https://jou.nl/privacy', termsOfUseUrl: 'https://jou.nl/voorwaarden' });
    expect(result.placeholderLinks).toEqual([]);
  });

  it('names the links still on example.org, and refuses a link that is not https', async () => {
    const result = await buildTeamsPackage({ outFile: path.join(outDir, 'example.zip'), developer: { privacyUrl: 'https://jou.nl/privacy' } });
    expect(result.placeholderLinks).toEqual(['websiteUrl', 'termsOfUseUrl']);
    expect(() => parseArgs(['--terms-url', 'http://jou.nl/voorwaarden'])).toThrow('--terms-url must be an https:// URL');
    expect(() => parseArgs(['--privacy'])).toThrow('unknown argument');
  });

  it('refuses an app id that is not a GUID', async () => {
    await expect(buildTeamsPackage({ appId: 'my-bot', outFile: path.join(outDir, 'x.zip') })).rejects.toThrow(/GUID/);
  });

  // The menus are the registry's choice (CommandSpec.menu), at most 10 per place: Teams' schema
  // takes 12, its documentation promises a menu of 10. Every other command is reachable by typing
  // it and through `help`, which each menu offers.
  it('offers in each place exactly the commands the registry puts in that menu, in its order, at most 10', async () => {
    const result = await buildTeamsPackage({ outFile: path.join(outDir, 'menus.zip') });
    const bot = firstBot(JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(result.outFile))['manifest.json'])));
    const menuOf = (place: 'channel' | 'personal') => COMMANDS.filter((c) => c.menu.includes(place)).map((c) => c.name as string);
    expect(bot.commandLists?.map((list) => list.scopes)).toEqual([['team'], ['groupChat'], ['personal']]);
    for (const list of bot.commandLists ?? []) {
      const place = list.scopes.includes('personal') ? 'personal' : 'channel';
      expect(list.commands.map((c) => c.title), list.scopes.join()).toEqual(menuOf(place));
      expect(list.commands.length, list.scopes.join()).toBeLessThanOrEqual(10);
      // Teams refuses a description over 128 characters; the manifest speaks Dutch (localizationInfo).
      for (const c of list.commands) expect(c.description.length, c.title).toBeGreaterThan(0);
      for (const c of list.commands) expect(c.description.length, c.title).toBeLessThanOrEqual(128);
    }
    const channelMenu = bot.commandLists?.[0]?.commands ?? [];
    expect(channelMenu.find((c) => c.title === 'stop')?.description).toBe(t('nl', 'command.menu.stop'));
    // In a personal chat `status` is about one's own leerlijnen, and its menu says so.
    const personalMenu = bot.commandLists?.[2]?.commands ?? [];
    expect(personalMenu.find((c) => c.title === 'status')?.description).toBe(t('nl', 'command.personalMenu.status'));
    for (const place of ['channel', 'personal'] as const) expect(menuOf(place)).toContain('help');
    // A personal chat's menu offers only what works there.
    for (const c of COMMANDS.filter((c) => c.menu.includes('personal'))) expect(c.where, c.name).toBe('anywhere');
    // The coordinator finds how to begin and how to stop, and the four steps' commands, in the channel's menu.
    expect(menuOf('channel')).toEqual(expect.arrayContaining(['start', 'status', 'scores', 'actieplan', 'evaluatie', 'vergelijk', 'stop']));
    expect(menuOf('personal')).toEqual(expect.arrayContaining(['status', 'mijn-acties']));
  });
});

describe('Teams command menu descriptions', () => {
  const keysUnder = (prefix: string): string[] => catalogueKeys('nl').filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

  it('are in the catalogue for every command in a menu, and for no other', () => {
    const inMenu = COMMANDS.filter((c) => c.menu.length > 0).map((c) => c.helpKey);
    expect(keysUnder('command.menu.').sort()).toEqual([...inMenu].sort());
    const inPersonalMenu = COMMANDS.filter((c) => c.menu.includes('personal')).map((c) => c.helpKey);
    expect(inPersonalMenu).toEqual(expect.arrayContaining(keysUnder('command.personalMenu.')));
  });

  it('are needed: a menu command without one is refused when the menus are built', () => {
    const help = COMMANDS[0];
    expect(commandLists([help]).map((list) => list.commands)).toEqual([
      ...Array.from({ length: 2 }, () => [{ title: 'help', description: t('nl', 'command.menu.help' satisfies MessageKey) }]),
      [{ title: 'help', description: t('nl', 'command.menu.help') }],
    ]);
    expect(() => commandLists([{ ...help, name: 'zonder-regel', helpKey: 'zonderRegel', menu: ['personal'] }])).toThrow(/command\.menu\.zonderRegel/);
  });
});
