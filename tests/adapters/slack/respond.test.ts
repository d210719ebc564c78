import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToResponseUrl, RespondError } from '../../../src/adapters/slack/respond.js';

describe('answering through a response_url', () => {
  const received: unknown[] = [];
  let status = 200;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      // Taken, and never answered: Slack stalling.
      if (req.url?.startsWith('/silent/')) return;
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ contentType: req.headers['content-type'], body: JSON.parse(body) as unknown });
        res.writeHead(status).end(status === 200 ? 'ok' : 'expired_url');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  it('posts the message as JSON, as Slack expects', async () => {
    await postToResponseUrl(`${base}/r/1`, { response_type: 'ephemeral', text: 'Je stem: 2' });
    expect(received.at(-1)).toEqual({ contentType: 'application/json', body: { response_type: 'ephemeral', text: 'Je stem: 2' } });
  });

  it('reports a refused or expired response_url instead of swallowing it', async () => {
    status = 404;
    await expect(postToResponseUrl(`${base}/r/2`, { text: 'x' })).rejects.toEqual(new RespondError(404));
    status = 200;
  });

  it('gives up on a response_url that takes the answer and never replies, after the limit (the listener is not held for 5 minutes)', async () => {
    const t0 = performance.now();
    await expect(postToResponseUrl(`${base}/silent/1`, { text: 'x' }, 200)).rejects.toThrow();
    expect(performance.now() - t0).toBeLessThan(3_000);
  }, 10_000);
});
