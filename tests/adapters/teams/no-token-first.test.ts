// POST /api/messages is public. A request without a token was read whole (up to 1 MB), parsed as
// JSON and checked as an activity before the token check refused it: anyone on the internet could
// make the bot read and parse megabytes for free. The Bot Framework always sends a token, so with
// an app id set, a request without 'Authorization: Bearer …' is refused before its body is read.
// Auth off (no app id: the local Emulator) sends none and is still served.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { TeamsConnection } from '../../../src/adapters/teams/adapter.js';
import { messagesHandler } from '../../../src/adapters/teams/http-shim.js';
import { capturedLog } from '../../support/log-lines.js';

/** A request whose body the test counts being read. */
function request(headers: Record<string, string>, body: unknown) {
  const state = { bodyRead: false };
  const bytes = Buffer.from(JSON.stringify(body));
  const req = new Readable({
    read() {
      state.bodyRead = true;
      this.push(bytes);
      this.push(null);
    },
  });
  Object.assign(req, { headers, method: 'POST', url: '/api/messages', socket: { remoteAddress: '203.0.113.7' } });
  return { req: req as unknown as IncomingMessage, state };
}

function answer() {
  const got = { status: 0, body: '', headers: {} as Record<string, unknown> };
  const res = {
    setHeader: (name: string, value: unknown) => void (got.headers[name.toLowerCase()] = value),
    writeHead: (s: number) => void (got.status = s),
    end: (b?: string) => void (got.body = b ?? ''),
  };
  return { got, res: res as unknown as ServerResponse };
}

function connection(authEnabled: boolean) {
  const checked: string[] = [];
  const conn = {
    authEnabled,
    auth: { authenticateRequest: async (_a: unknown, header: string) => { checked.push(header); throw Object.assign(new Error('no token'), { name: 'JsonWebTokenError' }); } },
    adapter: {},
    loggedErrors: new WeakSet(),
  } as unknown as TeamsConnection;
  return { conn, checked };
}

const activity = { type: 'message', text: 'help', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/' };
const logic = async (_c: TurnContext) => undefined;

describe('a Teams request without a token', () => {
  it.each<Record<string, string>>([{}, { authorization: 'Basic dXNlcjpwYXNz' }, { authorization: 'Bearer ' }])('is refused with 401 before its body is read (%j)', async (headers) => {
    const { conn, checked } = connection(true);
    const out = capturedLog();
    const { req, state } = request(headers, activity);
    const { got, res } = answer();
    await messagesHandler(conn, logic, out.log)(req, res);
    expect(got.status).toBe(401);
    expect(JSON.parse(got.body)).toEqual({ error: 'unauthenticated' });
    expect(state.bodyRead).toBe(false);
    expect(checked).toEqual([]);
    expect(out.lines.filter((l) => l.msg === 'teams request refused')).toEqual([expect.objectContaining({ reason: 'no_token' })]);
  });

  it('with a Bearer token: read and checked as before (a bad token is 401 from the check)', async () => {
    const { conn, checked } = connection(true);
    const { req, state } = request({ authorization: 'Bearer abc.def.ghi' }, activity);
    const { got, res } = answer();
    await messagesHandler(conn, logic, capturedLog().log)(req, res);
    expect([got.status, state.bodyRead, checked]).toEqual([401, true, ['Bearer abc.def.ghi']]);
  });
});
