// The edge's decision without HTTP, as Socket Mode envelopes will need it: the same shapes,
// kinds and cleaning as /slack/events.
import { describe, expect, it } from 'vitest';
import { judgePayload, verifySignature } from '../../../src/adapters/slack/edge.js';
import { signedHeaders } from '../../fakes/slack-signing.js';

const command = { command: '/leerlijn', text: 'team add <@U1>\u0000', user_id: 'U1', channel_id: 'C1', team_id: 'T1', trigger_id: '1.2.3' };

describe('judgePayload', () => {
  it('refuses what Bolt would throw on', () => {
    expect(judgePayload('interaction', null)).toMatchObject({ do: 'refuse', status: 400 });
    expect(judgePayload('event', null)).toMatchObject({ do: 'refuse', status: 400 });
    expect(judgePayload('command', { ...command, user_id: 7 })).toMatchObject({ do: 'refuse', status: 400 });
  });

  it('answers kinds the bot does not take itself', () => {
    expect(judgePayload('interaction', { type: 'view_closed' })).toEqual({ do: 'answer', reason: 'interaction_not_taken', body: undefined });
    expect(judgePayload('interaction', { type: 'block_suggestion' })).toMatchObject({ do: 'answer', body: { options: [] } });
    expect(judgePayload('command', { ...command, command: '/anders' })).toMatchObject({ do: 'answer' });
    const reaction = { type: 'event_callback', team_id: 'T1', event_id: 'Ev1', event: { type: 'reaction_added' } };
    expect(judgePayload('event', reaction)).toMatchObject({ do: 'answer', reason: 'event_not_taken' });
  });

  it('forwards a taken payload with its text cleaned', () => {
    expect(judgePayload('command', command)).toEqual({ do: 'forward', kind: 'command', payload: { ...command, text: 'team add <@U1>' } });
  });
});

describe('verifySignature', () => {
  const body = Buffer.from('a=b');
  const now = 1_800_000_000_000;
  it('refuses both sides of the 5-minute window, and a wrong secret', () => {
    const at = (skewSeconds: number, secret = 's') => verifySignature({ ...signedHeaders(secret, 'a=b', now / 1000 + skewSeconds) }, body, 's', now);
    expect([at(0), at(290), at(-290), at(301), at(-301), at(0, 'other')]).toEqual(['ok', 'ok', 'ok', 'future', 'stale', 'forged']);
    expect(verifySignature({}, body, 's', now)).toBe('unsigned');
  });
});
