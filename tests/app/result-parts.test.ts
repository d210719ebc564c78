// A long outcome message goes out in parts (Slack: at most 50 blocks a message). A refused part
// stops the rest: the team never reads a second half without its first. The next publish posts
// from the refused part on, in order, and updates what was posted.
import { describe, expect, it } from 'vitest';
import { postOnceThenUpdate, postPartsInOrder, type KeptMessage, type OutcomeMessage } from '../../src/app/result-publishing.js';
import { postedMessage, type PostedMessage } from '../../src/app/posted.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';
import { capturedLog } from '../support/log-lines.js';

describe.each(backends())('an outcome in parts on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 1);

  /** A channel that refuses the posts named in `refuse` (by part) and notes what it was asked. */
  function channel(refuse: ReadonlySet<number>) {
    const asked: string[] = [];
    const part = (i: number): KeptMessage => ({
      async post() {
        asked.push(`post ${i}`);
        if (refuse.has(i)) throw new Error('refused');
        return { channelId: 'C1', messageId: `m${i}` };
      },
      update: async (where) => void asked.push(`update ${where.messageId}`),
    });
    return { asked, parts: [0, 1, 2].map(part) };
  }
  const noRemove = async (where: PostedMessage): Promise<void> => {
    throw new Error(`unexpected remove of ${where.messageId}`);
  };

  /**
   * A channel that holds what was posted, as its readers see it: `parts` the texts of the message now, one a part.
   * `refuse` names what it refuses this time ('update m0', 'delete m1').
   */
  function keptChannel() {
    const shown = new Map<string, string>();
    let next = 0;
    const refusing = new Set<string>();
    const updates: string[] = [];
    const parts = (texts: readonly string[]): KeptMessage[] => texts.map((text) => ({
      async post() {
        const id = `m${next++}`;
        shown.set(id, text);
        return { channelId: 'C1', messageId: id };
      },
      async update(where) {
        if (refusing.has(`update ${where.messageId}`)) throw new Error('refused');
        updates.push(where.messageId);
        // Deleted in the channel: the platform says it has no such message.
        if (!shown.has(where.messageId)) return 'gone';
        shown.set(where.messageId, text);
      },
    }));
    const remove = async (where: PostedMessage): Promise<void> => {
      if (refusing.has(`delete ${where.messageId}`)) throw new Error('refused');
      shown.delete(where.messageId);
    };
    return { shown, parts, remove, updates, refuse: (what: string[]) => (refusing.clear(), what.forEach((w) => refusing.add(w))) };
  }

  /** A publish of `what` under `prefix:i`, logged; with a channel of kept messages (keptChannel). */
  function publishing(what: OutcomeMessage, prefix: string) {
    const logged = capturedLog();
    const { workspaceId } = env.s.coordinator;
    const at = { workspaceId, leerlijnId: env.s.leerlijnId, what, keyOf: (i: number) => `${prefix}:${i}`, mode: 'all' as const };
    return { logged, by: { deps: env.deps, log: logged.log }, workspaceId, at, channel: keptChannel() };
  }

  it('stops at the first refused part, then posts from there in order', async () => {
    const { logged, by, at } = publishing('filled instrument', 'instrument:r1');

    const refused = channel(new Set([1]));
    expect(await postPartsInOrder(by, at, refused.parts, noRemove)).toBe('refused');
    expect(refused.asked).toEqual(['post 0', 'post 1']);
    expect(logged.warnings()).toEqual(['filled instrument not posted']);

    const passed = channel(new Set());
    expect(await postPartsInOrder(by, at, passed.parts, noRemove)).toBe('posted');
    expect(passed.asked).toEqual(['update m0', 'post 1', 'post 2']);
  });

  it('an outcome of two parts updated to one: the channel keeps one message with it once, the second is gone and forgotten', async () => {
    const { logged, by, workspaceId, at, channel } = publishing('round outcome', 'outcome:r2');
    expect(await postPartsInOrder(by, at, channel.parts(['total 20, first half', 'second half']), channel.remove)).toBe('posted');
    expect([...channel.shown.values()]).toEqual(['total 20, first half', 'second half']);

    expect(await postPartsInOrder(by, at, channel.parts(['total 21, all of it']), channel.remove)).toBe('inChannel');
    expect([...channel.shown.values()]).toEqual(['total 21, all of it']);
    expect(await postedMessage(env.deps, workspaceId, 'outcome:r2:1')).toBeNull();
    expect((await postedMessage(env.deps, workspaceId, 'outcome:r2:0'))?.messageId).toBe('m0');
    // Grown again: the second part is posted anew, not looked for where it was.
    expect(await postPartsInOrder(by, at, channel.parts(['total 22, first half', 'second half']), channel.remove)).toBe('posted');
    expect([...channel.shown.values()]).toEqual(['total 22, first half', 'second half']);
    expect(logged.warnings()).toEqual([]);
  });

  it('a part left over is deleted only after the parts before it are updated; a refused delete is tried again next time', async () => {
    const { logged, by, workspaceId, at, channel } = publishing('filled instrument', 'instrument:r3');
    await postPartsInOrder(by, at, channel.parts(['a', 'b', 'c']), channel.remove);

    // The first part not updated: the old second and third halves stay beside it, never the old text cut short.
    channel.refuse(['update m0']);
    await postPartsInOrder(by, at, channel.parts(['all']), channel.remove);
    expect([...channel.shown.values()]).toEqual(['a', 'b', 'c']);

    // Updated, but the platform refuses to delete the second: it is kept to be deleted by the next publish; the third goes.
    channel.refuse(['delete m1']);
    await postPartsInOrder(by, at, channel.parts(['all']), channel.remove);
    expect([...channel.shown.values()]).toEqual(['all', 'b']);
    expect((await postedMessage(env.deps, workspaceId, 'instrument:r3:1'))?.messageId).toBe('m1');
    expect(await postedMessage(env.deps, workspaceId, 'instrument:r3:2')).toBeNull();
    expect(logged.warnings()).toEqual(['filled instrument not updated', 'filled instrument part left over not deleted']);

    channel.refuse([]);
    await postPartsInOrder(by, at, channel.parts(['all']), channel.remove);
    expect([...channel.shown.values()]).toEqual(['all']);
    expect(await postedMessage(env.deps, workspaceId, 'instrument:r3:1')).toBeNull();
  });

  it('a part left over whose delete is refused after a later one went is deleted by the next publish', async () => {
    const { by, workspaceId, at, channel } = publishing('round outcome', 'outcome:r4');
    await postPartsInOrder(by, at, channel.parts(['a', 'b', 'c']), channel.remove);

    // Three parts down to one; the platform refuses to delete the third.
    channel.refuse(['delete m2']);
    await postPartsInOrder(by, at, channel.parts(['all']), channel.remove);
    expect((await postedMessage(env.deps, workspaceId, 'outcome:r4:2'))?.messageId).toBe('m2');

    channel.refuse([]);
    await postPartsInOrder(by, at, channel.parts(['all']), channel.remove);
    expect([...channel.shown.values()]).toEqual(['all']);
    expect(await postedMessage(env.deps, workspaceId, 'outcome:r4:1')).toBeNull();
    expect(await postedMessage(env.deps, workspaceId, 'outcome:r4:2')).toBeNull();
  });

  it('a part deleted in the channel is posted again in the same publish, and the parts left over still go', async () => {
    const { logged, by, workspaceId, at, channel } = publishing('round outcome', 'outcome:r5');
    await postPartsInOrder(by, at, channel.parts(['a', 'b', 'c']), channel.remove);
    // Someone deletes the second message; the outcome then needs two.
    channel.shown.delete('m1');
    expect(await postPartsInOrder(by, at, channel.parts(['first', 'second']), channel.remove)).toBe('posted');
    expect([...channel.shown.values()]).toEqual(['first', 'second']);
    expect((await postedMessage(env.deps, workspaceId, 'outcome:r5:1'))?.messageId).toBe('m3');
    expect(await postedMessage(env.deps, workspaceId, 'outcome:r5:2')).toBeNull();
    expect(logged.warnings()).toEqual([]);
  });

  it('the first part deleted in the channel: the parts after it go, and all come back in order at once', async () => {
    const { logged, by, workspaceId, at, channel } = publishing('round outcome', 'outcome:r7');
    await postPartsInOrder(by, at, channel.parts(['heading, a', 'b', 'c']), channel.remove);
    channel.shown.delete('m0');
    // The channel's messages in the order they stand: the heading's part first, never below the others.
    expect(await postPartsInOrder(by, at, channel.parts(['heading, A', 'B', 'C']), channel.remove)).toBe('posted');
    expect([...channel.shown.entries()]).toEqual([['m3', 'heading, A'], ['m4', 'B'], ['m5', 'C']]);
    for (const [i, id] of ['m3', 'm4', 'm5'].entries()) expect((await postedMessage(env.deps, workspaceId, `outcome:r7:${i}`))?.messageId).toBe(id);
    expect(logged.warnings()).toEqual([]);
  });

  it('a part deleted in the channel whose later parts may not be deleted now: refused, nothing posted out of order', async () => {
    const { by, at, channel } = publishing('round outcome', 'outcome:r8');
    await postPartsInOrder(by, at, channel.parts(['a', 'b']), channel.remove);
    channel.shown.delete('m0');
    channel.refuse(['delete m1']);
    expect(await postPartsInOrder(by, at, channel.parts(['A', 'B']), channel.remove)).toBe('refused');
    expect([...channel.shown.values()]).toEqual(['b']);
    channel.refuse([]);
    expect(await postPartsInOrder(by, at, channel.parts(['A', 'B']), channel.remove)).toBe('posted');
    expect([...channel.shown.values()]).toEqual(['A', 'B']);
  });

  it("'missing' posts only what is not in the channel and draws nothing anew", async () => {
    const { logged, by, at, channel } = publishing('round outcome', 'outcome:r6');
    await postPartsInOrder(by, at, channel.parts(['a', 'b']), channel.remove);
    const missing = { ...at, mode: 'missing' as const };
    expect(await postPartsInOrder(by, missing, channel.parts(['a', 'b', 'c']), channel.remove)).toBe('posted');
    expect(await postPartsInOrder(by, missing, channel.parts(['a']), channel.remove)).toBe('inChannel');
    expect(channel.updates).toEqual([]);
    expect([...channel.shown.values()]).toEqual(['a', 'b', 'c']);
    expect(logged.warnings()).toEqual([]);
  });

  it('a post that gave no id back is remembered: never posted again, and not updated', async () => {
    const logged = capturedLog();
    const by = { deps: env.deps, log: logged.log };
    const at = { workspaceId: env.s.coordinator.workspaceId, leerlijnId: env.s.leerlijnId, key: 'outcome:r1', what: 'round outcome' as const, mode: 'all' as const };
    const asked: string[] = [];
    const noId: KeptMessage = {
      async post() {
        asked.push('post');
        return null;
      },
      update: async (where) => void asked.push(`update ${where.messageId}`),
    };
    expect(await postOnceThenUpdate(by, at, noId)).toBe('posted');
    expect(await postOnceThenUpdate(by, at, noId)).toBe('inChannel');
    expect(asked).toEqual(['post']);
    expect(logged.warnings()).toEqual([]);
    expect(logged.lines.map((l) => l.msg)).toContain('round outcome posted without an id; not updated');
  });
});
