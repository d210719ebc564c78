// How the entry points end when they cannot start: problems the operator can fix get a plain
// message and exit 78 (EX_CONFIG, as for a bad setting); anything else a stack trace and 1.
import { ConfigError } from './config.js';
import { DataDirInUseError } from './store/data-dir-lock.js';

export const EXIT_CONFIG = 78;

export function exitOnStartFailure(what: string, error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(EXIT_CONFIG);
  }
  console.error(`${what} failed:`, error);
  process.exit(1);
}
