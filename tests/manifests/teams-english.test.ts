// The Teams package's English strings (en.json): Teams shows them to a person whose Teams is in
// English (any region: the tag `en` covers en-us, en-gb, …) and the Dutch of manifest.json to
// everyone else. A menu title is what Teams sends the bot when it is picked, so it must be a word
// the bot reads as the same command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizationErrors, localizationFiles } from '../../scripts/teams-localization.js';
import { buildTeamsPackage } from '../../scripts/teams-package.js';
import { parseCommand } from '../../src/app/flows/registry.js';
import { hasKey, t } from '../../src/i18n/index.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEAMS_DIR = path.join(REPO_ROOT, 'manifests/teams');

interface MenuCommand { title: string; description: string }
interface Packaged { [key: string]: unknown; bots: { commandLists: { scopes: string[]; commands: MenuCommand[] }[] }[] }

const MENU_KEY = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/;

describe('Teams app package in English', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'leerlijn-teams-en-'));
  let files: Record<string, Uint8Array> = {};
  let manifest: Packaged;
  let english: Record<string, string>;
  beforeAll(async () => {
    const result = await buildTeamsPackage({ outFile: path.join(outDir, 'leerlijn-teams.zip') });
    files = unzipSync(readFileSync(result.outFile));
    manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const en = files['en.json'];
    english = en ? JSON.parse(new TextDecoder().decode(en)) : {};
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const menus = () => manifest.bots[0]?.commandLists ?? [];
  const menuKeys = () => Object.keys(english).filter((key) => MENU_KEY.test(key));

  it('carries en.json, named in the manifest for every English Teams; Dutch stays the default', async () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(manifest['localizationInfo']).toEqual({ defaultLanguageTag: 'nl-nl', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    expect(await AppManifestUtils.validateAgainstSchema(JSON.parse(JSON.stringify(manifest)))).toEqual([]);
  });

  it('is valid against the bundled v1.24 localization schema, which refuses a key Teams does not know', () => {
    expect(english['$schema']).toBe('https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json');
    expect(localizationErrors(english)).toEqual([]);
    expect(localizationErrors({ ...english, 'bots[0].commandLists[0].commands[12].title': 'help' })).not.toEqual([]);
  });

  it('names the app in English', () => {
    expect(english['name.short']).toBe('Leerlijn');
    expect(english['name.full']).toBe('Leerlijn: collaboration between youth work and school');
    expect(english['description.short']).toMatch(/^Guides school and youth work/);
    expect(english['description.full']).toContain('never about pupils');
  });

  it('has an English title and description for every menu command, and for nothing else', () => {
    const expected = menus().flatMap((list, i) => list.commands.flatMap((_, j) =>
      ['title', 'description'].map((field) => `bots[0].commandLists[${i}].commands[${j}].${field}`)));
    expect(expected.length).toBeGreaterThan(0);
    expect(menuKeys().sort()).toEqual(expected.sort());
  });

  it('titles each command with a word the bot reads as that same command, the one its English help shows', () => {
    for (const [i, list] of menus().entries()) {
      for (const [j, dutch] of list.commands.entries()) {
        const title = english[`bots[0].commandLists[${i}].commands[${j}].title`] ?? '';
        const command = parseCommand(title).spec;
        expect(command?.name, `${list.scopes.join()} ${title}`).toBe(parseCommand(dutch.title).spec?.name);
        const help = `command.help.${command?.helpKey}`;
        expect(hasKey(help) ? t('en', help) : '', title).toMatch(new RegExp(`^\`/leerlijn ${title}[\` ]`));
      }
    }
    const channelTitles = menus()[0]?.commands.map((_, j) => english[`bots[0].commandLists[0].commands[${j}].title`]);
    expect(channelTitles).toEqual(expect.arrayContaining(['start', 'status', 'schedule', 'plan', 'evaluation', 'compare', 'stop']));
  });

  it("describes each command with the English catalogue's menu line, at most 128 characters as in the manifest", () => {
    const personal = menus()[2];
    const at = (i: number, j: number) => english[`bots[0].commandLists[${i}].commands[${j}].description`] ?? '';
    expect(personal?.scopes).toEqual(['personal']);
    const status = personal?.commands.findIndex((c) => c.title === 'status') ?? -1;
    expect(at(2, status)).toBe(t('en', 'command.personalMenu.status'));
    const stop = menus()[0]?.commands.findIndex((c) => c.title === 'stop') ?? -1;
    expect(at(0, stop)).toBe(t('en', 'command.menu.stop'));
    for (const key of menuKeys()) expect((english[key] ?? '').length, key).toBeLessThanOrEqual(128);
  });

  it('leaves the Dutch manifest as it was: its texts, and the menus added to it', () => {
    const committed = JSON.parse(readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8'));
    const { bots: _packagedBots, ...packagedRest } = manifest;
    const { bots: _committedBots, ...committedRest } = committed;
    expect(packagedRest).toEqual(committedRest);
    expect(menus()[0]?.commands.find((c) => c.title === 'stop')?.description).toBe(t('nl', 'command.menu.stop'));
  });
});

describe('Teams localization files, as the package makes them', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerlijn-teams-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const naming = (languageTag: string) => ({ localizationInfo: { defaultLanguageTag: 'nl-nl', additionalLanguages: [{ languageTag, file: 'x.json' }] } });

  it('refuses a language the bot has no menus in, and English texts Teams would refuse', () => {
    const texts = JSON.parse(readFileSync(path.join(TEAMS_DIR, 'en.json'), 'utf8'));
    writeFileSync(path.join(dir, 'x.json'), JSON.stringify(texts));
    expect(Object.keys(localizationFiles(naming('en-gb'), dir))).toEqual(['x.json']);
    expect(() => localizationFiles(naming('fr'), dir)).toThrow(/no menus in "fr"/);
    writeFileSync(path.join(dir, 'x.json'), JSON.stringify({ ...texts, 'name.short': 'Leerlijn for youth work and school' }));
    expect(() => localizationFiles(naming('en'), dir)).toThrow(/x\.json does not match.*\n.*name\.short/);
  });
});
