// Whoever reads the bot's log can go away (a log shipper restarts, `npm start | grep` is
// stopped): the bot keeps serving and logs to nowhere. In the readable format (the default
// unless NODE_ENV=production) the first line after that used to be an uncaught EPIPE, and the
// last-resort handler ended the process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./support/log-reader-gone-child.ts', import.meta.url));

async function runWithoutReader(format: 'json' | 'pretty'): Promise<{ code: number | null; stderr: string }> {
  const run = spawn(process.execPath, ['--import', 'tsx', child, format], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => run.once('exit', resolve));
  run.stdout.once('data', () => {
    run.stdout.destroy(); // the reader goes away
    run.stdin.end('go\n');
  });
  return { code: await exited, stderr };
}

describe('a log reader that goes away', () => {
  it.each(['pretty', 'json'] as const)('does not end the bot (%s lines)', async (format) => {
    const { code, stderr } = await runWithoutReader(format);
    expect(stderr).toContain('still running');
    expect(code).toBe(0);
  });
});
