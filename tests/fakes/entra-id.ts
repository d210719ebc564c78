// A stand-in for Microsoft's identity side of Teams, on https://127.0.0.1 with a self-signed
// certificate (MSAL refuses plain http authorities):
// - Entra ID for the bot's own tokens: the tenant's OpenID configuration and the
//   client-credentials token endpoint MSAL calls (login.microsoftonline.com/<tenant>/...);
// - the Bot Framework's OpenID metadata and signing keys, with the channel endorsements a
//   key carries (login.botframework.com/v1/.well-known/...), and channel tokens signed with
//   that key, as Teams puts them on every request to the bot.
// - App Service's managed-identity endpoint (plain http on 127.0.0.1, as App Service serves it
//   through IDENTITY_ENDPOINT) for a bot that runs as a user-assigned managed identity.
// Only the shapes botframework-connector 4.23, msal-node and @azure/identity read are served.
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

export const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

export interface TokenRequest {
  tenant: string;
  clientId: string;
  scope: string;
  grantType: string;
  /** The issued access token, or null when the client secret was wrong. */
  issued: string | null;
}

export interface ChannelTokenClaims {
  audience: string;
  serviceUrl: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  issuer?: string;
  /** 'unpublished': a key of the right id that the metadata does not hold (a forgery). */
  signedWith?: 'published' | 'unpublished';
}

export interface FakeEntraId {
  /** The base to put in MICROSOFT_LOGIN_URL. */
  loginUrl: string;
  /** For MICROSOFT_OPENID_METADATA_URL. */
  openIdMetadataUrl: string;
  /** The certificate to trust (PEM). */
  ca: string;
  tokenRequests: TokenRequest[];
  /** From now on, token requests are read and never answered, as a stalled Entra ID would (until close). */
  withholdTokens(): void;
  /** Answers token requests made from now on again; those held stay unanswered. */
  answerTokens(): void;
  /** From now on, this secret is the one accepted (a new app registration or secret that has replicated). */
  acceptClientSecret(secret: string): void;
  /** From now on, the Bot Framework's OpenID metadata and signing keys are asked for and never answered. */
  withholdSigningKeys(): void;
  /** Answers them again; the requests held until now have their connections dropped, as a stalled server's end. */
  answerSigningKeys(): void;
  /** From now on, they are held `ms` (real time) and then answered, those held included, as a slow server's would be. */
  signingKeysAfter(ms: number): void;
  /** Every request for the OpenID metadata or the signing keys, answered or not. */
  signingKeyRequests: number;
  /** Held requests for them whose connection the bot still keeps open. */
  openSigningKeyRequests(): number;
  /** The most such requests open at one time. */
  mostSigningKeyRequestsAtOnce: number;
  channelToken(claims: ChannelTokenClaims): string;
  close(): Promise<void>;
}

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const unsigned = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(payload))}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url')}`;
}

/** `tokenLifetimeSeconds`: what a token's expires_in says (a lifetime under 5 minutes makes the bot ask again for every call). */
export async function startFakeEntraId(opts: { clientSecret: string; endorsements?: string[]; tokenLifetimeSeconds?: number }): Promise<FakeEntraId> {
  const tls = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forged = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const tokenRequests: TokenRequest[] = [];
  let withholding = false;
  let acceptedSecret = opts.clientSecret;
  let keysHeld: Array<{ res: import('node:http').ServerResponse; path: string }> | null = null;
  let base = '';
  const keyCount = { requests: 0, mostAtOnce: 0 };
  const openHeld = (): number => (keysHeld ?? []).filter(({ res }) => res.socket !== null && !res.socket.destroyed).length;
  const hold = (res: import('node:http').ServerResponse, path: string): void => {
    keysHeld?.push({ res, path });
    keyCount.mostAtOnce = Math.max(keyCount.mostAtOnce, openHeld());
  };

  const answer = (res: import('node:http').ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const serveSigningKeys = (res: import('node:http').ServerResponse, path: string): void => {
    if (path === '/botframework/v1/.well-known/openidconfiguration') {
      return answer(res, 200, { issuer: CHANNEL_TOKEN_ISSUER, jwks_uri: `${base}/botframework/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (path === '/botframework/v1/keys') {
      const jwk = published.publicKey.export({ format: 'jwk' });
      return answer(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: opts.endorsements ?? ['msteams'] }] });
    }
    answer(res, 404, { error: 'not_found' });
  };
  const server = https.createServer({ key: tls.private, cert: tls.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', base).pathname;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const tenantConfig = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
      const tokenCall = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
      if (path.startsWith('/botframework/')) keyCount.requests += 1;
      if (keysHeld && path.startsWith('/botframework/')) return hold(res, path);
      if (path.startsWith('/botframework/')) return serveSigningKeys(res, path);
      if (tenantConfig) {
        const t = `${base}/${tenantConfig[1]}`;
        return answer(res, 200, {
          issuer: `${t}/v2.0`, authorization_endpoint: `${t}/oauth2/v2.0/authorize`, token_endpoint: `${t}/oauth2/v2.0/token`,
          end_session_endpoint: `${t}/oauth2/v2.0/logout`, jwks_uri: `${t}/discovery/v2.0/keys`,
        });
      }
      if (tokenCall && req.method === 'POST') {
        if (withholding) return;
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const ok = form.get('client_secret') === acceptedSecret;
        const issued = ok ? `fake-entra-token-${tokenRequests.length + 1}` : null;
        tokenRequests.push({ tenant: tokenCall[1]!, clientId: form.get('client_id') ?? '', scope: form.get('scope') ?? '', grantType: form.get('grant_type') ?? '', issued });
        if (!issued) return answer(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
        const lifetime = opts.tokenLifetimeSeconds ?? 3599;
        return answer(res, 200, { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: issued });
      }
      answer(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    loginUrl: base,
    openIdMetadataUrl: `${base}/botframework/v1/.well-known/openidconfiguration`,
    ca: tls.cert,
    tokenRequests,
    withholdTokens: () => void (withholding = true),
    answerTokens: () => void (withholding = false),
    acceptClientSecret: (secret) => void (acceptedSecret = secret),
    withholdSigningKeys: () => void (keysHeld = []),
    answerSigningKeys: () => {
      for (const { res } of keysHeld ?? []) res.socket?.destroy();
      keysHeld = null;
    },
    signingKeysAfter(ms) {
      const held: typeof keysHeld = (keysHeld = []);
      setTimeout(() => {
        if (keysHeld === held) keysHeld = null;
        for (const { res, path } of held) serveSigningKeys(res, path);
      }, ms).unref();
    },
    get signingKeyRequests() {
      return keyCount.requests;
    },
    openSigningKeyRequests: openHeld,
    get mostSigningKeyRequestsAtOnce() {
      return keyCount.mostAtOnce;
    },
    channelToken(claims) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { iss: claims.issuer ?? CHANNEL_TOKEN_ISSUER, aud: claims.audience, serviceurl: claims.serviceUrl, nbf: now - 60, exp: now + (claims.expiresIn ?? 3600) };
      return signJwt(payload, (claims.signedWith === 'unpublished' ? forged : published).privateKey, kid);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export interface ManagedIdentityRequest {
  resource: string;
  clientId: string;
  /** Whether the X-IDENTITY-HEADER secret App Service hands the process was sent. */
  headerOk: boolean;
  issued: string | null;
}

export interface FakeManagedIdentity {
  /** For IDENTITY_ENDPOINT. */
  endpoint: string;
  /** For IDENTITY_HEADER. */
  header: string;
  requests: ManagedIdentityRequest[];
  close(): Promise<void>;
}

/** App Service's local token endpoint (api-version 2019-08-01). */
export async function startFakeManagedIdentity(): Promise<FakeManagedIdentity> {
  const header = randomUUID();
  const requests: ManagedIdentityRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headerOk = req.headers['x-identity-header'] === header;
    const issued = headerOk ? `fake-msi-token-${requests.length + 1}` : null;
    const resource = url.searchParams.get('resource') ?? '';
    requests.push({ resource, clientId: url.searchParams.get('client_id') ?? '', headerOk, issued });
    res.writeHead(issued ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(issued
      ? { access_token: issued, expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource, token_type: 'Bearer', client_id: url.searchParams.get('client_id') }
      : { statusCode: 401, message: 'Unauthorized' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`,
    header,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
