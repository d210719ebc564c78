// A closed round drawn on one platform (app/flows/closing.ts showClosedRound), decided once: its
// waiting live counts dropped, so none lands over the results; the posted round drawn closed; with the summary, the round-closed message posted, remembered, and
// drawn again at once when agreeing ended while it was posted; without, that message redrawn
// only once it says something else (agreeing over). The platform only draws.
import { describe, expect, it } from 'vitest';
import { showClosedRound, type ClosedDrawing } from '../../../src/app/flows/closing.js';
import { closedKey, postedMessage } from '../../../src/app/posted.js';
import { stopLeerlijn } from '../../../src/app/leerlijn.js';
import { castVote, closeRound, openRound } from '../../../src/app/rounds.js';
import type { RoundView } from '../../../src/app/views.js';
import { backends } from '../../support/db.js';
import { agreedRound, useStartedLeerlijn } from '../../support/fixtures.js';
import { capturedLog } from '../../support/log-lines.js';

describe.each(backends())('a closed round drawn on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A drawing that notes what it was asked, in order, live counts included; `whilePosting` runs while the message is posted. */
  function drawing(whilePosting: () => Promise<void> = async () => undefined, post = async (round: RoundView) => ({ channelId: round.channelId, messageId: 'closed-1' })) {
    const calls: string[] = [];
    const dropped: string[] = [];
    const liveCounts = {
      closeRound: async (roundId: string) => {
        dropped.push(roundId);
        calls.push('counts dropped');
      },
    };
    const said = (round: RoundView): string => (round.stopped ? 'stopped' : round.missing.length > 0 ? 'agreeing' : 'agreed');
    const d: ClosedDrawing = {
      round: async (round) => void calls.push(`round ${round.status}`),
      postClosed: async (round) => {
        calls.push(`posted (${said(round)})`);
        await whilePosting();
        return post(round);
      },
      redrawClosed: async (round) => void calls.push(`redrawn (${said(round)})`),
    };
    return { d, calls, dropped, liveCounts };
  }

  /** Closed with one vote, so one proposal is left to take over: agreeing with "agree all" is still open. */
  async function closedRound(): Promise<RoundView> {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await castVote(env.deps, env.s.members[0]!, { roundId: round.roundId, onderdeel: 'P1', score: 2 });
    return closeRound(env.deps, env.s.coordinator, round.roundId);
  }

  it('with the summary: its waiting live counts dropped, the round drawn closed, then its message posted and remembered', async () => {
    const round = await closedRound();
    const { d, calls, dropped, liveCounts } = drawing();
    await showClosedRound({ deps: env.deps, log: capturedLog().log, liveCounts }, env.s.workspaceId, round, true, d);
    expect(calls).toEqual(['counts dropped', 'round closed', 'posted (agreeing)']);
    expect(dropped).toEqual([round.roundId]);
    expect(await postedMessage(env.deps, env.s.workspaceId, closedKey(round.roundId))).toEqual({ channelId: round.channelId, messageId: 'closed-1' });
  });

  it('with the summary, the leerlijn stopped while it was posted: the message drawn again as it now stands', async () => {
    const round = await closedRound();
    const { d, calls, liveCounts } = drawing(async () => void (await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped')));
    await showClosedRound({ deps: env.deps, log: capturedLog().log, liveCounts }, env.s.workspaceId, round, true, d);
    expect(calls).toEqual(['counts dropped', 'round closed', 'posted (agreeing)', 'redrawn (stopped)']);
  });

  it('with the summary refused by the platform: logged, and the close stands', async () => {
    const round = await closedRound();
    const { d, calls, liveCounts } = drawing(undefined, async () => {
      throw new Error('not_in_channel');
    });
    const captured = capturedLog();
    await showClosedRound({ deps: env.deps, log: captured.log, liveCounts }, env.s.workspaceId, round, true, d);
    expect(calls).toEqual(['counts dropped', 'round closed', 'posted (agreeing)']);
    expect(captured.warnings()).toEqual(['round closed, not told in the channel']);
  });

  it('without the summary, agreeing still open: only the round is drawn', async () => {
    const round = await closedRound();
    const { d, calls, liveCounts } = drawing();
    await showClosedRound({ deps: env.deps, log: capturedLog().log, liveCounts }, env.s.workspaceId, round, false, d);
    expect(calls).toEqual(['counts dropped', 'round closed']);
  });

  it('without the summary, all ten agreed: the message is drawn again without its agree-all', async () => {
    const round = await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    const { d, calls, liveCounts } = drawing();
    await showClosedRound({ deps: env.deps, log: capturedLog().log, liveCounts }, env.s.workspaceId, round, false, d);
    expect(calls).toEqual(['counts dropped', 'round closed', 'redrawn (agreed)']);
  });
});
