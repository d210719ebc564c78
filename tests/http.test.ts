// The shared HTTP server before any route: a request target Node accepts but that is no URL is
// answered 400, and the server answers the next request (one such line used to stop the bot).
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../src/http.js';
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
