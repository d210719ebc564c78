// Closing a round (app/flows/closing.ts), in the order both adapters carry it out: the round
// drawn closed with its summary, then the next step; a close that lost the race draws it again
// but posts nothing, and says why.
import { describe, expect, it } from 'vitest';
import { closeRoundFlow, type CloseStage } from '../../../src/app/flows/closing.js';
import { closeRound, openRound } from '../../../src/app/rounds.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';

describe.each(backends())('closing a round on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A stage that notes what it was asked, in order. */
  function stage() {
    const calls: string[] = [];
    const s: CloseStage = {
      roundClosed: async (round, summary) => (calls.push(`drawn ${round.status}${summary ? ' with summary' : ''}`), null),
      tellNextStep: async () => void calls.push('next step'),
    };
    return { s, calls };
  }

  it('the close that closes it: drawn closed with the summary, then the next step', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const { s, calls } = stage();
    const closed = await closeRoundFlow(env.deps, env.s.coordinator, round.roundId, s);
    expect(calls).toEqual(['drawn closed with summary', 'next step']);
    expect(closed.notice).toBeUndefined();
  });

  it('a close that lost the race: drawn closed again, nothing posted twice, and the person is told', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    const { s, calls } = stage();
    const closed = await closeRoundFlow(env.deps, env.s.coordinator, round.roundId, s);
    expect(calls).toEqual(['drawn closed']);
    expect(closed.notice).toMatchObject({ key: 'round.alreadyClosed', tone: 'warning' });
  });

  it('a refused close carries nothing out', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const { s, calls } = stage();
    await expect(closeRoundFlow(env.deps, env.s.members[2]!, round.roundId, s)).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
