// What escapes every handler: a lost promise is logged and the bot keeps serving; an uncaught
// throw is logged and the process exits non-zero for its supervisor. Neither logs user text.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./support/last-resort-child.ts', import.meta.url));

describe('the last-resort handlers, in a real process', () => {
  it('logs a lost promise and keeps serving, then logs an uncaught throw and exits with 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8', timeout: 20_000 });
    const lines = run.stdout.split('\n').filter(Boolean);
    const logged = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; kind?: string; error?: { code?: string; type?: string } });
    expect(logged.map((l) => [l.kind, l.error?.code, l.error?.type])).toEqual([
      ['unhandledRejection', 'E_LOST', 'Error'],
      ['uncaughtException', 'E_BROKEN', 'TypeError'],
    ]);
    expect(lines).toContain('still serving: ok');
    expect(run.status).toBe(1);
    // Error messages can quote what a user typed: only names, codes and frames are logged.
    expect(run.stdout).not.toMatch(/notitie|Het Baken/);
  });
});
