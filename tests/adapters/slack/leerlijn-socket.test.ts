// The same full leerlijn as leerlijn.test.ts, but in Socket Mode: every command, click and
// form arrives as an envelope on the fake's WebSocket and is acked there within 3 s. Midway
// Slack asks the app to reconnect, and later the connection drops without a word; the
// leerlijn carries on over the new connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_DEADLINE_MS } from '../../fakes/slack-socket.js';
import { APP_TOKEN, COORDINATOR, startHarness, TOKEN, type Harness } from './harness.js';
import { wholeLeerlijnSteps } from './leerlijn-scenario.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ transport: 'socket' });
});
afterAll(async () => {
  await h?.close();
});

describe('a full leerlijn in Slack over Socket Mode', () => {
  it('connects out with the app token and mounts no /slack/events route', async () => {
    const opens = h.fake.callsTo('apps.connections.open');
    expect(opens.map((c) => c.token)).toEqual([APP_TOKEN]);
    expect(h.adapter.routes).toEqual([]);
    const res = await fetch(`http://127.0.0.1:${h.bot.port}/slack/events`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
    expect(h.adapter.ready?.()).toEqual({ ok: true, detail: 'slack socket connected' });
  });

  it("answers a slash command's ephemeral reply in the ack itself", async () => {
    const res = await h.command(COORDINATOR, 'help');
    const ack = h.fake.socket.acks.at(-1);
    expect(ack?.type).toBe('slash_commands');
    expect(res.text).toContain('/leerlijn');
    expect(JSON.stringify(ack?.payload)).toContain('start');
    await h.settle();
  });

  wholeLeerlijnSteps(() => h, {
    midway: {
      name: "reconnects when Slack sends `disconnect`, and after the connection drops",
      async run(h) {
        const before = h.fake.socket.connections;
        await h.fake.socket.askToReconnect('refresh_requested');
        await h.fake.socket.drop();
        expect(h.fake.socket.connections).toBe(before + 2);
        expect(h.fake.callsTo('apps.connections.open')).toHaveLength(before + 2);
        // An envelope acked on the new connection: the app has read Slack's hello by then.
        expect((await h.command(COORDINATOR, 'help')).text).toContain('/leerlijn');
        expect(h.adapter.ready?.()).toEqual({ ok: true, detail: 'slack socket connected' });
      },
    },
  });

  it('acked every envelope within 3 s and used the bot token for everything else', () => {
    const acks = h.fake.socket.acks;
    expect(acks.length).toBeGreaterThan(150);
    expect(Math.max(...acks.map((a) => a.afterMs))).toBeLessThan(ACK_DEADLINE_MS);
    const others = h.fake.calls.filter((c) => c.method !== 'apps.connections.open');
    expect(new Set(others.map((c) => c.token))).toEqual(new Set([TOKEN]));
  });

  it('reports not ready once stopped', async () => {
    await h.adapter.stop?.();
    expect(h.adapter.ready?.()).toMatchObject({ ok: false });
  });
});
