// Signed document links for Teams: the right PDF for a valid link, a 404 page for people for an
// expired, tampered or foreign one, and a configuration that refuses a weak key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ONDERDELEN } from '../../src/domain/instrument.js';
import { documentLink, signDocumentToken, verifyDocumentToken } from '../../src/documents/links.js';
import { createLogger } from '../../src/logger.js';
import { startBot, type RunningBot } from '../../src/server.js';
import { pgliteTestDb, type TestDb } from '../support/db.js';
import { agreedLeerlijnOfTwo, makeDeps, NOW } from '../support/fixtures.js';
import { pdfText } from './pdf-text.js';
import { BOT_MENTION } from '../../src/adapters/teams/cards/common.js';
import { COMMAND } from '../../src/adapters/slack/edge-shapes.js';

const SECRET = 'k3Jx9-vQ2mZ8pL4tW7yB1nC6dF0gH5sA_rE';
const LEERLIJN = '0b9c7a52-4d3e-4f10-9a8b-1c2d3e4f5a6b';
const HOUR = 3600_000;

describe('document tokens', () => {
  const claim = { leerlijnId: LEERLIJN, kind: 'actieplan' as const, lang: 'nl' as const, expires: Math.floor(NOW.getTime() / 1000) + 3600 };

  it('reads back a genuine token until it expires', () => {
    const token = signDocumentToken(SECRET, claim);
    expect(verifyDocumentToken(SECRET, token, NOW)).toEqual(claim);
    expect(verifyDocumentToken(SECRET, token, new Date(NOW.getTime() + HOUR))).toBeNull();
  });

  it('refuses a token with another document, another signature or another key', () => {
    const token = signDocumentToken(SECRET, claim);
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ l: LEERLIJN, k: 'vergelijking', g: 'nl', e: claim.expires })).toString('base64url');
    expect(verifyDocumentToken(SECRET, `${forged}.${signature}`, NOW)).toBeNull();
    expect(verifyDocumentToken(SECRET, `${token.slice(0, -2)}AA`, NOW)).toBeNull();
    expect(verifyDocumentToken(`${SECRET}x`, token, NOW)).toBeNull();
    expect(verifyDocumentToken(SECRET, 'not-a-token', NOW)).toBeNull();
  });

  it('builds links from PUBLIC_URL, and none without it', () => {
    const on = loadConfig({ PUBLIC_URL: 'https://bot.school.example/', DOCUMENT_LINK_SECRET: SECRET, DOCUMENT_LINK_TTL_HOURS: '2' }).documents;
    const link = documentLink(on, LEERLIJN, 'actieplan', 'en', NOW)!;
    expect(link).toMatch(/^https:\/\/bot\.school\.example\/documents\/[\w-]+\.[\w-]+$/);
    const claimed = verifyDocumentToken(SECRET, link.split('/documents/')[1]!, NOW)!;
    expect(claimed).toMatchObject({ leerlijnId: LEERLIJN, kind: 'actieplan', lang: 'en', expires: NOW.getTime() / 1000 + 2 * 3600 });
    expect(documentLink(loadConfig({}).documents, LEERLIJN, 'actieplan', 'nl', NOW)).toBeNull();
  });
});

describe('document configuration', () => {
  it.each([
    [{ PUBLIC_URL: 'https://bot.example' }, 'DOCUMENT_LINK_SECRET: required'],
    [{ PUBLIC_URL: 'https://bot.example', DOCUMENT_LINK_SECRET: 'geheim' }, 'DOCUMENT_LINK_SECRET: too weak'],
    [{ PUBLIC_URL: 'https://bot.example', DOCUMENT_LINK_SECRET: 'x'.repeat(64) }, 'DOCUMENT_LINK_SECRET: too weak'],
    [{ PUBLIC_URL: 'http://bot.example', DOCUMENT_LINK_SECRET: SECRET }, 'PUBLIC_URL: must be an https:// URL'],
    [{ DOCUMENT_URL_READER: 'http://drive.example/reader.pdf' }, 'DOCUMENT_URL_READER: must be an https:// URL'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('exposes the official documents that have a URL, and only those', () => {
    const config = loadConfig({ DOCUMENT_URL_FACTSHEET: 'https://drive.example/factsheet.pdf', DOCUMENT_URL_FORMAT_ACTIEPLAN: 'https://drive.example/actieplan.docx', DOCUMENT_URL_READER: '' });
    expect(config.documents.officialUrls).toEqual({ factsheet: 'https://drive.example/factsheet.pdf', format_actieplan: 'https://drive.example/actieplan.docx' });
    expect(config.documents.publicUrl).toBeUndefined();
  });
});

describe('GET /documents/<token>', () => {
  let t: TestDb;
  let bot: RunningBot;
  let now: Date;
  let leerlijnId: string;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: 'http://127.0.0.1', DOCUMENT_LINK_SECRET: SECRET, SCHEDULER_ENABLED: 'false' });

  beforeEach(async () => {
    t = await pgliteTestDb();
    const deps = makeDeps(t.db);
    leerlijnId = (await agreedLeerlijnOfTwo(deps)).leerlijnId;
    now = NOW;
    bot = await startBot(config, createLogger('silent'), { db: t.db, now: () => now });
  });
  afterEach(async () => {
    await bot.close();
    await t.drop();
  });

  const get = (link: string): Promise<Response> => fetch(link.replace('http://127.0.0.1', `http://127.0.0.1:${bot.port}`));

  it('serves the filled instrument as a PDF, made from the database, in the language of the link', async () => {
    const res = await get(documentLink(config.documents, leerlijnId, 'instrument-week1', 'en', now)!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="leerlijn-het-baken-college-2026-01-15-assessment-week-1.pdf"');
    const { text } = await pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain(ONDERDELEN[0]!.label.en);
    expect(text).toContain('Total score: 20 out of 30');
  });

  /**
   * The teacher who opened it reads a page, not JSON: in Dutch and English (an unknown link has no language), that the
   * link expired or is unknown and how to get the document again, on both platforms; nothing of the link said back; never cached.
   */
  const expectGonePage = async (res: Response): Promise<void> => {
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('lang="en"');
    // The commands as each platform names them now (the page writes them itself: documents/ imports no adapter).
    for (const words of ['verlopen of onbekend', 'expired or is unknown', `${BOT_MENTION} export`, `${COMMAND} export`]) expect(page).toContain(words);
    expect(page).not.toContain('not_found');
    expect(page).not.toContain('abc');
  };

  it('answers 404 with a page for people once the link has expired, or when it was tampered with', async () => {
    const link = documentLink(config.documents, leerlijnId, 'instrument-week1', 'nl', now)!;
    const tampered = `${link.slice(0, -3)}abc`;
    await expectGonePage(await get(tampered));
    now = new Date(NOW.getTime() + (config.documents.linkTtlHours + 1) * HOUR);
    const expired = await get(link);
    expect(expired.status).toBe(404);
    await expectGonePage(expired);
  });

  it('answers 404 for a document that does not exist yet, with the same page', async () => {
    expect((await get(documentLink(config.documents, leerlijnId, 'vergelijking', 'nl', now)!)).status).toBe(404);
    await expectGonePage(await get(documentLink(config.documents, LEERLIJN, 'actieplan', 'nl', now)!));
  });
});
