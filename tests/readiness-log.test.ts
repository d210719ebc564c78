// A load balancer asks /readyz (or /healthz) every few seconds. While Slack's socket was down, every probe
// logged 'adapter not ready' again: the log filled with one line repeated thousands of times and
// the moment it went wrong (or right again) was lost in it. The log tells when readiness (or health) changes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { healthRoute, readyRoute } from '../src/health.js';
import type { Db } from '../src/store/db.js';
import { capturedLog } from './support/log-lines.js';

function probeAnswer() {
  return { status: 0, writeHead(s: number) { this.status = s; }, end: () => undefined };
}

function database() {
  let answers = true;
  const db = { kind: 'postgres', query: async () => { if (!answers) throw new Error('connection refused'); } } as unknown as Db;
  return { db, setAnswers: (yes: boolean) => void (answers = yes) };
}

describe('/readyz logs when readiness changes, not on every probe', () => {
  it('Slack down for many probes: one warning; back up: one line saying so; down again: one more warning', async () => {
    const out = capturedLog();
    const { db } = database();
    let slack = { ok: false, detail: 'socket disconnected' };
    const route = readyRoute(db, out.log, { draining: () => false, adapters: [{ name: 'slack', ready: () => slack }] });
    const probe = async () => {
      const res = probeAnswer();
      await route.handler({} as IncomingMessage, res as unknown as ServerResponse);
      return res.status;
    };
    for (let i = 0; i < 20; i++) expect(await probe()).toBe(503);
    expect(out.warnings()).toEqual(['readiness: adapter not ready']);
    slack = { ok: true, detail: '' };
    for (let i = 0; i < 5; i++) expect(await probe()).toBe(200);
    expect(out.lines.map((l) => l.msg)).toEqual(['readiness: adapter not ready', 'readiness: adapter ready again']);
    expect(out.lines[1]).toMatchObject({ adapter: 'slack' });
    slack = { ok: false, detail: 'socket disconnected' };
    for (let i = 0; i < 5; i++) await probe();
    expect(out.warnings()).toEqual(['readiness: adapter not ready', 'readiness: adapter not ready']);
  });

  it('Slack stays down but for a new reason (socket dropped, then the token refused): the new reason is logged once', async () => {
    const out = capturedLog();
    const { db } = database();
    let slack = { ok: false, detail: 'socket disconnected' };
    const route = readyRoute(db, out.log, { draining: () => false, adapters: [{ name: 'slack', ready: () => slack }] });
    const probe = () => route.handler({} as IncomingMessage, probeAnswer() as unknown as ServerResponse);
    for (let i = 0; i < 5; i++) await probe();
    slack = { ok: false, detail: 'bot token refused' };
    for (let i = 0; i < 5; i++) await probe();
    expect(out.warnings()).toEqual(['readiness: adapter not ready', 'readiness: adapter not ready']);
    expect(out.lines.map((l) => l.detail)).toEqual(['socket disconnected', 'bot token refused']);
  });

  it('the database down for many probes: one warning, and one line when it answers again', async () => {
    const out = capturedLog();
    const { db, setAnswers } = database();
    const route = readyRoute(db, out.log, { draining: () => false, adapters: [] });
    const probe = () => route.handler({} as IncomingMessage, probeAnswer() as unknown as ServerResponse);
    await probe();
    setAnswers(false);
    for (let i = 0; i < 10; i++) await probe();
    setAnswers(true);
    for (let i = 0; i < 10; i++) await probe();
    expect(out.lines.map((l) => l.msg)).toEqual(['readiness: database unavailable', 'readiness: database answers again']);
  });
});

describe('/healthz logs when the database stops and starts answering, not on every probe', () => {
  it('the database down for many probes: one warning; answering again: one line; down again: one more warning', async () => {
    const out = capturedLog();
    const { db, setAnswers } = database();
    const route = healthRoute(db, out.log, 2_000);
    const probe = async () => {
      const res = probeAnswer();
      await route.handler({} as IncomingMessage, res as unknown as ServerResponse);
      return res.status;
    };
    expect(await probe()).toBe(200);
    setAnswers(false);
    for (let i = 0; i < 20; i++) expect(await probe()).toBe(503);
    expect(out.warnings()).toEqual(['health check: database unavailable']);
    expect(out.lines[0]?.err).toMatchObject({ message: 'connection refused' });
    setAnswers(true);
    for (let i = 0; i < 5; i++) expect(await probe()).toBe(200);
    expect(out.lines.map((l) => l.msg)).toEqual(['health check: database unavailable', 'health check: database answers again']);
    setAnswers(false);
    for (let i = 0; i < 5; i++) await probe();
    expect(out.warnings()).toEqual(['health check: database unavailable', 'health check: database unavailable']);
  });
});
