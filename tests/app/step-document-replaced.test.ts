// A result's document posted once per version of the result (its agreed scores): a change posts the current one once,
// the outdated one removed after it where the platform can (Slack); twice or raced, the same change posts once; a refused
// removal still posts the current one; a platform that cannot remove (Teams) posts nothing new.
import { beforeEach, describe, expect, it } from 'vitest';
import { deliverOnce, type RemoveDocument, type StepDocument } from '../../src/app/step-documents.js';
import type { Logger } from '../../src/logger.js';
import type { PostedMessage } from '../../src/store/posted-messages.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

const V12 = 'P1:1 P2:1 A1:1 A2:1 A3:1 B1:1 B2:1 T1:2 T2:1 T3:2';
const V14 = 'P1:3 P2:1 A1:1 A2:1 A3:1 B1:1 B2:1 T1:2 T2:1 T3:2';

describe.each(backends())('a result document replaced on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let posts: string[];
  let removed: PostedMessage[];
  let warned: Array<{ fields: Record<string, unknown>; msg: string }>;
  const log = { warn: (fields: Record<string, unknown>, msg: string) => warned.push({ fields, msg }) } as unknown as Logger;
  const doc = (version: string): Pick<StepDocument, 'kind' | 'leerlijnId' | 'version'> => ({ kind: 'instrument-week1', leerlijnId: env.s.leerlijnId, version });
  const post = async () => {
    posts.push(`F${posts.length + 1}a F${posts.length + 1}b`);
    return posts.at(-1)!;
  };
  const remove: RemoveDocument = async (posted) => void removed.push(posted);
  const deliver = (version: string, replace: RemoveDocument | null = remove) =>
    deliverOnce(env.deps, env.s.workspaceId, doc(version), 'C_TEAM', post, replace ? { remove: replace, log } : undefined);

  beforeEach(() => {
    posts = [];
    removed = [];
    warned = [];
  });

  it('posts a changed result once, twice asked or raced, and removes the outdated one', async () => {
    expect(await deliver(V12)).toBe(true);
    expect(await deliver(V12)).toBe(false);
    const raced = await Promise.all([deliver(V14), deliver(V14), deliver(V14)]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await deliver(V14)).toBe(false);
    expect(posts).toEqual(['F1a F1b', 'F2a F2b']);
    expect(removed).toEqual([{ channelId: 'C_TEAM', messageId: 'F1a F1b' }]);
    // Changed back: the one posted for 14 goes, the one for 12 comes again.
    expect(await deliver(V12)).toBe(true);
    expect(removed.at(-1)).toEqual({ channelId: 'C_TEAM', messageId: 'F2a F2b' });
    expect(warned).toEqual([]);
  });

  it('still posts the current one when the platform refuses to remove the outdated one, and logs its ids', async () => {
    await deliver(V12);
    const refused = new Error('cant_delete_file');
    expect(await deliver(V14, () => Promise.reject(refused))).toBe(true);
    expect(posts).toEqual(['F1a F1b', 'F2a F2b']);
    const fields = expect.objectContaining({ err: refused, channelId: 'C_TEAM', messageId: 'F1a F1b' });
    expect(warned).toEqual([{ fields, msg: 'outdated step document not removed' }]);
    // Kept as the current one: the same change does not post again.
    expect(await deliver(V14)).toBe(false);
  });

  it('removes the outdated one only once the current one is posted: a refused post leaves it, and the next try replaces it', async () => {
    await deliver(V12);
    const refused = () => Promise.reject(new Error('ratelimited'));
    await expect(deliverOnce(env.deps, env.s.workspaceId, doc(V14), 'C_TEAM', refused, { remove, log })).rejects.toThrow('ratelimited');
    expect(removed).toEqual([]);
    expect(await deliver(V14)).toBe(true);
    expect(removed).toEqual([{ channelId: 'C_TEAM', messageId: 'F1a F1b' }]);
  });

  it('posts nothing new where the platform cannot remove what it posted (its link shows the current one)', async () => {
    expect(await deliver(V12, null)).toBe(true);
    expect(await deliver(V14, null)).toBe(false);
    expect(posts).toHaveLength(1);
  });
});
