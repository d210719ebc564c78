// What an IT person reads to set the bot up: README.md, docs/*.md and .env.example. Each setting,
// command and script they name must be one the bot has, and each the bot has must be named.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../src/app/flows/registry.js';
import { ENV_VARIABLES, loadConfig } from '../src/config.js';
import { TEST_DATABASE_URL } from './support/pg-test-db.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const README = read('README.md');
const DOCS = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => read(`docs/${f}`)).join('\n');
const ENV_EXAMPLE = read('.env.example');
const SCRIPTS = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/** The lines `NAME=value` of .env.example, set or commented out. */
function exampleLines(): Array<{ name: string; value: string; set: boolean }> {
  return ENV_EXAMPLE.split('\n').flatMap((line) => {
    const m = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    return m?.[2] ? [{ name: m[2], value: (m[3] ?? '').replace(/\s+#.*$/, '').trim(), set: !m[1] }] : [];
  });
}

/** The README section under `## <title>`, up to the next section. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `README section ${title}`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

/** The backticked words in the first `cells` cells of each row of the section's table. */
function tableWords(title: string, cells: number): string[] {
  const rows = section(title).split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((row) => row.split('|').slice(1, 1 + cells).flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')));
}

const mentions = (text: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);

describe('the environment variables in the docs', () => {
  it('names every variable the bot reads in .env.example and in the README or docs/', () => {
    const inExample = new Set(exampleLines().map((l) => l.name));
    expect(ENV_VARIABLES.filter((name) => !inExample.has(name)), 'missing from .env.example').toEqual([]);
    expect(ENV_VARIABLES.filter((name) => !mentions(README, name) && !mentions(DOCS, name)), 'missing from README and docs/').toEqual([]);
  });

  it('documents no variable the bot does not read', () => {
    const known = new Set(ENV_VARIABLES);
    const documented = [...exampleLines().map((l) => l.name), ...tableWords('Configuration', 1).filter((w) => /^[A-Z][A-Z0-9_]+$/.test(w))];
    expect(documented.filter((name) => !known.has(name))).toEqual([]);
  });

  it('copying .env.example to .env as it is changes nothing: its values are the defaults', () => {
    const set = Object.fromEntries(exampleLines().filter((l) => l.set).map((l) => [l.name, l.value]));
    expect(Object.keys(set).length).toBeGreaterThan(0);
    expect(loadConfig(set)).toEqual(loadConfig({}));
  });
});

describe('the commands in the docs', () => {
  it("lists every command of the registry, with its English alias, in the README's table, and no other", () => {
    const words = tableWords('Using it', 2);
    expect([...new Set(words)].sort()).toEqual(COMMANDS.flatMap((c) => c.words).sort());
  });

  it('shows only commands the bot knows after /leerlijn or @Leerlijn', () => {
    const known = new Set(COMMANDS.flatMap((c) => c.words));
    const shown = [...`${README}\n${DOCS}`.matchAll(/[/@]leerlijn ([a-z][a-z-]*)/gi)].map((m) => m[1] ?? '');
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((word) => !known.has(word.toLowerCase()))).toEqual([]);
  });

  it('shows only npm scripts package.json has', () => {
    const text = `${README}\n${DOCS}\n${ENV_EXAMPLE}\n${read('deploy/leerlijn-bot.service')}\n${read('Dockerfile')}`;
    const shown = [...text.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1] ?? '');
    expect(shown.length).toBeGreaterThan(5);
    expect([...new Set(shown.filter((name) => !SCRIPTS.includes(name)))]).toEqual([]);
  });
});

describe('docs/slack.md and the Slack manifests', () => {
  const slackDoc = read('docs/slack.md');
  const backticked = [...slackDoc.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
  const manifest = parse(read('manifests/slack/manifest.socket.yaml')) as {
    oauth_config: { scopes: { bot: string[] } };
    settings: { event_subscriptions: { bot_events: string[] } };
  };

  it('tells the admin who approves the app each bot scope and event it asks for, and no other scope', () => {
    const { bot } = manifest.oauth_config.scopes;
    for (const name of [...bot, ...manifest.settings.event_subscriptions.bot_events]) expect(backticked, name).toContain(name);
    const scopesShown = backticked.filter((w) => /^[a-z]+:[a-z]+$/.test(w));
    // connections:write is the app-level token's scope (step 3), not a bot scope.
    expect([...new Set(scopesShown)].filter((w) => !bot.includes(w))).toEqual(['connections:write']);
  });
});

/** The `NAME=value` lines in a guide's shell blocks, a `<placeholder>` filled in as someone would. */
function pastedSettings(doc: string): Record<string, string> {
  const blocks = [...read(doc).matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const lines = blocks.flatMap((b) => b.split('\n')).map((l) => /^\s*([A-Z][A-Z0-9_]*)=(\S*)/.exec(l)).filter((m) => m !== null);
  return Object.fromEntries(lines.map((m) => [m[1] ?? '', /^<.*/.test(m[2] ?? '') ? 'Filled-in-0123456789-abcdefghijklmn' : (m[2] ?? '')]));
}

describe('the settings each guide has one paste', () => {
  it('docs/slack.md: Slack in Socket Mode', () => {
    expect(loadConfig(pastedSettings('docs/slack.md')).slack.mode).toBe('socket');
  });

  it('docs/teams.md: Teams with auth on, and the filled documents reachable by link', () => {
    const config = loadConfig(pastedSettings('docs/teams.md'));
    expect(config.teams.appId).toBeDefined();
    expect(config.documents.publicUrl).toMatch(/^https:\/\//);
  });
});

/** Every source file's text, to find the log lines and messages the guides quote. */
function sourceText(dir = 'src'): string {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? sourceText(`${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? read(`${dir}/${entry.name}`) : ''))
    .join('\n');
}

/** The backticked words in the first column of each guide's "When …" table (what the IT person sees). */
function troubleshootingQuotes(): string[] {
  return readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).flatMap((file) => {
    const tables = read(`docs/${file}`).split(/\n#+ /).filter((part) => part.startsWith('When '));
    const rows = tables.flatMap((t) => t.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')));
    return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
  });
}

describe('the log lines the guides tell the IT person to look for', () => {
  it('are what the bot writes: each quoted line of ours, between its placeholders, is in the source', () => {
    const source = sourceText();
    const ours = troubleshootingQuotes().filter((q) => /^(slack |teams |leerlijn-bot cannot start: |The embedded database |Invalid configuration)/.test(q));
    expect(ours.length).toBeGreaterThan(8);
    // '…', HOST:PORT and a parenthesis stand for what the line fills in (a path, a user, Entra's code).
    const pieces = ours.flatMap((q) => q.replace(/^leerlijn-bot cannot start: /, '').split(/…|HOST:PORT|\([^)]*\)/)).map((p) => p.replace(/^[\s;:,]+|\s+$/g, ''));
    expect(pieces.filter((p) => p.length >= 6 && !source.includes(p))).toEqual([]);
  });
});

describe('the defaults in the README', () => {
  it("are the bot's: setting a variable to the default its row names changes nothing", () => {
    const rows = section('Configuration').split('\n').filter((l) => l.startsWith('| `'));
    const defaults = rows.flatMap((row) => {
      const [names = '', values = ''] = row.split('|').slice(1, 3);
      const name = [...names.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] ?? '');
      const value = [...values.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
      // 'A / B' with 'a / b' pairs them; a default in words ('json in production, else pretty', '—') is left to its text.
      return name.length === value.length && /^\s*`[^`]+`(\s*\/\s*`[^`]+`)*\s*$/.test(values) ? name.map((n, i) => [n, value[i] ?? ''] as const) : [];
    });
    expect(defaults.length).toBeGreaterThan(10);
    // With and without Postgres: the pool size counts only with it, the data dir only without.
    for (const base of [{}, { DATABASE_URL: 'postgres://leerlijn@127.0.0.1:5432/leerlijn' }]) {
      for (const [name, value] of defaults) expect(loadConfig({ ...base, [name]: value }), `${name}=${value}`).toEqual(loadConfig(base));
    }
  });
});

/** docs/running.md's crontab lines (cron.d format: five time fields, the user, the command), as cron reads them. */
function cronLines(): Array<{ schedule: string; user: string; command: string }> {
  const blocks = [...read('docs/running.md').matchAll(/```crontab\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((b) => b.split('\n')).filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
    const fields = line.trim().split(/\s+/);
    // cron turns an unescaped % into a new line: the docs must write \% for date's format.
    return { schedule: fields.slice(0, 5).join(' '), user: fields[5] ?? '', command: fields.slice(6).join(' ').replace(/\\%/g, '%') };
  });
}

/** Runs a crontab line's command as cron would (sh), with the docs' paths under `root`, systemctl a fake that notes its calls. */
function runCronCommand(command: string, root: string, env: Record<string, string>): { status: number | null; stderr: string; systemctl: string[] } {
  for (const dir of ['etc', 'backups', 'opt/.data', 'bin']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'etc/leerlijn-bot.env'), Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
  writeFileSync(path.join(root, 'bin/systemctl'), `#!/bin/sh\necho "$*" >> ${root}/systemctl.log\n`);
  chmodSync(path.join(root, 'bin/systemctl'), 0o755);
  const local = command.replaceAll('/etc/leerlijn-bot.env', `${root}/etc/leerlijn-bot.env`).replaceAll('/var/backups', `${root}/backups`).replaceAll('/opt/leerlijn-bot', `${root}/opt`);
  // cron's own umask (022): what the line leaves readable is the line's to say.
  const run = spawnSync('sh', ['-c', `umask 022; ${local}`], { env: { PATH: `${root}/bin:/usr/bin:/bin`, HOME: root }, encoding: 'utf8' });
  const log = path.join(root, 'systemctl.log');
  return { status: run.status, stderr: run.stderr, systemctl: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

/** Files in `dir` `days` old: the ones a rotation keeping two weeks must remove (or keep). */
function aged(dir: string, names: Record<string, number>): void {
  for (const [name, days] of Object.entries(names)) {
    writeFileSync(path.join(dir, name), 'old');
    const at = new Date(Date.now() - days * 86_400_000);
    utimesSync(path.join(dir, name), at, at);
  }
}

/** Today as `date +%F` in the cron line writes it (the machine's time zone). */
const today = (): string => spawnSync('date', ['+%F'], { encoding: 'utf8' }).stdout.trim();

/**
 * A database of the backup test's own: the test database's schemas come and go with the tests
 * running beside it, and pg_dump fails on one dropped while it dumps ("schema t_… does not exist").
 */
function ownDatabase(): { url: string; drop: () => void } {
  const name = `leerlijn_backup_${process.pid}_${Date.now()}`;
  const psql = (sql: string, url = TEST_DATABASE_URL!): void => {
    const run = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
  };
  const drop = (): void => psql(`drop database if exists ${name}`);
  psql(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  try {
    // Something to restore: a table with a row, as the bot's would be.
    psql('create table votes (id int primary key, score int); insert into votes values (1, 2)', url.href);
  } catch (error) {
    drop(); // no test gets it to drop: nothing else would
    throw error;
  }
  return { url: url.href, drop };
}

describe('the nightly backup in docs/running.md', () => {
  it('is a crontab line for each database, run nightly as root', () => {
    const lines = cronLines();
    expect(lines.map((l) => [l.schedule, l.user])).toEqual([[expect.stringMatching(/^\d+ \d+ \* \* \*$/), 'root'], [expect.stringMatching(/^\d+ \d+ \* \* \*$/), 'root']]);
    expect(lines.map((l) => l.command)).toEqual([expect.stringContaining('pg_dump'), expect.stringContaining('tar czf')]);
  });

  it.skipIf(!TEST_DATABASE_URL)('Postgres: makes tonight’s restorable dump and removes those older than two weeks', () => {
    const database = ownDatabase();
    const root = mkdtempSync(path.join(tmpdir(), 'leerlijn-backup-'));
    try {
      mkdirSync(path.join(root, 'backups'), { recursive: true });
      aged(path.join(root, 'backups'), { 'leerlijn-2026-01-01.dump': 20, 'leerlijn-2026-01-15.dump': 6, 'other-app.dump': 20 });
      const run = runCronCommand(cronLines()[0]!.command, root, { DATABASE_URL: database.url });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const dump = path.join(root, 'backups', `leerlijn-${today()}.dump`);
      expect(readFileSync(dump).subarray(0, 5).toString()).toBe('PGDMP');
      const listed = spawnSync('pg_restore', ['--list', dump], { encoding: 'utf8' });
      expect(listed.status).toBe(0);
      expect(listed.stdout).toMatch(/TABLE DATA public votes/);
      // Everyone's scores and names: readable by root only, as /etc/leerlijn-bot.env is.
      expect(statSync(dump).mode & 0o077).toBe(0);
      expect(readdirSync(path.join(root, 'backups')).sort()).toEqual(['leerlijn-2026-01-15.dump', `leerlijn-${today()}.dump`, 'other-app.dump'].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
      database.drop();
    }
  });

  it('embedded database: stops the bot, packs DATA_DIR, starts it again and removes packs older than two weeks', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leerlijn-backup-'));
    try {
      mkdirSync(path.join(root, 'opt/.data'), { recursive: true });
      writeFileSync(path.join(root, 'opt/.data/PG_VERSION'), '17\n');
      mkdirSync(path.join(root, 'backups'), { recursive: true });
      aged(path.join(root, 'backups'), { 'leerlijn-data-2026-01-01.tgz': 20, 'leerlijn-data-2026-01-15.tgz': 6 });
      const run = runCronCommand(cronLines()[1]!.command, root, {});
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.systemctl).toEqual(['stop leerlijn-bot', 'start leerlijn-bot']);
      const pack = path.join(root, 'backups', `leerlijn-data-${today()}.tgz`);
      expect(spawnSync('tar', ['tzf', pack], { encoding: 'utf8' }).stdout).toContain('.data/PG_VERSION');
      expect(statSync(pack).mode & 0o077).toBe(0);
      expect(readdirSync(path.join(root, 'backups')).sort()).toEqual(['leerlijn-data-2026-01-15.tgz', `leerlijn-data-${today()}.tgz`].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
