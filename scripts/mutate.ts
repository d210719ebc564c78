// `npm run mutate`: plants each bug of scripts/mutants.ts in turn, runs only the test files
// that cover it, and puts the file back. Prints a table and the kill rate. Not part of `npm test`.
//
//   npm run mutate                    all mutants (Postgres ones only with TEST_DATABASE_URL)
//   npm run mutate -- --only "a,b"    mutants whose name contains one of these words
//   npm run mutate -- --no-baseline   skip the first, unmutated run of the covering tests
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MUTANTS, type Mutant } from './mutants.js';

type Status = 'killed' | 'survived' | 'timeout' | 'stale' | 'skipped';
interface Row { mutant: Mutant; status: Status; seconds: number; caughtBy: string }

/** A mutant whose tests do not end by then is taken as caught: the bug hung them. */
const TIMEOUT_MS = 300_000;
const VITEST = 'node_modules/.bin/vitest';

/** The file being mutated right now and its original text, put back on any way out. */
let planted: { file: string; original: string } | null = null;
let child: ChildProcess | null = null;

function restore(): void {
  if (!planted) return;
  writeFileSync(planted.file, planted.original);
  const clean = spawnSync('git', ['diff', '--quiet', '--', planted.file]).status === 0;
  if (!clean) {
    console.error(`!! ${planted.file} differs from git after restoring: check it by hand`);
    process.exitCode = 2;
  }
  planted = null;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child?.pid) process.kill(-child.pid, 'SIGKILL');
    restore();
    console.error(`\nstopped by ${signal}; every file is back as it was`);
    process.exit(130);
  });
}

/** Runs vitest on `files` in its own process group; resolves with its exit and output. */
function runTests(files: readonly string[]): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const proc = spawn(VITEST, ['run', '--reporter=dot', ...files], { detached: true, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    const timer = setTimeout(() => {
      timedOut = true;
      if (proc.pid) process.kill(-proc.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    proc.on('close', (code) => {
      clearTimeout(timer);
      child = null;
      resolve({ code, output, timedOut });
    });
  });
}

/** The first failing test as vitest names it, without colours. */
function firstFailure(output: string): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((l) => l.includes(' FAIL ') && l.includes('>'));
  return (line ?? '').replace(/^.*FAIL\s+/, '').trim().slice(0, 110);
}

/** What vitest says went wrong: its FAIL lines and error lines, without colours. */
function failures(output: string): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((l) => /FAIL|Error|×|Test Files|Tests /.test(l)).slice(0, 40).join('\n');
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

async function runMutant(m: Mutant): Promise<Row> {
  if (m.postgres && !process.env.TEST_DATABASE_URL) return { mutant: m, status: 'skipped', seconds: 0, caughtBy: 'needs TEST_DATABASE_URL' };
  if (!existsSync(m.file)) return { mutant: m, status: 'stale', seconds: 0, caughtBy: 'file not found (moved?)' };
  const original = readFileSync(m.file, 'utf8');
  if (occurrences(original, m.from) !== 1) return { mutant: m, status: 'stale', seconds: 0, caughtBy: 'snippet not found exactly once' };
  const started = Date.now();
  planted = { file: m.file, original };
  try {
    writeFileSync(m.file, original.replace(m.from, () => m.to));
    const run = await runTests(m.tests);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (run.timedOut) return { mutant: m, status: 'timeout', seconds, caughtBy: `no end in ${TIMEOUT_MS / 1000} s` };
    return run.code === 0 ? { mutant: m, status: 'survived', seconds, caughtBy: '' } : { mutant: m, status: 'killed', seconds, caughtBy: firstFailure(run.output) };
  } finally {
    restore();
  }
}

function printTable(rows: readonly Row[]): void {
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  console.log(`\n${pad('mutant', 40)} ${pad('file', 30)} ${pad('status', 9)} ${pad('s', 4)} caught by`);
  for (const r of rows) console.log(`${pad(r.mutant.name, 40)} ${pad(r.mutant.file.replace(/^src\//, ''), 30)} ${pad(r.status, 9)} ${pad(String(r.seconds), 4)} ${r.caughtBy}`);
  const killed = rows.filter((r) => r.status === 'killed' || r.status === 'timeout').length;
  const survived = rows.filter((r) => r.status === 'survived');
  const notRun = rows.filter((r) => r.status === 'stale' || r.status === 'skipped').length;
  const rate = killed + survived.length === 0 ? 0 : (100 * killed) / (killed + survived.length);
  console.log(`\nkilled ${killed} of ${killed + survived.length} (${rate.toFixed(1)}%)${notRun ? `; not run: ${notRun} (stale or needing Postgres)` : ''}`);
  for (const r of survived) console.log(`survived: ${r.mutant.name} (${r.mutant.file})`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : [];
  const mutants = only.length ? MUTANTS.filter((m) => only.some((w) => m.name.toLowerCase().includes(w))) : MUTANTS;
  const files = [...new Set(mutants.map((m) => m.file))];
  // Restoring puts back the text read before planting; a file with local edits would make
  // the git check after it meaningless, so start only from committed files.
  if (spawnSync('git', ['diff', '--quiet', '--', ...files]).status !== 0) {
    console.error(`uncommitted changes in ${files.join(', ')}: commit or stash them first`);
    process.exit(2);
  }
  if (!args.includes('--no-baseline')) {
    const runnable = mutants.filter((m) => !m.postgres || process.env.TEST_DATABASE_URL);
    const tests = [...new Set(runnable.flatMap((m) => m.tests))];
    console.log(`baseline: ${tests.length} test files, unmutated`);
    const base = await runTests(tests);
    if (base.code !== 0) {
      console.error(`the covering tests fail without any mutant (exit ${base.code}):\n${failures(base.output)}`);
      process.exit(1);
    }
  }
  const rows: Row[] = [];
  for (const [i, m] of mutants.entries()) {
    const row = await runMutant(m);
    console.log(`[${i + 1}/${mutants.length}] ${row.status.padEnd(8)} ${m.name}`);
    rows.push(row);
  }
  printTable(rows);
}

await main();
