import { describe, expect, it } from 'vitest';
import { createLogger, errorForLog } from '../src/logger.js';

function capture(): { lines: string[]; write: (s: string) => void } {
  const lines: string[] = [];
  return { lines, write: (s: string) => void lines.push(s) };
}

describe('logging', () => {
  it('keeps an error to its type, code and message: no row data that may hold user text', () => {
    const pgError = Object.assign(new Error('new row for relation "notes" violates check constraint'), {
      code: '23514',
      detail: 'Failing row contains (Mijn leerling Sam ...)',
    });
    const out = capture();
    createLogger('info', out).error({ err: pgError }, 'store failed');
    expect(out.lines.join('')).toContain('23514');
    expect(out.lines.join('')).not.toContain('Sam');
    expect(errorForLog('not an error')).toEqual({ type: 'string' });
  });

  it('cuts a long message, and the stack does not bring the whole message back', () => {
    const long = new Error(`could not save: ${'x'.repeat(400)}Sam's private note`);
    const logged = errorForLog(long);
    expect(String(logged.message)).toHaveLength(300);
    expect(JSON.stringify(logged)).not.toContain('private note');
    expect(String(logged.stack)).toMatch(/^\s+at /);
  });

  it('redacts tokens and secrets', () => {
    const out = capture();
    createLogger('info', out).info({ slack: { botToken: 'xoxb-secret', signingSecret: 'shh' }, headers: { authorization: 'Bearer abc' } }, 'config');
    const text = out.lines.join('');
    expect(text).toContain('[redacted]');
    for (const secret of ['xoxb-secret', 'shh', 'Bearer abc']) expect(text).not.toContain(secret);
  });
});
