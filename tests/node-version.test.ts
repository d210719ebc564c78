// On a Node.js older than package.json's engines, `npm start` failed somewhere inside (on Node
// before 20.6, node itself refused `--import`; later ones got as far as some dependency), with
// nothing saying the Node.js version was the problem. Now one line says so and the exit is 78,
// before anything else is loaded: the check is plain old JavaScript that any Node parses.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHECK = join(ROOT, 'src', 'node-version.cjs');
/** The check's verdict on a version (loaded when asked: the test of npm start needs no file). */
const refusal = (version: string): string | null => (createRequire(import.meta.url)(CHECK) as { refusal(v: string): string | null }).refusal(version);

describe('a Node.js older than 20.19', () => {
  it('npm start says so in one line and exits 78, starting nothing', { timeout: 60_000 }, () => {
    const run = spawnSync('npm', ['start'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(tmpdir(), 'leerlijn-old-node-never-made'),
        NODE_OPTIONS: `--require ${join(ROOT, 'tests', 'support', 'old-node.cjs')}`, LEERLIJN_FAKE_NODE_VERSION: '20.18.1',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr.trim().split('\n')).toEqual(['leerlijn-bot needs Node.js 20.19 or later; this is 20.18.1']);
    expect(run.stdout).not.toContain('leerlijn-bot running');
  });

  it('refuses every version below the engines field and lets the others start', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node).toBe('>=20.19.0');
    for (const old of ['12.22.9', '16.20.2', '18.19.1', '20.6.0', '20.18.3']) expect(refusal(old)).toBe(`leerlijn-bot needs Node.js 20.19 or later; this is ${old}`);
    for (const fine of ['20.19.0', '20.20.2', '21.0.0', '22.12.0', '24.1.0']) expect(refusal(fine)).toBeNull();
  });

  it('the production start checks it too, from dist/ where the build puts it', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toMatch(/^node src\/node-version\.cjs && exec node /);
    expect(scripts['start:prod']).toMatch(/^node dist\/node-version\.cjs && exec node /);
    expect(scripts.build).toContain('src/node-version.cjs');
  });

  // Node 12 to 18 (what Debian and Ubuntu LTS releases install) parse ES2019: none of the syntax after it.
  it('is written in syntax an old Node parses', () => {
    const code = readFileSync(CHECK, 'utf8').replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'/g, "''");
    expect(code).not.toMatch(/\?\.|\?\?|\|\|=|&&=|\d_\d|\bimport\b|\bexport\b/);
  });
});
