// `npm run tick` with Teams configured asked Entra ID for the bot's app token on every run: the
// secret's start check ran in the adapter factory, which the tick builds for its messengers. A
// cron tick every minute made 1,440 token requests a day that nobody reads. The check is the
// long-running server's; a tick asks for a token only when it sends something to Teams.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEntraId, type FakeEntraId } from '../fakes/entra-id.js';
import { migratedDataDir } from '../support/db.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_ID = '88888888-2222-3333-4444-000000000021';
const SECRET = 'the-secret-value';
let idp: FakeEntraId;
let dir: string;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET });
  dir = await mkdtemp(join(tmpdir(), 'tick-no-token-'));
  await migratedDataDir(join(dir, 'data'));
  // The child trusts the fake's certificate: a token request would reach it and be counted.
  await writeFile(join(dir, 'entra-ca.pem'), idp.ca);
});
afterAll(async () => {
  await idp.close();
  await rm(dir, { recursive: true, force: true });
});

/** `npm run tick` as cron runs it, with Teams (and its secret) configured against the fake Entra ID. */
async function tickWithTeams(): Promise<{ code: number | null; out: string }> {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'src/cli/tick.ts')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH, DATA_DIR: join(dir, 'data'), NODE_EXTRA_CA_CERTS: join(dir, 'entra-ca.pem'),
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: 'tenant-1', MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}

describe('npm run tick with Teams configured', () => {
  it('runs its pass with the Teams messenger and asks Entra ID for no token when it has nothing to send', { timeout: 90_000 }, async () => {
    const { code, out } = await tickWithTeams();
    expect(out).toContain('with messengers: teams');
    expect(code).toBe(0);
    expect(idp.tokenRequests.filter((r) => r.clientId === APP_ID)).toEqual([]);
  });
});
