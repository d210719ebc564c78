// Run as a child process by createPgliteDb on an empty data dir: creates the database there
// (initdb) and exits. Creating it takes a second WASM Postgres and a copy of the whole data
// dir, over 500 MiB that the process keeps once it has them; in a child they go when it ends.
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.js';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: pglite-create <data dir>');
  process.exit(2);
}
const db = await PGlite.create(dataDir, pgliteOptions());
await db.close();
