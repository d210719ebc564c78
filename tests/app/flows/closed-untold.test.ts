// The round-closed message the platform refused (app/flows/closing.ts): the coordinator is told,
// and `scores` posts it later (flows/rounds.ts). The channel reads it once, eventually, never
// twice: not when the repost landed but where it landed was not kept (the database refused the
// write, or Teams named no message), and the coordinator is not promised a repost that cannot come
// (the mark itself could not be kept).
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { showClosedRound, type ClosedDrawing } from '../../../src/app/flows/closing.js';
import { closeFlow, scoresFlow } from '../../../src/app/flows/rounds.js';
import type { FlowCtx, Place, ReplyView } from '../../../src/app/flows/surface.js';
import { channelLeerlijn } from '../../../src/app/places.js';
import { openRound } from '../../../src/app/rounds.js';
import type { PostedMessage } from '../../../src/app/posted.js';
import type { Db, Queryable } from '../../../src/store/db.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

/** How the platform and the database take the next round-closed message. */
interface Weather {
  /** The platform refuses the post. */
  refusePost: boolean;
  /** The platform refuses to redraw the posted round (Slack's header and cards), before the post: every time, as for a deleted header. */
  refuseRedraw?: boolean;
  /** The platform takes it but names no message (a Teams send without an activity id). */
  noMessageId: boolean;
  /** The database refuses to keep records under keys with this prefix. */
  refuseKeys: string | null;
}

/** `db`, refusing any statement that writes a posted message under a key starting with `weather.refuseKeys`. */
function refusing(db: Db, weather: Weather): Db {
  const refused = (sql: string, params?: readonly unknown[]): boolean =>
    weather.refuseKeys !== null && /^\s*insert into posted_messages/.test(sql) && (params ?? []).some((p) => typeof p === 'string' && p.startsWith(weather.refuseKeys!));
  const guard = (q: Queryable): Queryable => ({
    query: (sql, params, opts) => (refused(sql, params) ? Promise.reject(new Error('connection reset')) : q.query(sql, params, opts)),
    exec: (sql) => q.exec(sql),
  });
  return { kind: db.kind, ...guard(db), transaction: (fn, opts) => db.transaction((tx) => fn(guard(tx)), opts), close: () => db.close() };
}

describe.each(backends())('the refused round-closed message, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);
  const channel: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };

  /** The coordinator in the team's channel; `posted` is what reached the channel as round-closed messages. */
  async function coordinator(weather: Weather) {
    const replies: ReplyView[] = [];
    const posted: string[] = [];
    const deps = { ...env.deps, db: refusing(env.deps.db, weather) };
    const log = pino({ level: 'silent' });
    const drawing: ClosedDrawing = {
      round: async () => {
        if (weather.refuseRedraw) throw new Error('ratelimited');
      },
      postClosed: async (round): Promise<PostedMessage | null> => {
        if (weather.refusePost) throw new Error('rate_limited');
        posted.push(round.roundId);
        return weather.noMessageId ? null : { channelId: channel.channelId, messageId: `closed-${posted.length}` };
      },
      redrawClosed: async () => undefined,
    };
    const surface = surfaceFake({
      reply: async (view) => void replies.push(view),
      postRound: async () => ({ posted: 10 }),
      roundClosed: (round, summary) => showClosedRound({ deps, log, liveCounts: { closeRound: async () => undefined } }, env.s.workspaceId, round, summary, drawing),
    });
    const ctx = async (): Promise<FlowCtx> => {
      const leerlijn = await channelLeerlijn(env.deps, env.s.workspaceId, channel.channelId, 'fresh');
      return { deps, log, actor: env.s.coordinator, place: channel, leerlijn, lang: 'nl', surface };
    };
    return {
      replies,
      posted,
      close: async () => closeFlow(await ctx()),
      scores: async () => scoresFlow(await ctx(), { word: 'scores', args: [], mentions: [] }),
      keys: () => replies.map((r) => ('key' in r ? r.key : r.type)),
    };
  }

  async function closedWhileRefused(weather: Weather) {
    await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const anna = await coordinator(weather);
    weather.refusePost = true;
    await anna.close();
    weather.refusePost = false;
    return anna;
  }

  it('posted by `scores` where Teams named no message: a later `scores` does not post it again', async () => {
    const weather: Weather = { refusePost: false, noMessageId: false, refuseKeys: null };
    const anna = await closedWhileRefused(weather);
    expect(anna.keys()).toContain('round.closedUntold');
    weather.noMessageId = true;
    await anna.scores();
    await anna.scores();
    expect(anna.posted).toHaveLength(1);
  });

  it('posted by `scores` while the database would not keep where: a later `scores` does not post it again', async () => {
    const weather: Weather = { refusePost: false, noMessageId: false, refuseKeys: null };
    const anna = await closedWhileRefused(weather);
    weather.refuseKeys = 'closed:';
    await anna.scores();
    weather.refuseKeys = null;
    await anna.scores();
    expect(anna.posted).toHaveLength(1);
  });

  it('`scores` whose redraw of the round fails every time (its header deleted): posts it all the same, once', async () => {
    const weather: Weather = { refusePost: false, noMessageId: false, refuseKeys: null };
    const anna = await closedWhileRefused(weather);
    weather.refuseRedraw = true;
    await anna.scores();
    await anna.scores();
    expect(anna.posted).toHaveLength(1);
    expect(anna.keys().filter((k) => k === 'round.closedUntold')).toHaveLength(1);
  });

  it('refused again by `scores`: told again, and the next `scores` posts it once', async () => {
    const weather: Weather = { refusePost: false, noMessageId: false, refuseKeys: null };
    const anna = await closedWhileRefused(weather);
    weather.refusePost = true;
    await anna.scores();
    weather.refusePost = false;
    await anna.scores();
    await anna.scores();
    expect(anna.posted).toHaveLength(1);
    expect(anna.keys().filter((k) => k === 'round.closedUntold')).toHaveLength(2);
  });

  it('refused while the database would not keep the mark: the coordinator is not promised that `scores` posts it', async () => {
    const weather: Weather = { refusePost: false, noMessageId: false, refuseKeys: 'untold:' };
    const anna = await closedWhileRefused(weather);
    expect(anna.keys()).not.toContain('round.closedUntold');
    expect(anna.keys()).toContain('round.closedUntoldNotKept');
  });

  it('the close whose redraw of the round fails every time (its header deleted): the channel is told all the same, once', async () => {
    const weather: Weather = { refusePost: false, refuseRedraw: true, noMessageId: false, refuseKeys: null };
    await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const anna = await coordinator(weather);
    await anna.close();
    await anna.scores();
    await anna.scores();
    expect(anna.posted).toHaveLength(1);
    expect(anna.keys()).not.toContain('round.closedUntold');
  });
});
