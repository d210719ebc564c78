// Socket Mode envelopes get the checks a request on /slack/events gets: a message that is not
// an envelope is dropped, a malformed payload is acknowledged (so Slack does not resend it) and
// dropped, a kind the bot does not take is answered at once; each with a log line that holds
// no payload text. The process keeps serving: a good command afterwards is answered.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeEnvelope } from '../../../src/adapters/slack/socket-edge.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

const SECRET_TEXT = 'GEHEIM-tekst-42';
let h: Harness;
let logged = '';
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => { logged += chunk.toString(); done(); } });
  h = await startHarness({ transport: 'socket', log: pino({ level: 'info' }, stream) });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await h?.close();
});

const reasonsLogged = (): string[] => logged.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; reason?: string })
  .filter((l) => l.msg.startsWith('slack envelope')).map((l) => `${l.msg}: ${l.reason}`);

describe('Socket Mode envelopes at the edge', () => {
  it('acknowledges and drops envelopes whose payload is null, not an object, or of the wrong shape', async () => {
    const malformed: Array<[string, unknown]> = [
      ['events_api', null],
      ['slash_commands', null],
      ['interactive', null],
      ['interactive', 'payload'],
      ['events_api', { type: 'event_callback', event: null }],
      ['slash_commands', { command: '/leerlijn', text: SECRET_TEXT, user_id: 7, channel_id: 'C1', team_id: 'T1', trigger_id: 'x' }],
      ['interactive', { type: 'block_actions', user: null, actions: SECRET_TEXT }],
    ];
    for (const [type, payload] of malformed) {
      const ack = await h.fake.socket.sendEnvelope(type, payload);
      expect(ack.payload, `${type} ${JSON.stringify(payload)}`).toEqual({});
    }
    expect(reasonsLogged()).toEqual([
      'slack envelope refused: events_shape',
      'slack envelope refused: command_shape',
      'slack envelope refused: interaction_shape',
      'slack envelope refused: interaction_shape',
      'slack envelope refused: event_shape',
      'slack envelope refused: command_shape',
      'slack envelope refused: block_actions_shape',
    ]);
    expect(logged).not.toContain(SECRET_TEXT);
  });

  it('answers kinds the bot does not take at once, as the HTTP edge does', async () => {
    expect((await h.fake.socket.sendEnvelope('interactive', { type: 'block_suggestion', user: { id: 'U1' } })).payload).toEqual({ options: [] });
    expect((await h.fake.socket.sendEnvelope('interactive', { type: 'view_closed' })).payload).toEqual({});
    expect((await h.fake.socket.sendEnvelope('shortcut_of_the_future', { anything: 1 })).payload).toEqual({});
  });

  it('drops messages that are no envelope at all, and a good command afterwards is answered', async () => {
    for (const text of ['null', 'not json {', '[]', '42', JSON.stringify({ type: 'slash_commands', payload: {} })]) h.fake.socket.sendText(text);
    const res = await h.command(COORDINATOR, 'help');
    expect(res.text).toContain('/leerlijn');
    expect(reasonsLogged().filter((r) => r.startsWith('slack envelope dropped'))).toEqual([
      ...Array<string>(4).fill('slack envelope dropped: envelope_shape'),
      'slack envelope dropped: envelope_id_missing',
    ]);
    await h.settle();
    expect(rejections).toEqual([]);
  });
});

describe('judgeEnvelope', () => {
  it('passes the connection\'s own messages on as they are, and a checked payload cleaned', () => {
    const hello = JSON.stringify({ type: 'hello', num_connections: 1 });
    expect(judgeEnvelope(hello)).toEqual({ do: 'pass', message: hello });
    const command = { command: '/leerlijn', text: 'help\u0000', user_id: 'U1', channel_id: 'C1', team_id: 'T1', trigger_id: 't' };
    const verdict = judgeEnvelope(JSON.stringify({ type: 'slash_commands', envelope_id: 'e1', payload: command }));
    expect(verdict.do).toBe('pass');
    expect(verdict.do === 'pass' && JSON.parse(verdict.message)).toMatchObject({ envelope_id: 'e1', payload: { text: 'help' } });
  });
});
