// Posting a round once (app/flows/post-round.ts), as both adapters use it: what is missing is
// posted, each message remembered at once, so a second `scores` after a failure posts the rest.
import { describe, expect, it } from 'vitest';
import { postRoundOnce, type RoundPoster } from '../../../src/app/flows/post-round.js';
import { openRound } from '../../../src/app/rounds.js';
import { cardKey, postedMessage, rememberPosted } from '../../../src/app/posted.js';
import type { RoundView } from '../../../src/app/views.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';

describe.each(backends())('posting a round once on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A poster that records what it posted; `failAt`: the card (by count) whose post throws. */
  function poster(round: RoundView, options: { headKeys?: [string, ...string[]]; headOnlyWithCards?: boolean; failAt?: number } = {}) {
    const posted: string[] = [];
    const p: RoundPoster = {
      channelId: round.channelId,
      headKeys: options.headKeys ?? [`head:${round.roundId}`],
      headOnlyWithCards: options.headOnlyWithCards ?? true,
      postHead: async () => {
        posted.push('head');
        return 'head-ts';
      },
      postCard: async (card, head) => {
        if (posted.length === options.failAt) throw new Error('not_in_channel');
        posted.push(`${card.onderdeel}@${head}`);
        return `${card.onderdeel}-ts`;
      },
    };
    return { p, posted };
  }

  const week1 = () => openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');

  it('posts the head and the cards in its thread, and after a failure partway only the rest', async () => {
    const round = await week1();
    const first = poster(round, { failAt: 3 });
    await expect(postRoundOnce(env.deps, env.s.workspaceId, round, first.p)).rejects.toThrow('not_in_channel');
    expect(first.posted).toEqual(['head', 'P1@head-ts', 'P2@head-ts']);
    expect(await postedMessage(env.deps, env.s.workspaceId, cardKey(round.roundId, 'P2'))).toEqual({ channelId: round.channelId, messageId: 'P2-ts' });

    const again = poster(round);
    expect(await postRoundOnce(env.deps, env.s.workspaceId, round, again.p)).toBe(round.cards.length - 2);
    expect(again.posted[0]).toBe('A1@head-ts');
    expect(await postRoundOnce(env.deps, env.s.workspaceId, round, poster(round).p)).toBe(0);
  });

  it('posts a missing head on its own only where it stands on its own, and finds it under an older key', async () => {
    const round = await week1();
    for (const card of round.cards) await rememberPosted(env.deps, { workspaceId: env.s.workspaceId, leerlijnId: round.leerlijnId, key: cardKey(round.roundId, card.onderdeel), message: { channelId: round.channelId, messageId: card.onderdeel } });
    const slack = poster(round, { headOnlyWithCards: true });
    expect(await postRoundOnce(env.deps, env.s.workspaceId, round, slack.p)).toBe(0);
    expect(slack.posted).toEqual([]);

    await rememberPosted(env.deps, { workspaceId: env.s.workspaceId, leerlijnId: round.leerlijnId, key: `old:${round.roundId}`, message: { channelId: round.channelId, messageId: 'old' } });
    const teamsOld = poster(round, { headKeys: [`new:${round.roundId}`, `old:${round.roundId}`], headOnlyWithCards: false });
    expect(await postRoundOnce(env.deps, env.s.workspaceId, round, teamsOld.p)).toBe(0);

    const teams = poster(round, { headKeys: [`result:${round.roundId}`], headOnlyWithCards: false });
    expect(await postRoundOnce(env.deps, env.s.workspaceId, round, teams.p)).toBe(1);
    expect(teams.posted).toEqual(['head']);
  });
});
