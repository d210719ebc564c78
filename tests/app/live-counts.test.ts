// The live count on a posted score card, as both platforms draw it: what the team sees on the
// card during a burst of votes, across replicas, and once the round is closed or its leerlijn stopped.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { LiveCounts } from '../../src/app/live-counts.js';
import { castVote, closeRound, openRound } from '../../src/app/rounds.js';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { cardKey, rememberPosted, type PostedMessage } from '../../src/app/posted.js';
import type { Actor } from '../../src/app/context.js';
import type { ScoreCardView } from '../../src/app/views.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';
import { ManualClock } from '../support/manual-clock.js';

const log = pino({ level: 'silent' });
const HERE: PostedMessage = { channelId: 'C1', messageId: '1.1' };

describe.each(backends())('live counts on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 6);

  /** A replica's live counts, with the counts it drew (as the card showed them). */
  function replica(clock: ManualClock) {
    const drawn: Array<{ where: PostedMessage; votedCount: number }> = [];
    const counts = new LiveCounts(env.deps, async (_ws, where, card: ScoreCardView) => { drawn.push({ where, votedCount: card.votedCount }); }, clock, (_k, e) => log.error(e));
    return { counts, drawn };
  }

  async function openWeek1() {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    // Posted: across replicas the claim is on the posted message's row.
    await rememberPosted(env.deps, { workspaceId: env.s.workspaceId, leerlijnId: env.s.leerlijnId, key: cardKey(round.roundId, 'P1'), message: HERE });
    const vote = (who: Actor) => castVote(env.deps, who, { roundId: round.roundId, onderdeel: 'P1', score: 2 });
    return { round, vote, ref: { roundId: round.roundId, onderdeel: 'P1' as const } };
  }

  it('draws a burst once now and once a second later, the second with every vote by then', async () => {
    const clock = new ManualClock();
    const { counts, drawn } = replica(clock);
    const { vote, ref } = await openWeek1();
    await vote(env.s.members[0]!);
    counts.touch(env.s.workspaceId, ref, HERE);
    await counts.idle();
    for (const member of env.s.members.slice(1, 5)) {
      await vote(member);
      counts.touch(env.s.workspaceId, ref, HERE);
    }
    await counts.idle();
    expect(drawn).toEqual([{ where: HERE, votedCount: 1 }]);
    clock.advance(999);
    await counts.idle();
    expect(drawn).toHaveLength(1);
    clock.advance(1);
    await counts.idle();
    expect(drawn).toEqual([{ where: HERE, votedCount: 1 }, { where: HERE, votedCount: 5 }]);
  });

  it('two replicas together draw a card at most once per second', async () => {
    const clock = new ManualClock();
    const a = replica(clock);
    const b = replica(clock);
    const { vote, ref } = await openWeek1();
    await vote(env.s.members[0]!);
    a.counts.touch(env.s.workspaceId, ref, HERE);
    await a.counts.idle();
    await vote(env.s.members[1]!);
    b.counts.touch(env.s.workspaceId, ref, HERE);
    await b.counts.idle();
    expect([...a.drawn, ...b.drawn]).toEqual([{ where: HERE, votedCount: 1 }]);
    clock.advance(1000);
    await b.counts.idle();
    expect(b.drawn).toEqual([{ where: HERE, votedCount: 2 }]);
  });

  it('finds the card where it was posted when the click does not say, and draws nothing for a card never posted', async () => {
    const clock = new ManualClock();
    const { counts, drawn } = replica(clock);
    const { round } = await openWeek1();
    const p2 = { roundId: round.roundId, onderdeel: 'P2' as const };
    await castVote(env.deps, env.s.members[0]!, { ...p2, score: 1 });
    counts.touch(env.s.workspaceId, p2);
    await counts.idle();
    expect(drawn).toEqual([]);
    await rememberPosted(env.deps, { workspaceId: env.s.workspaceId, leerlijnId: env.s.leerlijnId, key: cardKey(round.roundId, 'P2'), message: { channelId: 'C9', messageId: 'act-7' } });
    clock.advance(1000);
    counts.touch(env.s.workspaceId, p2);
    await counts.idle();
    expect(drawn).toEqual([{ where: { channelId: 'C9', messageId: 'act-7' }, votedCount: 1 }]);
  });

  it('draws no count over a closed card: waiting counts are dropped at the close, and a later click draws nothing', async () => {
    const clock = new ManualClock();
    const { counts, drawn } = replica(clock);
    const { round, vote, ref } = await openWeek1();
    await vote(env.s.members[0]!);
    counts.touch(env.s.workspaceId, ref, HERE);
    await counts.idle();
    await vote(env.s.members[1]!);
    counts.touch(env.s.workspaceId, ref, HERE); // waits for the interval
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    await counts.closeRound(round.roundId);
    clock.advance(5000);
    counts.touch(env.s.workspaceId, ref, HERE);
    await counts.idle();
    expect(drawn).toEqual([{ where: HERE, votedCount: 1 }]);
  });

  it('draws nothing when the round closed on another replica before the count ran', async () => {
    const clock = new ManualClock();
    const { counts, drawn } = replica(clock);
    const { round, vote, ref } = await openWeek1();
    await vote(env.s.members[0]!);
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    counts.touch(env.s.workspaceId, ref, HERE);
    await counts.idle();
    expect(drawn).toEqual([]);
  });

  it('draws nothing when its leerlijn stopped before the count ran: the stop drew the card without its buttons', async () => {
    const clock = new ManualClock();
    const { counts, drawn } = replica(clock);
    const { vote, ref } = await openWeek1();
    await vote(env.s.members[0]!);
    await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped');
    counts.touch(env.s.workspaceId, ref, HERE);
    await counts.idle();
    expect(drawn).toEqual([]);
  });
});
