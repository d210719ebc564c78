// A long outcome message goes out in parts (Slack: at most 50 blocks a message). A refused part
// stops the rest: the team never reads a second half without its first. The next publish posts
// from the refused part on, in order, and updates what was posted.
import { describe, expect, it } from 'vitest';
import { postOnceThenUpdate, postPartsInOrder, type KeptMessage } from '../../src/app/result-publishing.js';
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

  it('stops at the first refused part, then posts from there in order', async () => {
    const logged = capturedLog();
    const by = { deps: env.deps, log: logged.log };
    const at = { workspaceId: env.s.coordinator.workspaceId, leerlijnId: env.s.leerlijnId, what: 'filled instrument' as const, keyOf: (i: number) => `instrument:r1:${i}` };

    const refused = channel(new Set([1]));
    expect(await postPartsInOrder(by, at, refused.parts)).toBe('refused');
    expect(refused.asked).toEqual(['post 0', 'post 1']);
    expect(logged.warnings()).toEqual(['filled instrument not posted']);

    const passed = channel(new Set());
    expect(await postPartsInOrder(by, at, passed.parts)).toBe('inChannel');
    expect(passed.asked).toEqual(['update m0', 'post 1', 'post 2']);
  });

  it('a post that gave no id back is remembered: never posted again, and not updated', async () => {
    const logged = capturedLog();
    const by = { deps: env.deps, log: logged.log };
    const at = { workspaceId: env.s.coordinator.workspaceId, leerlijnId: env.s.leerlijnId, key: 'outcome:r1', what: 'round outcome' as const };
    const asked: string[] = [];
    const noId: KeptMessage = {
      async post() {
        asked.push('post');
        return null;
      },
      update: async (where) => void asked.push(`update ${where.messageId}`),
    };
    expect(await postOnceThenUpdate(by, at, noId)).toBe('inChannel');
    expect(await postOnceThenUpdate(by, at, noId)).toBe('inChannel');
    expect(asked).toEqual(['post']);
    expect(logged.warnings()).toEqual([]);
    expect(logged.lines.map((l) => l.msg)).toContain('round outcome posted without an id; not updated');
  });
});
