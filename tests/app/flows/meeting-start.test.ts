// The message at a meeting's start keeps its button to the meeting's work (views/notices.ts): a
// posted message is not redrawn. A click after that work was done runs the same command
// (app/flows/run.ts runNextStep), so what it answers then must still be true. For the
// signalering the button opens the week-1 round.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { meetingStartStep, nextStepView } from '../../../src/app/flows/next-step.js';
import { runNextStep } from '../../../src/app/flows/run.js';
import type { FlowCtx, Place, ReplyView } from '../../../src/app/flows/surface.js';
import type { RoundView } from '../../../src/app/views.js';
import { channelLeerlijn } from '../../../src/app/places.js';
import { closeRound, openRound, setAgreedScore } from '../../../src/app/rounds.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { closedKey, rememberPosted } from '../../../src/app/posted.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

describe.each(backends())('the button on the signalering’s "begint nu" message, clicked later, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);
  const channel: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };
  const words = meetingStartStep('signalering').command;

  /** The coordinator clicks it in the team's channel; every card of the round is in the channel already. */
  async function click(clicked = words): Promise<{ replies: ReplyView[]; posted: RoundView[]; published: Array<[string, string]> }> {
    const replies: ReplyView[] = [];
    const posted: RoundView[] = [];
    const published: Array<[string, string]> = [];
    const surface = surfaceFake({
      reply: async (view) => void replies.push(view),
      postRound: async (round) => (posted.push(round), { posted: 0 }),
      publishOutcome: async (_round, mode) => (published.push(['publish', mode]), 'inChannel'),
    });
    const leerlijn = await channelLeerlijn(env.deps, env.s.workspaceId, channel.channelId, 'fresh');
    const ctx: FlowCtx = { deps: env.deps, log: pino({ level: 'silent' }), actor: env.s.coordinator, place: channel, leerlijn, lang: 'nl', surface };
    await runNextStep(ctx, clicked);
    return { replies, posted, published };
  }

  it('opens the week-1 round', async () => {
    expect(words).toBe('scores');
    const { posted, replies, published } = await click();
    expect(published, 'no outcome to publish').toEqual([]);
    expect(posted.map((r) => [r.moment, r.status])).toEqual([['week1', 'open']]);
    expect(replies).toEqual([]);
  });

  it('with the round open, says so and points to the cards in the channel (it posts what is missing of them)', async () => {
    await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const { posted, replies, published } = await click();
    expect(published, 'no outcome to publish').toEqual([]);
    expect(posted).toHaveLength(1);
    expect(replies).toEqual([expect.objectContaining({ type: 'error', code: 'round_exists', params: { moment: 'week1' } })]);
  });

  it('with the round closed, says it is closed and what comes next, not "use the cards" (they take no votes)', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    // The channel was told, as a close does (a refused message `scores` posts: close-untold.story.test.ts).
    const told = { channelId: 'C-told', messageId: 'closed-1' };
    await rememberPosted(env.deps, { workspaceId: env.s.coordinator.workspaceId, leerlijnId: env.s.leerlijnId, key: closedKey(round.roundId), message: told });
    const { posted, replies, published } = await click();
    expect(published, 'no outcome to publish').toEqual([]);
    expect(posted).toEqual([]);
    expect(replies).toEqual([
      { type: 'text', key: 'round.closedAlready', terms: { moment: 'moment.week1' }, tone: 'warning', lang: 'nl' },
      // The coordinator's real next action, with its button (here: a meeting falls on a day off, so planning first).
      await nextStepView(env.deps, env.s.coordinator, env.s.leerlijnId),
    ]);
    expect(replies[1]).toMatchObject({ progress: { progress: { next: { role: 'coordinator' } } } });
  });

  it('with the round closed and all ten agreed, says so and where the outcome stands, then what comes next', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    const told = { channelId: 'C-told', messageId: 'closed-1' };
    await rememberPosted(env.deps, { workspaceId: env.s.coordinator.workspaceId, leerlijnId: env.s.leerlijnId, key: closedKey(round.roundId), message: told });
    for (const onderdeel of ONDERDEEL_CODES) await setAgreedScore(env.deps, env.s.coordinator, { roundId: round.roundId, onderdeel, score: 2 });
    const { posted, replies, published } = await click();
    expect(posted).toEqual([]);
    // Only what the channel is missing of the outcome: nothing changed it.
    expect(published).toEqual([['publish', 'missing']]);
    expect(replies).toEqual([
      { type: 'text', key: 'round.closedAgreed', params: { heading: 'Uitkomst: Signalering (week 1)' }, terms: { moment: 'moment.week1' }, tone: 'good', lang: 'nl' },
      await nextStepView(env.deps, env.s.coordinator, env.s.leerlijnId),
    ]);
  });

  it('with the round closed by a version that did not remember its closed message: says it is closed, posts nothing again', async () => {
    // The channel was told then; only where was not kept (closed:<round> is from 2026-12-06).
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    const { posted, replies, published } = await click();
    expect(published, 'no outcome to publish').toEqual([]);
    expect(posted).toEqual([]);
    expect(replies[0]).toEqual({ type: 'text', key: 'round.closedAlready', terms: { moment: 'moment.week1' }, tone: 'warning', lang: 'nl' });
  });

  it('with the round closed of an English leerlijn, says it is closed in English to someone whose own language is Dutch', async () => {
    await env.t.db.query(`update leerlijnen set lang = 'en' where id = $1::uuid`, [env.s.leerlijnId]);
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    const { replies, published } = await click();
    expect(published, 'no outcome to publish').toEqual([]);
    expect(replies[0]).toMatchObject({ key: 'round.closedAlready', lang: 'en' });
  });

  // The other meetings' buttons open that meeting's list as it is now, where it can still be changed: true after the meeting too.
  it('the other meetings’ buttons open that meeting’s list, at any time', async () => {
    const opened = async (kind: 'actieplan' | 'terugkom' | 'eindevaluatie' | 'vervolgevaluatie') => (await click(meetingStartStep(kind).command)).replies.map((r) => r.type);
    expect(await opened('actieplan')).toEqual(['plan']);
    expect(await opened('terugkom')).toEqual(['evaluation']);
    // Week 1 not agreed yet: the week-17 round waits, and the coordinator is told only why (no empty list to look back on).
    expect(await opened('eindevaluatie')).toEqual(['error']);
    expect(await opened('vervolgevaluatie')).toEqual(['actions']);
  });
});
