// The embedded data dir must be writable, every file of it, by the process that opens it.
// `sudo npm run migrate` (or a dry-run tick) in the bot's folder leaves files of root's there,
// and then the bot, as its own user, died in PGlite with 'RuntimeError: Aborted()' and a WASM
// stack trace that named neither the folder nor the fix. Checked before PGlite opens it.
import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export class DataDirNotWritableError extends Error {
  readonly code = 'data_dir_not_writable';
  constructor(dataDir: string, path: string, user: string) {
    const folder = resolve(dataDir);
    super(
      `The embedded database in ${dataDir} cannot be written by this process (user ${user}): ${path} is not writable for it. ` +
        "A command run as another user in the bot's folder (e.g. `sudo npm run migrate`) leaves files like that. " +
        `Give the folder to the bot's user (\`sudo chown -R ${user}: ${folder}\`) and start again; run \`npm run tick\` and \`npm run migrate\` as that user (\`sudo -u ${user} npm run …\`).`,
    );
  }
}

export interface AccessProbe {
  canWrite: (path: string) => Promise<boolean>;
  /** The user this process runs as, named in the fix. */
  user: string;
}

const writable = (path: string): Promise<boolean> =>
  access(path, constants.R_OK | constants.W_OK).then(
    () => true,
    () => false,
  );

export const ownUser = (): string => {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? 'unknown'); // a uid without a name (containers)
  }
};

/** The first path in the data dir (the dir itself first) this process may not write, as an error to show; undefined when all are writable. */
export async function dataDirNotWritable(dataDir: string, probe: AccessProbe = { canWrite: writable, user: ownUser() }): Promise<DataDirNotWritableError | undefined> {
  const entries = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
  const paths = [dataDir, ...entries.sort().map((entry) => join(dataDir, entry))];
  // All at once: a data dir holds about a thousand files, asked one by one that took 50 ms of every start.
  const answers = await Promise.all(paths.map((path) => probe.canWrite(path)));
  const refused = paths[answers.indexOf(false)];
  return refused === undefined ? undefined : new DataDirNotWritableError(dataDir, refused, probe.user);
}
