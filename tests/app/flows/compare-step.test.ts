// The last step is done when the team got the comparison in its channel (leerlijn.md: "everyone
// receives the analysis"), whoever of the team asked for it. Until then the coordinator is told
// to compare: their own export, which holds the comparison's PDF, or a link to that PDF being
// opened, posts nothing for the team and so does not count.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import type { Actor } from '../../../src/app/context.js';
import { renderDocument } from '../../../src/app/documents.js';
import { saveEvaluationEntry } from '../../../src/app/evaluation.js';
import { runCommand } from '../../../src/app/flows/run.js';
import type { ChannelView, FlowCtx, ReplyView } from '../../../src/app/flows/surface.js';
import { channelLeerlijn } from '../../../src/app/places.js';
import { getProgress } from '../../../src/app/progress.js';
import { setAgreedScore } from '../../../src/app/rounds.js';
import { roundsOf } from '../../../src/store/rounds.js';
import { backends } from '../../support/db.js';
import { agreedRound, useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

/** The eindevaluatie (week 17 of a start on 2 February, 15:30) is under way. */
const DURING_EINDEVALUATIE = new Date('2026-05-25T14:00:00Z');

describe.each(backends())('the comparison step on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 3);

  const agreed = (moment: 'week1' | 'week17') => agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, moment, moment === 'week1' ? 1 : 2);

  /** Steps 1 to 3 done, week 17 agreed and its Evaluatielijst filled in, during the eindevaluatie: only the comparison is left. */
  async function readyToCompare(): Promise<void> {
    await agreed('week1');
    await savePlanItem(env.deps, env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'A1', watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke week kort overleg',
      actions: [{ description: 'Overleg plannen', ownerUserId: env.s.coordinator.userId, dueDate: '2026-03-20' }],
    });
    for (const moment of ['terugkom', 'eind'] as const) await saveEvaluationEntry(env.deps, env.s.coordinator, env.s.leerlijnId, { moment, onderdeel: 'A1', bereikt: 3 });
    await agreed('week17');
    env.deps.setNow(DURING_EINDEVALUATIE);
  }

  /** `who` types a command in the team's channel; the surface keeps what it was asked. */
  async function typed(who: Actor, command: string, opts: { channelRefuses?: boolean } = {}): Promise<{ posted: ChannelView[]; replies: ReplyView[]; exported: number }> {
    const seen = { posted: [] as ChannelView[], replies: [] as ReplyView[], exported: 0 };
    const surface = surfaceFake({
      reply: async (view) => void seen.replies.push(view),
      post: async (view) => {
        if (opts.channelRefuses) throw new Error('channel_not_found');
        seen.posted.push(view);
      },
      sendPrivateFile: async () => ((seen.exported += 1), { as: 'file' as const }),
    });
    const place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };
    const leerlijn = await channelLeerlijn(env.deps, env.s.workspaceId, place.channelId, 'fresh');
    const ctx: FlowCtx = { deps: env.deps, log: pino({ level: 'silent' }), actor: who, place, leerlijn, lang: 'nl', surface };
    await runCommand(ctx, { text: command, mentions: [] });
    return seen;
  }

  const coordinatorNext = async (): Promise<string> => (await getProgress(env.deps, env.s.coordinator, env.s.leerlijnId)).progress.next.code;

  it("keeps telling the coordinator to compare after their export and after the comparison's PDF link was opened", async () => {
    await readyToCompare();
    expect(await coordinatorNext()).toBe('compare');

    const exported = await typed(env.s.coordinator, 'export');
    expect(exported.exported).toBe(1);
    expect(await coordinatorNext()).toBe('compare');

    const pdf = await renderDocument(env.deps, { leerlijnId: env.s.leerlijnId, kind: 'vergelijking', lang: 'nl', expires: 0 });
    expect(pdf?.contentType).toBe('application/pdf');
    expect(await coordinatorNext()).toBe('compare');
  });

  it('counts the comparison once it is posted in the channel, also when a team member asked for it, not when the channel refused it', async () => {
    await readyToCompare();
    const member = env.s.members[1]!;

    const refused = await typed(member, 'vergelijk', { channelRefuses: true });
    expect(refused.replies.map((r) => r.type)).toContain('error');
    expect(await coordinatorNext()).toBe('compare');

    const posted = await typed(member, 'vergelijk');
    expect(posted.posted.map((v) => v.type)).toEqual(['comparison']);
    const after = (await getProgress(env.deps, env.s.coordinator, env.s.leerlijnId)).progress;
    expect(after.current).toBeNull();
    expect(after.next.code).not.toBe('compare');
  });

  // A member typing `vergelijk` again posted the whole comparison, and its PDF, to the channel
  // once more (found living the Dutch leerlijn). Once it is there, they are pointed to it, only
  // them; the coordinator may still post it again.
  it('posts the comparison once for the team; a member asking again is pointed to it privately', async () => {
    await readyToCompare();
    const [member, other] = [env.s.members[1]!, env.s.members[2]!];

    expect((await typed(member, 'vergelijk')).posted.map((v) => v.type)).toEqual(['comparison']);

    const again = await typed(other, 'vergelijk');
    expect(again.posted).toEqual([]);
    expect(again.replies[0]).toMatchObject({ type: 'text', key: 'compare.alreadyPosted' });

    expect((await typed(env.s.coordinator, 'vergelijk')).posted.map((v) => v.type)).toEqual(['comparison']);
  });

  // The coordinator changed an agreed score after the comparison was posted: the one in the channel
  // says numbers no longer true, so comparing is the next step again; the same score set again changes nothing.
  it('counts the posted comparison as not done once an agreed score it shows changed', async () => {
    await readyToCompare();
    await typed(env.s.members[1]!, 'vergelijk');
    const week17 = (await roundsOf(env.deps.db, env.s.leerlijnId)).find((r) => r.moment === 'week17')!;
    await setAgreedScore(env.deps, env.s.coordinator, { roundId: week17.id, onderdeel: 'B2', score: 2 });
    expect(await coordinatorNext()).not.toBe('compare');
    await setAgreedScore(env.deps, env.s.coordinator, { roundId: week17.id, onderdeel: 'B2', score: 3 });
    expect(await coordinatorNext()).toBe('compare');
    expect((await typed(env.s.members[2]!, 'vergelijk')).posted.map((v) => v.type)).toEqual(['comparison']);
    expect(await coordinatorNext()).not.toBe('compare');
  });
});
