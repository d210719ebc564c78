// A bot-like process for last-resort.test.ts: it loses a promise, keeps serving, then throws
// where nothing catches. Run with tsx; prints pino's JSON lines and "still serving".
import { createServer } from 'node:http';
import { installLastResort } from '../../src/last-resort.js';
import { createLogger } from '../../src/logger.js';

installLastResort(createLogger('info'));
const server = createServer((_req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const lost = Object.assign(new Error('Het Baken: geheime notitie'), { code: 'E_LOST' });
  void Promise.reject(lost);
  setTimeout(() => {
    void fetch(`http://127.0.0.1:${port}/`).then(async (res) => {
      console.log(`still serving: ${await res.text()}`);
      setTimeout(() => {
        throw Object.assign(new TypeError('Cannot read properties of null (notitie van Anna)'), { code: 'E_BROKEN' });
      }, 0);
    });
  }, 50);
});
