// A round's keyed messages redrawn once for both platforms (app/flows/closing.ts roundRedraws): the platform only
// draws and updates. Awaited (Slack): a message deleted in the channel is skipped on close and named in the log, a
// failed card update on an agreement reaches the click, the round-closed message is best effort. Coalesced (Teams):
// each message only asked for, under its own key, in the round's order.
import { describe, expect, it } from 'vitest';
import { roundRedraws, type RoundRedraws } from '../../../src/app/flows/closing.js';
import { cardKey, closedKey, headerKey, rememberPosted } from '../../../src/app/posted.js';
import { closeRound, openRound } from '../../../src/app/rounds.js';
import type { RoundView } from '../../../src/app/views.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { capturedLog } from '../../support/log-lines.js';

class Gone extends Error {}

describe.each(backends())('a round\'s messages redrawn on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  /** A closed round whose head, first two cards and round-closed message are in the channel (message id = its key). */
  async function postedRound(): Promise<RoundView> {
    const opened = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const round = await closeRound(env.deps, env.s.coordinator, opened.roundId);
    const keys = [headerKey(round.roundId), ...round.cards.slice(0, 2).map((c) => cardKey(round.roundId, c.onderdeel)), closedKey(round.roundId)];
    for (const key of keys) {
      await rememberPosted(env.deps, { workspaceId: env.s.workspaceId, leerlijnId: round.leerlijnId, key, message: { channelId: round.channelId, messageId: key } });
    }
    return round;
  }

  /** A port that notes each update by its message; `failing` ids throw (a Gone one as deleted in the channel). */
  function port(failing: Record<string, Error> = {}, coalesce?: RoundRedraws<string>['coalesce']): { port: RoundRedraws<string>; updated: string[] } {
    const updated: string[] = [];
    return {
      updated,
      port: {
        platform: 'slack', head: (round) => `head ${round.status}`, card: (card) => `card ${card.onderdeel}`, closed: () => 'closed',
        headKeys: (roundId) => [headerKey(roundId)], isGone: (error) => error instanceof Gone, ...(coalesce ? { coalesce } : {}),
        async update(where) {
          const failure = failing[where.messageId];
          if (failure) throw failure;
          updated.push(where.messageId);
        },
      },
    };
  }

  it('on close, a head deleted in the channel is skipped and named in the log; the posted cards are still redrawn', async () => {
    const round = await postedRound();
    const { port: p, updated } = port({ [headerKey(round.roundId)]: new Gone('message_not_found') });
    const captured = capturedLog();
    await roundRedraws({ deps: env.deps, log: captured.log }, env.s.workspaceId, p).round(round);
    expect(updated).toEqual(round.cards.slice(0, 2).map((c) => cardKey(round.roundId, c.onderdeel)));
    expect(captured.warnings()).toEqual(["slack: a closed round's message is gone; not redrawn"]);
    expect(captured.lines.find((l) => l.level === 40)?.key).toBe(headerKey(round.roundId));
  });

  it('on an agreement, a card that cannot be redrawn (even one deleted in the channel) throws, for the click to report', async () => {
    const round = await postedRound();
    const card = round.cards[0]!;
    const { port: p } = port({ [cardKey(round.roundId, card.onderdeel)]: new Gone('message_not_found') });
    const drawn = roundRedraws({ deps: env.deps, log: capturedLog().log }, env.s.workspaceId, p);
    await expect(drawn.redraw(round, card)).rejects.toThrow('message_not_found');
  });

  it('the round-closed message refused is logged, not thrown', async () => {
    const round = await postedRound();
    const { port: p } = port({ [closedKey(round.roundId)]: new Error('channel_not_found') });
    const captured = capturedLog();
    await roundRedraws({ deps: env.deps, log: captured.log }, env.s.workspaceId, p).redrawClosed(round);
    expect(captured.warnings()).toEqual(['slack: round-closed message not redrawn']);
  });

  it('coalesced: each message asked for under its own key, in order, and drawn only when the platform runs it', async () => {
    const round = await postedRound();
    const asked: Array<{ key: string; run: () => Promise<void> }> = [];
    const { port: p, updated } = port({}, (key, run) => void asked.push({ key, run }));
    await roundRedraws({ deps: env.deps, log: capturedLog().log }, env.s.workspaceId, p).round(round);
    expect(asked.map((a) => a.key)).toEqual([headerKey(round.roundId), ...round.cards.map((c) => cardKey(round.roundId, c.onderdeel))]);
    expect(updated).toEqual([]);
    for (const a of asked) await a.run();
    // Only what is in the channel is drawn: the cards never posted are not.
    expect(updated).toEqual([headerKey(round.roundId), ...round.cards.slice(0, 2).map((c) => cardKey(round.roundId, c.onderdeel))]);
  });
});
