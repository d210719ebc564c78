// How the embedded database is started, shared by the bot and the child that creates a data dir.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * Postgres' defaults size buffers for a server with other sessions and big tables; one
 * leerlijn-bot's data is a few MiB. Measured on Node 20 with PGlite 0.5 (a reopened data dir,
 * RSS of a process that only opened it): 311 MiB with the defaults (shared_buffers 128MB),
 * 163 MiB with these. Every buffer Postgres touches stays resident in the WASM heap, which never
 * shrinks, so these caps are also what a busy hour can add.
 */
export const PGLITE_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  wal_buffers: '1MB',
  temp_buffers: '1MB',
  work_mem: '1MB',
  maintenance_work_mem: '8MB',
};

export function pgliteOptions(): PGliteOptions {
  const settings = Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  return { startParams: [...PGlite.defaultStartParams, ...settings] };
}
