// Requests for one link share its PDF while it is made (route-flood.test.ts), but someone holding
// many links (a coordinator's channel has several, and they travel) could open them all at once
// and have that many PDFs drawn side by side, leaving votes and forms without an answer in time.
// At most two PDFs are drawn at once; the others wait their turn, and past a short queue the
// reader is asked, in the link's language, to try again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../src/app/context.js';
import type { ExportFile } from '../../src/app/export-files.js';
import { signDocumentToken, type DocumentClaim } from '../../src/documents/links.js';
import { documentRoutes, RENDER_TIME_LIMIT_MS } from '../../src/documents/route.js';
import { t } from '../../src/i18n/index.js';
import { createLogger } from '../../src/logger.js';
import { capturedLog } from '../support/log-lines.js';

const SECRET = 'k3Jx9-vQ2mZ8pL4tW7yB1nC6dF0gH5sA_rE';
const NOW = new Date('2026-01-15T09:00:00Z');
const deps = { now: () => NOW } as unknown as Deps;
const config = { publicUrl: 'https://bot.example', linkSecret: SECRET, linkTtlHours: 24, officialUrls: {} };

/** A renderer the test finishes by hand, counting how many PDFs are being drawn at once. */
function handRenderer() {
  const finishers: Array<() => void> = [];
  const state = { drawing: 0, most: 0, started: 0 };
  const render = (_deps: Deps, claim: DocumentClaim): Promise<ExportFile> => {
    state.started++;
    state.drawing++;
    state.most = Math.max(state.most, state.drawing);
    return new Promise((resolve) => finishers.push(() => {
      state.drawing--;
      resolve({ name: `${claim.leerlijnId}.pdf`, contentType: 'application/pdf', bytes: Buffer.from('%PDF-') } as ExportFile);
    }));
  };
  return { render, state, finishNext: () => finishers.shift()?.() };
}

function linkPath(n: number, lang: 'nl' | 'en' = 'nl'): string {
  const leerlijnId = `0b9c7a52-4d3e-4f10-9a8b-${String(n).padStart(12, '0')}`;
  return `/documents/${signDocumentToken(SECRET, { leerlijnId, kind: 'actieplan', lang, expires: NOW.getTime() / 1000 + 3600 })}`;
}

function answer() {
  const got = { status: 0, headers: {} as Record<string, unknown>, body: '' };
  const res = {
    writeHead(s: number, h?: Record<string, unknown>) { got.status = s; got.headers = h ?? {}; },
    end(b?: Buffer | string) { if (b) got.body = String(b); },
    setHeader: () => undefined,
  };
  return { got, res: res as unknown as ServerResponse };
}

/** Lets the promises that are ready run (no time passes). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('many document links opened at once', () => {
  it('draws two PDFs at a time; the others wait their turn and all get their PDF', async () => {
    const hand = handRenderer();
    const [route] = documentRoutes(deps, config, createLogger('silent'), { render: hand.render });
    const answers = Array.from({ length: 6 }, () => answer());
    const handled = answers.map((a, i) => route!.handler({ url: linkPath(i) } as IncomingMessage, a.res));
    await settle();
    expect(hand.state.started).toBe(2);
    for (let i = 0; i < 6; i++) {
      hand.finishNext();
      await settle();
    }
    await Promise.all(handled);
    expect(hand.state.most).toBe(2);
    expect(answers.map((a) => a.got.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('past the queue: 503 with Retry-After, in the link’s language, and nothing drawn for it', async () => {
    const hand = handRenderer();
    const [route] = documentRoutes(deps, config, createLogger('silent'), { render: hand.render });
    const waiting = Array.from({ length: 50 }, (_, i) => route!.handler({ url: linkPath(i) } as IncomingMessage, answer().res));
    await settle();
    const refused = { en: answer(), nl: answer() };
    await route!.handler({ url: linkPath(100, 'en') } as IncomingMessage, refused.en.res);
    await route!.handler({ url: linkPath(101, 'nl') } as IncomingMessage, refused.nl.res);
    expect(refused.en.got.status).toBe(503);
    expect(refused.en.got.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.en.got.body).toBe(t('en', 'documents.link.busy'));
    expect(refused.nl.got.body).toBe(t('nl', 'documents.link.busy'));
    expect(refused.nl.got.body).not.toBe(refused.en.got.body);
    expect(hand.state.started).toBe(2);
    while (hand.state.drawing > 0) {
      hand.finishNext();
      await settle();
    }
    await Promise.all(waiting);
  });

  it('refusals are logged as a warning at most once a minute, without the link', async () => {
    const hand = handRenderer();
    let clock = NOW;
    const out = capturedLog();
    const [route] = documentRoutes({ now: () => clock } as unknown as Deps, config, out.log, { render: hand.render });
    const open = (n: number) => route!.handler({ url: linkPath(n) } as IncomingMessage, answer().res);
    const accepted = Array.from({ length: 12 }, (_, i) => open(i));
    await settle();
    const flood = async (from: number) => {
      for (let i = 0; i < 30; i++) await open(from + i);
    };
    await flood(100);
    expect(out.warnings()).toEqual(['document link refused: too many PDFs being made']);
    clock = new Date(NOW.getTime() + 59_000);
    await flood(200);
    expect(out.warnings()).toHaveLength(1);
    clock = new Date(NOW.getTime() + 60_000);
    await flood(300);
    expect(out.warnings()).toHaveLength(2);
    // The second line counts every link refused since the first: 29 more then, 30 quiet, this one.
    expect(out.lines.filter((l) => l.level === 40)[1]).toMatchObject({ refused: 60 });
    const logged = JSON.stringify(out.lines);
    expect(logged).not.toContain('/documents/');
    for (const from of [100, 200, 300]) {
      for (let i = 0; i < 30; i++) expect(logged).not.toContain(linkPath(from + i).slice('/documents/'.length));
    }
    while (hand.state.drawing > 0) {
      hand.finishNext();
      await settle();
    }
    await Promise.all(accepted);
  });
});

describe('a PDF whose drawing never finishes', () => {
  afterEach(() => vi.useRealTimers());

  /** The first `hanging` PDFs asked for never finish (a query that never answers, say); later ones do. */
  function hangingFirst(hanging: number) {
    let started = 0;
    return (_deps: Deps, claim: DocumentClaim): Promise<ExportFile> =>
      ++started <= hanging
        ? new Promise<ExportFile>(() => undefined)
        : Promise.resolve({ name: `${claim.leerlijnId}.pdf`, contentType: 'application/pdf', bytes: Buffer.from('%PDF-') } as ExportFile);
  }

  it('gives its turn back after the time limit: its readers are asked to try again, the next links get their PDF', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const out = capturedLog();
    const [route] = documentRoutes(deps, config, out.log, { render: hangingFirst(2) });
    const open = (url: string) => {
      const a = answer();
      return { got: a.got, handled: route!.handler({ url } as IncomingMessage, a.res) };
    };
    const hungEn = linkPath(0, 'en');
    const hung = [open(hungEn), open(hungEn), open(linkPath(1))];
    const next = open(linkPath(2));
    await settle();
    await vi.advanceTimersByTimeAsync(RENDER_TIME_LIMIT_MS - 1);
    expect(hung.map((h) => h.got.status)).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(hung.map((h) => h.got.status)).toEqual([503, 503, 503]);
    expect(hung[0]!.got.body).toBe(t('en', 'documents.link.busy'));
    expect(hung[2]!.got.body).toBe(t('nl', 'documents.link.busy'));
    expect(next.got.status).toBe(200);
    // Turns given back: not every link answers 503 until a restart.
    const later = open(linkPath(3));
    await settle();
    expect(later.got.status).toBe(200);
    expect(out.warnings()).toEqual(['document not made within its time limit', 'document not made within its time limit']);
    const logged = JSON.stringify(out.lines);
    expect(logged).not.toContain(hungEn.slice('/documents/'.length));
    expect(logged).not.toContain('/documents/');
  });
});
