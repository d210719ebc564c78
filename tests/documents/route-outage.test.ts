// A document link opened while the database is down: the reader is asked to try again (503,
// in the link's language), and the log holds no token (the token is the link).
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createHttpServer } from '../../src/http.js';
import { tError } from '../../src/i18n/index.js';
import { createLogger } from '../../src/logger.js';
import { documentRoutes } from '../../src/documents/route.js';
import { signDocumentToken } from '../../src/documents/links.js';
import type { Deps } from '../../src/app/context.js';

const SECRET = 'k3Jx9-vQ2mZ8pL4tW7yB1nC6dF0gH5sA_rE';
const LEERLIJN = '0b9c7a52-4d3e-4f10-9a8b-1c2d3e4f5a6b';

describe('a document link during an outage', () => {
  it('says try again (503) in the link’s language, and writes no token into the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } });
    const log = createLogger('info', sink as never);
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const now = new Date('2026-01-15T09:00:00Z');
    const deps = { db: { kind: 'postgres', query: async () => { throw down; }, transaction: async () => { throw down; } }, now: () => now, defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' } as unknown as Deps;
    const routes = documentRoutes(deps, { publicUrl: 'https://bot.example', linkSecret: SECRET, linkTtlHours: 24, officialUrls: {} }, log);
    const http = createHttpServer(routes, log);
    const port = await http.listen(0, '127.0.0.1');
    const token = signDocumentToken(SECRET, { leerlijnId: LEERLIJN, kind: 'actieplan', lang: 'nl', expires: Math.floor(now.getTime() / 1000) + 3600 });
    const res = await fetch(`http://127.0.0.1:${port}/documents/${token}`);
    const body = await res.text();
    await http.close(100);
    const logged = lines.join('');
    expect(logged).not.toContain(token);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(body).toBe(tError('nl', 'internal'));
    expect(logged).toContain('document not made');
  });
});
