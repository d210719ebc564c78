// The shared HTTP server before any route: a request target Node accepts but that is no URL is
// answered 400, and the server answers the next request (one such line used to stop the bot).
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bodyOr413, createHttpServer, sendJson } from '../src/http.js';
import { createLogger } from '../src/logger.js';

/** Sends `request` as written and returns the status line of the answer. */
function statusLineOf(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += String(chunk)));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('request targets that are no URL', () => {
  it('get 400, and the server stays up', async () => {
    const http = createHttpServer([{ method: 'GET', path: '/healthz', handler: (_req, res) => void res.end('ok') }], createLogger('silent'));
    const port = await http.listen(0, '127.0.0.1');
    try {
      expect(await statusLineOf(port, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
      expect(await statusLineOf(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 200 OK');
    } finally {
      await http.close(100);
    }
  });
});

/** POSTs `bytes` bytes to `path` and returns the answer's status. */
async function post(port: number, path: string, bytes: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: 'x'.repeat(bytes), headers: { 'content-type': 'application/json' } });
  await res.arrayBuffer();
  return res.status;
}

describe('bodies held at once', () => {
  // Anyone on the internet can send to /slack/events and /api/messages, and each body is read whole
  // (up to 1 MB) before its signature or token is checked: a few thousand slow senders held
  // gigabytes and the process ran out of memory, for every school at once.
  it('past the server’s budget, a request is answered 503 (try again) instead of being held; the budget frees as answers go out', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let read!: () => void;
    const firstRead = new Promise<void>((resolve) => (read = resolve));
    const http = createHttpServer(
      [
        {
          method: 'POST', path: '/held', handler: async (req, res) => {
            const body = await bodyOr413(req, res);
            read();
            await gate;
            if (body) sendJson(res, 200, { bytes: body.length });
          },
        },
        { method: 'POST', path: '/in', handler: async (req, res) => { const body = await bodyOr413(req, res); if (body) sendJson(res, 200, { bytes: body.length }); } },
        { method: 'GET', path: '/healthz', probe: true, handler: (_req, res) => void res.end('ok') },
      ],
      createLogger('silent'),
      { bodyBudgetBytes: 1500 },
    );
    const port = await http.listen(0, '127.0.0.1');
    try {
      const held = post(port, '/held', 1000);
      await firstRead;
      expect(await post(port, '/in', 1000)).toBe(503);
      expect(await post(port, '/in', 400)).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      release();
      expect(await held).toBe(200);
      expect(await post(port, '/in', 1000)).toBe(200);
    } finally {
      release();
      await http.close(100);
    }
  });
});
