// How the entry points end when they cannot start: problems the operator can fix get a plain
// message and exit 78 (EX_CONFIG, as for a bad setting); anything else a stack trace and 1.
// A port in use or a database that cannot be reached or refuses is said in one plain line too,
// naming what to check, but exits 1: it may pass (Postgres starting after the bot, the old
// process still stopping), so a service manager should try again.
import { ConfigError } from './config.js';
import { DataDirNotWritableError } from './store/data-dir-access.js';
import { DataDirInUseError } from './store/data-dir-lock.js';

export const EXIT_CONFIG = 78;

export function exitOnStartFailure(what: string, error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof DataDirNotWritableError) {
    console.error(error.message);
    process.exit(EXIT_CONFIG);
  }
  const problem = startProblem(error);
  if (problem) console.error(`${what} cannot start: ${problem}`);
  else console.error(`${what} failed:`, error);
  process.exit(1);
}

type SystemError = Error & { code?: unknown; syscall?: unknown; address?: unknown; port?: unknown; hostname?: unknown };

// Connecting failed: nothing listens there, the name is unknown, or the network does not reach it.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
// Postgres refused the login or the database (SQLSTATE class 28, and 3D000: no such database), or
// the tables (42501: the user is not the one that owns them, e.g. they were made as postgres).
const REFUSED = new Set(['28000', '28P01', '3D000', '42501']);

/** A one-line description of a start failure the operator can fix that is no setting; undefined for anything else. */
export function startProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, address, port, hostname } = error as SystemError;
  if (syscall === 'listen' && code === 'EADDRINUSE') {
    return `port ${String(port)} on ${String(address)} is in use by another process (a second leerlijn-bot?): stop that one, or set PORT to a free port`;
  }
  if (syscall === 'listen' && code === 'EACCES') {
    return `not allowed to listen on port ${String(port)} (ports below 1024 need privileges): set PORT, e.g. 3000, and put a reverse proxy in front`;
  }
  // pg's messages name the host and port, the user or the database, never the password.
  if (typeof code === 'string' && UNREACHABLE.has(code) && (syscall === 'connect' || syscall === 'getaddrinfo' || syscall === 'read')) {
    const where = typeof address === 'string' && port !== undefined ? `${address}:${String(port)}` : typeof hostname === 'string' ? hostname : error.message;
    return `cannot reach the database at ${where} (${code}): check the host and port in DATABASE_URL and that Postgres runs there`;
  }
  if (typeof code === 'string' && REFUSED.has(code)) {
    return `the database refused the bot: ${error.message}; check the user, password and database name in DATABASE_URL (docs/running.md, step 2)`;
  }
  return undefined;
}
