// A Teams app secret Entra ID refused at start kept /readyz at 503 until a restart, also when the
// refusal passed by itself (AADSTS700016 or 7000215 just after an app registration or secret is
// made: not yet replicated). Now the bot asks again, after 1, 2, 4… minutes (at most 30), until
// Entra ID accepts: /readyz turns 200 without a restart. The log says the refusal once, and the
// acceptance once. Time is the test's: the re-checks run when the test runs them.
import https from 'node:https';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsAdapterWith } from '../../../src/adapters/teams/lazy.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startBot, type RunningBot } from '../../../src/server.js';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { TENANT } from './harness.js';

const ACCEPTED = 'the-secret-value';
const NOT_YET = 'a-secret-not-yet-replicated';
const REFUSED = 'teams app token refused by Entra ID (AADSTS7000215: Invalid client secret provided); check MICROSOFT_APP_PASSWORD: its Value, not its Secret ID (docs/teams.md, step 3)';
const GOT = 'teams app token got from Entra ID';
const MINUTE = 60_000;
let idp: FakeEntraId;
let db: TestDb;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: ACCEPTED });
  https.globalAgent.options.ca = [idp.ca];
  db = await pgliteTestDb();
});
afterAll(async () => {
  await idp.close();
  await db.drop();
});

interface Scheduled {
  ms: number;
  run: () => void;
  cancelled: boolean;
}

/** The log's lines, and a promise for the next line with a message. */
function watchedLog() {
  const lines: Array<{ level: number; msg: string }> = [];
  const waiters: Array<{ msg: string; found: () => void }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const parsed = JSON.parse(line) as { level: number; msg: string };
        lines.push(parsed);
        for (const w of waiters.filter((x) => x.msg === parsed.msg)) w.found();
      }
      done();
    },
  });
  const next = (msg: string): Promise<void> => new Promise((found) => waiters.push({ msg, found }));
  return { stream, lines, next, said: (msg: string) => lines.filter((l) => l.msg === msg).length };
}

/** The bot as npm start runs it, with the re-checks, and giving up on a check not answered, in the test's hand. */
async function startWith(appId: string, password: string) {
  const log = watchedLog();
  const scheduled: Scheduled[] = [];
  const limits: Scheduled[] = [];
  const limit = (run: () => void, ms: number): (() => void) => {
    const entry: Scheduled = { ms, run, cancelled: false };
    limits.push(entry);
    return () => void (entry.cancelled = true);
  };
  let scheduledNow: () => void = () => undefined;
  const schedule = (run: () => void, ms: number): (() => void) => {
    const entry: Scheduled = { ms, run, cancelled: false };
    scheduled.push(entry);
    scheduledNow();
    return () => void (entry.cancelled = true);
  };
  const nextScheduled = (): Promise<void> => new Promise((resolve) => (scheduledNow = resolve));
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
    MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl, MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: password,
  });
  const refused = log.next(REFUSED);
  const firstRecheck = nextScheduled();
  const bot: RunningBot = await startBot(config, createLogger('info', log.stream, 'json'), { db: db.db, adapters: [teamsAdapterWith({ schedule, limit })] });
  await refused;
  const readyz = async (): Promise<number> => (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).status;
  return { bot, log, scheduled, limits, readyz, nextScheduled, firstRecheck };
}

describe('a Teams app secret refused at start', () => {
  it('is asked about again until Entra ID accepts it: /readyz turns 200 without a restart, and the log says so once', async () => {
    const started = await startWith('88888888-2222-3333-4444-000000000011', NOT_YET);
    try {
      expect(await started.readyz()).toBe(503);
      await started.firstRecheck;
      idp.acceptClientSecret(NOT_YET);
      const got = started.log.next(GOT);
      started.scheduled.at(-1)!.run();
      await got;
      expect(await started.readyz()).toBe(200);
      expect(started.log.said(REFUSED)).toBe(1);
      expect(started.log.said(GOT)).toBe(1);
      expect(started.scheduled.map((s) => s.ms)).toEqual([MINUTE]);
    } finally {
      idp.acceptClientSecret(ACCEPTED);
      await started.bot.close();
    }
  });

  it('asks after 1, 2, 4… minutes, at most every 30, logs the same refusal once, and stops asking when the bot stops', async () => {
    const started = await startWith('88888888-2222-3333-4444-000000000012', NOT_YET);
    try {
      await started.firstRecheck;
      for (let i = 0; i < 6; i++) {
        const again = started.nextScheduled();
        started.scheduled.at(-1)!.run();
        await again;
      }
      expect(started.scheduled.map((s) => s.ms / MINUTE)).toEqual([1, 2, 4, 8, 16, 30, 30]);
      expect(await started.readyz()).toBe(503);
      expect(started.log.said(REFUSED)).toBe(1);
    } finally {
      await started.bot.close();
    }
    expect(started.scheduled.at(-1)!.cancelled).toBe(true);
  });

  it('asks again after a re-check Entra ID never answered (MSAL waits for ever), and turns ready once it answers', { timeout: 15_000 }, async () => {
    const started = await startWith('88888888-2222-3333-4444-000000000013', NOT_YET);
    try {
      await started.firstRecheck;
      idp.withholdTokens();
      const again = started.nextScheduled();
      started.scheduled.at(-1)!.run();
      // Its time limit passes (none before: the asking ended here, /readyz 503 until a restart).
      started.limits.at(-1)?.run();
      await again;
      expect(await started.readyz()).toBe(503);
      idp.answerTokens();
      idp.acceptClientSecret(NOT_YET);
      const got = started.log.next(GOT);
      started.scheduled.at(-1)!.run();
      await got;
      expect(await started.readyz()).toBe(200);
    } finally {
      idp.answerTokens();
      idp.acceptClientSecret(ACCEPTED);
      await started.bot.close();
    }
  });
});
