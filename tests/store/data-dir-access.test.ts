// An embedded data dir the bot's user may not write, as after `sudo npm run migrate` (or a
// dry-run tick) in the bot's folder left files of root's in it: what the IT person reads. Before,
// the start ended with PGlite's 'RuntimeError: Aborted()' and a WASM stack trace, exit 1 (and
// systemd tried again every 5 s), or, for the folder itself, an EACCES stack trace.
import { spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDirNotWritable } from '../../src/store/data-dir-access.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Only root can hand a file to another user; `runuser` starts a process as one. */
const canActAsAnotherUser = process.platform === 'linux' && userInfo().uid === 0;

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'leerlijn-access-'));
  await chmod(dataDir, 0o755);
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** `npm run migrate` as user `nobody` on dataDir: exit code and what it printed. */
async function migrateAsNobody(): Promise<{ code: number | null; output: string }> {
  const child = spawn('runuser', ['-u', 'nobody', '--', process.execPath, '--import', 'tsx', 'src/cli/migrate.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATA_DIR: dataDir },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

describe('an embedded data dir the bot may not write', () => {
  it('names the file, the user and the chown that fixes it', async () => {
    await mkdir(join(dataDir, 'base/1'), { recursive: true });
    await writeFile(join(dataDir, 'PG_VERSION'), '17\n');
    await writeFile(join(dataDir, 'base/1/1259'), '');
    const refused = join(dataDir, 'base/1/1259');
    const problem = await dataDirNotWritable(dataDir, { canWrite: async (path) => path !== refused, user: 'leerlijn' });
    expect(problem?.message).toBe(
      `The embedded database in ${dataDir} cannot be written by this process (user leerlijn): ${refused} is not writable for it. ` +
        'A command run as another user in the bot\'s folder (e.g. `sudo npm run migrate`) leaves files like that. ' +
        `Give the folder to the bot's user (\`sudo chown -R leerlijn: ${dataDir}\`) and start again; run \`npm run tick\` and \`npm run migrate\` as that user (\`sudo -u leerlijn npm run …\`).`,
    );
    expect(await dataDirNotWritable(dataDir, { canWrite: async () => true, user: 'leerlijn' })).toBeUndefined();
  });

  it.skipIf(!canActAsAnotherUser)('stops the start with that message and exit 78, no stack trace', { timeout: 60_000 }, async () => {
    await mkdir(join(dataDir, 'base/1'), { recursive: true });
    await writeFile(join(dataDir, 'PG_VERSION'), '17\n');
    await writeFile(join(dataDir, 'base/1/1259'), '');
    // Everything the bot's user's but one file, as a root command that wrote one table leaves it.
    for (const path of [dataDir, join(dataDir, 'PG_VERSION'), join(dataDir, 'base'), join(dataDir, 'base/1')]) await chown(path, 65534, 65534);
    const { code, output } = await migrateAsNobody();
    expect(output).toContain(`${join(dataDir, 'base/1/1259')} is not writable for it`);
    expect(output).toContain(`sudo chown -R nobody: ${dataDir}`);
    expect(output).not.toMatch(/\n\s+at /);
    expect(code).toBe(78);
  });
});
