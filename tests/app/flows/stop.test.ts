// The stop form sent (app/flows/data.ts), for both platforms: the channel hears of the stop once,
// however often the form is sent (a double click, two coordinators at once); whoever sent it after
// the stop is told it is stopped already, and nobody gets a direct message. Its rounds' posted
// cards are drawn again as stopped, best effort.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formSpec, submitFormFlow } from '../../../src/app/flows/form-registry.js';
import type { ChannelView, ErrorView, FormSurface, Place, ReplyView } from '../../../src/app/flows/surface.js';
import { changeTeam } from '../../../src/app/leerlijn.js';
import { openRound } from '../../../src/app/rounds.js';
import type { RoundView } from '../../../src/app/views.js';
import type { Actor } from '../../../src/app/context.js';
import { leerlijnById } from '../../../src/store/leerlijnen.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

const CHANNEL: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };

/** What one send of the form brought: the form's answer, the sender's replies, the channel's posts. */
interface Sent { answer: Array<ErrorView | 'accepted'>; replies: ReplyView[]; posts: ChannelView[] }

describe.each(backends())('the stop form sent on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  async function send(actor: Actor, place: Place = CHANNEL, roundClosed: FormSurface['roundClosed'] | null = null): Promise<Sent> {
    const sent: Sent = { answer: [], replies: [], posts: [] };
    const surface: FormSurface = {
      ...surfaceFake({
        reply: async (view) => void sent.replies.push(view),
        post: async (view) => void sent.posts.push(view),
        ...(roundClosed ? { roundClosed } : {}),
      }),
      formAccepted: async () => void sent.answer.push('accepted'),
      formRefused: async (view) => void sent.answer.push(view),
    };
    await submitFormFlow(formSpec('stop'), { deps: env.deps, log: pino({ level: 'silent' }), actor, place, lang: 'nl', surface, leerlijnId: env.s.leerlijnId }, {});
    return sent;
  }

  const stoppedPost = (by: Actor): ChannelView => ({ type: 'text', key: 'stop.posted', people: { name: [by.userId] }, lang: 'nl' });
  const already: ReplyView = { type: 'text', key: 'stop.already', lang: 'nl' };

  it('stops the leerlijn and tells the channel who did, once; sent again, it tells only the sender that it is stopped already', async () => {
    const anna = env.s.coordinator;
    expect(await send(anna)).toEqual({ answer: ['accepted'], replies: [], posts: [stoppedPost(anna)] });
    expect((await leerlijnById(env.t.db, env.s.leerlijnId))?.status).toBe('stopped');
    expect(await send(anna)).toEqual({ answer: ['accepted'], replies: [already], posts: [] });
  });

  it('draws its open round as stopped, and stands when the platform refuses the drawing', async () => {
    const anna = env.s.coordinator;
    await openRound(env.deps, anna, env.s.leerlijnId, 'week1');
    const drawn: Array<Pick<RoundView, 'status' | 'stopped'> & { summary: boolean }> = [];
    const refused = async (round: RoundView, summary: boolean): Promise<never> => {
      drawn.push({ status: round.status, stopped: round.stopped, summary });
      throw new Error('the platform refused the update');
    };
    expect(await send(anna, CHANNEL, refused)).toEqual({ answer: ['accepted'], replies: [], posts: [stoppedPost(anna)] });
    expect(drawn).toEqual([{ status: 'open', stopped: true, summary: false }]);
    expect((await leerlijnById(env.t.db, env.s.leerlijnId))?.status).toBe('stopped');
  });

  it('posts once when two coordinators send it at the same moment', async () => {
    const [anna, bram] = [env.s.coordinator, env.s.members[1]!];
    await changeTeam(env.deps, anna, env.s.leerlijnId, { upsert: [{ userId: bram.userId, displayName: 'Lid 1', isCoordinator: true }] });
    const both = await Promise.all([send(anna), send(bram)]);
    expect(both.flatMap((s) => s.posts)).toHaveLength(1);
    expect(both.flatMap((s) => s.replies)).toEqual([already]);
    expect(both.map((s) => s.answer)).toEqual([['accepted'], ['accepted']]);
  });

  it('refuses a form that names another channel’s leerlijn: that team would not hear of it', async () => {
    const elsewhere: Place = { ...CHANNEL, channelId: 'C_ELSEWHERE' };
    expect(await send(env.s.coordinator, elsewhere)).toEqual({ answer: [expect.objectContaining({ type: 'error', code: 'leerlijn_elsewhere' })], replies: [], posts: [] });
    expect((await leerlijnById(env.t.db, env.s.leerlijnId))?.status).toBe('active');
  });

  it('refuses a member before anything changes', async () => {
    const chen = env.s.members[2]!;
    expect(await send(chen)).toEqual({ answer: [expect.objectContaining({ type: 'error', code: 'not_coordinator' })], replies: [], posts: [] });
    expect((await leerlijnById(env.t.db, env.s.leerlijnId))?.status).toBe('active');
  });
});
