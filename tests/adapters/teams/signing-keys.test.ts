// Our own source of the Bot Framework's signing keys (signing-keys.ts), put in botframework-connector's
// JwtTokenExtractor in place of its OpenIdMetadata: a token is still checked exactly as strictly
// (a key's channel endorsements included), and whatever the key server answers (an error held
// open, a body dripped past the limit, too much, not JSON, a redirect) ends in a failed check
// within the limit, never a hang or a crash.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor.js';
import { AuthenticationConstants, ChannelValidation } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigningKeys, useSigningKeys } from '../../../src/adapters/teams/signing-keys.js';

const LIMIT_MS = 300;
const ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer;
const AUDIENCE = 'bot-app-id';
const KID = 'key-1';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const handlers = new Map<string, Handler>();
let server: http.Server;
let base = '';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const handle = handlers.get(req.url ?? '');
    if (handle) handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (body: unknown): Handler => (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** A key server at `/<name>/metadata` whose keys are answered by `keys`. */
function keyServer(name: string, keys: Handler): string {
  handlers.set(`/${name}/metadata`, json({ jwks_uri: `${base}/${name}/keys` }));
  handlers.set(`/${name}/keys`, keys);
  return `${base}/${name}/metadata`;
}

const publishedKey = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...publicKey.export({ format: 'jwk' }), kid: KID, kty: 'RSA', use: 'sig', ...extra });

function token(key: KeyObject = privateKey, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: KID })}.${part({ iss: ISSUER, aud: AUDIENCE, nbf: now - 60, exp: now + 3600, ...claims })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

/** The check botframework-connector makes of a Teams request's token, against the key source at `url`. */
function checkTeamsToken(url: string, jwt: string): Promise<unknown> {
  useSigningKeys([url], LIMIT_MS);
  const params = { ...ChannelValidation.ToBotFromChannelTokenValidationParameters, audience: [AUDIENCE] };
  return new JwtTokenExtractor(params, url, AuthenticationConstants.AllowedSigningAlgorithms).getIdentityFromAuthHeader(`Bearer ${jwt}`, 'msteams');
}

describe('a token checked against our signing-key source', () => {
  it('passes when signed by the published key endorsed for the channel', async () => {
    const url = keyServer('good', json({ keys: [publishedKey({ endorsements: ['msteams'] })] }));
    await expect(checkTeamsToken(url, token())).resolves.toMatchObject({ isAuthenticated: true });
  });

  it('fails when signed by another key of the same id, or when it has expired', async () => {
    const url = keyServer('forged', json({ keys: [publishedKey({ endorsements: ['msteams'] })] }));
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await expect(checkTeamsToken(url, token(other))).rejects.toThrow(/invalid signature/);
    await expect(checkTeamsToken(url, token(privateKey, { exp: Math.floor(Date.now() / 1000) - 600 }))).rejects.toThrow(/expired/);
  });

  it('fails when the key is endorsed for other channels only, however the endorsements are written', async () => {
    const named = keyServer('endorsed-elsewhere', json({ keys: [publishedKey({ endorsements: ['webchat'] })] }));
    await expect(checkTeamsToken(named, token())).rejects.toThrow(/endorsement/);
    // botframework-connector's own source hands these to the endorsement check as they are, which refuses them.
    const odd = keyServer('endorsed-oddly', json({ keys: [publishedKey({ endorsements: [42] })] }));
    await expect(checkTeamsToken(odd, token())).rejects.toThrow(/endorsement/);
  });
});

describe('a key server that misbehaves', () => {
  const withinLimit = async (url: string, expected: RegExp): Promise<void> => {
    const started = Date.now();
    await expect(new SigningKeys(url, LIMIT_MS).getKey(KID)).rejects.toThrow(expected);
    expect(Date.now() - started).toBeLessThan(LIMIT_MS * 5);
  };

  it('sends an error status and holds its body open: the fetch fails at the limit', async () => {
    await withinLimit(keyServer('error-held', (_req, res) => void res.writeHead(500).write('{')), /500|within/);
  });

  it('drips a good answer slower than the limit: the fetch is given up at the limit', async () => {
    const drip: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"keys":[');
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), LIMIT_MS / 10);
    };
    await withinLimit(keyServer('drip', drip), /within/);
  });

  it('sends far too much, not JSON, or a redirect: the fetch fails, nothing is cached', async () => {
    await withinLimit(keyServer('huge', (_req, res) => void res.writeHead(200).end(Buffer.alloc(2_000_000, 32))), /too large|cut off/);
    await withinLimit(keyServer('html', (_req, res) => void res.writeHead(200).end('<html>')), /JSON/);
    await withinLimit(keyServer('moved', (_req, res) => void res.writeHead(301, { location: `${base}/good/keys` }).end()), /301/);
  });
});
