// The Bot Framework's signing keys (OpenID metadata, then its JWKS) that check inbound tokens.
// botframework-connector's OpenIdMetadata fetches once per request that needs it, with no time limit:
// while login.botframework.com stalled, N requests held N sockets long after Teams heard 503. Here one
// fetch per key source is in flight, shared, and given up (connection closed) after a limit.
import { createPublicKey } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
// Not in the package's index (nor its key type), and OpenIdMetadata's cache is private: the one way
// to give the extractor other keys (keys-single-flight.test.ts notices a change).
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor.js';
import type { IOpenIdMetadataKey as MetadataKey } from 'botframework-connector/lib/auth/openIdMetadata.js';
import { StatusCodes } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

interface Jwk { kid?: unknown; kty?: unknown; n?: unknown; e?: unknown; endorsements?: unknown }

const HOUR_MS = 60 * 60 * 1000;
/** As botframework-connector: keys a day old are fetched again; an unknown key at most once an hour. */
const REFRESH_MS = 24 * HOUR_MS;
const UNKNOWN_KEY_REFRESH_MS = HOUR_MS;
/** The metadata and keys are a few kB: more is not the Bot Framework's. */
const MAX_BYTES = 1_000_000;

/** GET `url` as JSON with the default agents, as botframework-connector's node-fetch did. */
async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const req = (url.startsWith('https:') ? https.get : http.get)(url, { signal });
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject));
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    res.resume();
    throw new AuthenticationError(`signing keys: ${new URL(url).pathname} answered ${status}`, StatusCodes.INTERNAL_SERVER_ERROR);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Leaving the loop destroys the response, and with it the connection.
    if (size > MAX_BYTES) throw new Error('signing keys: answer too large');
    chunks.push(chunk);
  }
  // A connection dropped mid-answer may end the stream without an error.
  if (!res.complete) throw new Error('signing keys: answer cut off');
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Key `kid` as PEM with its endorsements; null when absent or not RSA (as botframework-connector). */
function findKey(keys: readonly Jwk[], kid: string): MetadataKey | null {
  const jwk = keys.find((k) => k.kid === kid);
  if (!jwk || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') return null;
  const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  // Not filtered: an entry that is no channel name must fail the extractor's check, not empty the list and skip it.
  const endorsements = Array.isArray(jwk.endorsements) ? (jwk.endorsements as string[]) : undefined;
  return { key, endorsements };
}

/** One metadata url's keys. */
export class SigningKeys {
  private keys: readonly Jwk[] = [];
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;

  constructor(readonly url: string, readonly limitMs: number, private readonly now: () => number = Date.now) {}

  async getKey(kid: string): Promise<MetadataKey | null> {
    const ageMs = this.now() - this.fetchedAt;
    const known = ageMs < REFRESH_MS ? findKey(this.keys, kid) : null;
    // Keys younger than UNKNOWN_KEY_REFRESH_MS (< REFRESH_MS) were searched already.
    if (known || ageMs < UNKNOWN_KEY_REFRESH_MS) return known;
    await this.refresh();
    return findKey(this.keys, kid);
  }

  /** Requests arriving during a fetch wait for that one. */
  private refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Metadata and keys within one limit; past it both are aborted and the callers hear why. */
  private async fetchKeys(): Promise<void> {
    const signal = AbortSignal.timeout(this.limitMs);
    try {
      const metadata = (await getJson(this.url, signal)) as { jwks_uri?: unknown } | null;
      if (typeof metadata?.jwks_uri !== 'string') throw new AuthenticationError('signing keys: metadata names no jwks_uri', StatusCodes.INTERNAL_SERVER_ERROR);
      const jwks = (await getJson(metadata.jwks_uri, signal)) as { keys?: unknown } | null;
      if (!Array.isArray(jwks?.keys)) throw new AuthenticationError('signing keys: no keys', StatusCodes.INTERNAL_SERVER_ERROR);
      this.keys = jwks.keys as Jwk[];
      this.fetchedAt = this.now();
    } catch (error) {
      if (signal.aborted) throw new Error(`signing keys not fetched within ${this.limitMs} ms`, { cause: error });
      throw error;
    }
  }
}

/** Token checks against `urls` use SigningKeys; one with the same limit stays with its keys, as botframework-connector's do. */
export function useSigningKeys(urls: readonly string[], limitMs: number): void {
  // JwtTokenExtractor's process-wide key sources, by metadata url.
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> }).openIdMetadataCache;
  for (const url of urls) {
    const kept = cache.get(url);
    if (!(kept instanceof SigningKeys && kept.limitMs === limitMs)) cache.set(url, new SigningKeys(url, limitMs));
  }
}
