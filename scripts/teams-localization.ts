// The Teams package's other languages: each file manifest.json names under
// localizationInfo.additionalLanguages (en.json) is its committed texts (the app's name and
// description) plus the command menus in that language, made from the registry as the Dutch
// ones are. Teams shows a file's strings to a person whose Teams is in its language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormatsModule from 'ajv-formats';
import { spokenLangOf } from '../src/i18n/index.js';
import { localizedMenus } from './teams-menus.js';

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, whose `default` is the plugin.
const addFormats = ajvFormatsModule.default;
const LOCALIZATION_SCHEMA = createRequire(import.meta.url)
  .resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json');

interface AdditionalLanguage { languageTag: string; file: string }

function additionalLanguagesOf(manifest: Record<string, unknown>): AdditionalLanguage[] {
  const info = manifest['localizationInfo'];
  const languages = typeof info === 'object' && info !== null ? (info as Record<string, unknown>)['additionalLanguages'] : undefined;
  return Array.isArray(languages) ? (languages as AdditionalLanguage[]) : [];
}

/**
 * Errors of a localization file against Teams' bundled v1.24 schema. The schema is draft-04; the
 * keywords it uses read the same under ajv's default draft, except that a length beside a `$ref`
 * (name.short's 30) counts here where draft-04 would skip it: stricter, as Teams is on upload. Its
 * patterns are not unicode regular expressions (`\b]` would not compile as one).
 */
export function localizationErrors(strings: object): string[] {
  const { $schema: _draft04, ...schema } = JSON.parse(readFileSync(LOCALIZATION_SCHEMA, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(strings) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** file name → its bytes, for every language manifest.json names; refuses one the bot does not speak or the schema refuses. */
export function localizationFiles(manifest: Record<string, unknown>, dir: string): Record<string, Uint8Array> {
  return Object.fromEntries(additionalLanguagesOf(manifest).map(({ languageTag, file }) => {
    const lang = spokenLangOf(languageTag);
    if (lang === null || lang === 'nl') throw new Error(`${file}: the bot has no menus in "${languageTag}" besides the default Dutch`);
    const texts: Record<string, unknown> = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const strings = { ...texts, ...localizedMenus(undefined, lang) };
    const errors = localizationErrors(strings);
    if (errors.length > 0) throw new Error(`${file} does not match Teams' localization schema:\n  ${errors.join('\n  ')}`);
    return [file, new TextEncoder().encode(`${JSON.stringify(strings, null, 2)}\n`)] as const;
  }));
}
