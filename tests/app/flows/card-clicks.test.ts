// What an agreement brings (app/flows/card-clicks.ts), in the order both adapters carry it out:
// the cards redrawn (the round's head and the round-closed message too once all are agreed), the result published
// (the step's document with it, ResultPublishing's part), then the next step.
import { describe, expect, it } from 'vitest';
import { agreeAllFlow, agreeFlow, type CardStage } from '../../../src/app/flows/card-clicks.js';
import { castVote, closeRound, openRound } from '../../../src/app/rounds.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';

describe.each(backends())('an agreement on a score card on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A stage that notes what it was asked, in order. */
  function stage(published: 'inChannel' | 'refused' = 'inChannel') {
    const calls: string[] = [];
    const s: CardStage = {
      redraw: async (_round, card) => void calls.push(card ? `redraw ${card.onderdeel}` : 'redraw all'),
      redrawHead: async (round) => void calls.push(`head ${round.result ? 'agreed' : 'not agreed'}`),
      redrawClosed: async (round) => void calls.push(`closed message ${round.missing.length > 0 ? 'with' : 'without'} agree-all`),
      publish: async (round) => {
        calls.push(`publish ${round.result ? 'result' : 'none'}`);
        return published;
      },
      tellNextStep: async () => void calls.push('next step'),
      tell: async (view) => void calls.push(`told ${view.key}`),
    };
    return { s, calls };
  }

  async function closedRound() {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    for (const card of round.cards) await castVote(env.deps, env.s.members[0]!, { roundId: round.roundId, onderdeel: card.onderdeel, score: 2 });
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    return round;
  }

  it('after one card: that card redrawn, no result yet, no next step', async () => {
    const round = await closedRound();
    const { s, calls } = stage();
    await agreeFlow(env.deps, env.s.coordinator, { roundId: round.roundId, onderdeel: 'P1', score: 3 }, s);
    expect(calls).toEqual(['redraw P1', 'head not agreed', 'publish none']);
  });

  it('after agree all: every card redrawn, the result with its document, then the next step', async () => {
    const round = await closedRound();
    const { s, calls } = stage();
    await agreeAllFlow(env.deps, env.s.coordinator, round.roundId, s);
    // The head states the total: the publish draws it, under its claim (tests/app/outcome-head.test.ts).
    expect(calls).toEqual(['redraw all', 'closed message without agree-all', 'publish result', 'next step']);
  });

  it('the outcome refused by the channel: the clicker is told so before the next step', async () => {
    const round = await closedRound();
    const { s, calls } = stage('refused');
    const { told } = await agreeAllFlow(env.deps, env.s.coordinator, round.roundId, s);
    expect(calls).toEqual(['redraw all', 'closed message without agree-all', 'publish result', 'told round.outcomeNotPosted', 'next step']);
    // And the flow answers it, for a platform that shows it itself (Teams, under the card that answers the click).
    expect(told?.key).toBe('round.outcomeNotPosted');
  });

  it('a refused agreement carries nothing out', async () => {
    const round = await closedRound();
    const { s, calls } = stage();
    await expect(agreeAllFlow(env.deps, env.s.members[2]!, round.roundId, s)).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
