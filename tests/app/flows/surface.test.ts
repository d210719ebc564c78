// What a surface's postRound answers (app/flows/surface.ts postRoundResult), the same for both platforms.
import { describe, expect, it } from 'vitest';
import { postRoundResult } from '../../../src/app/flows/surface.js';

describe('postRoundResult', () => {
  it('says how many were posted, or that another post is under way, and tells no one', async () => {
    const told: unknown[] = [];
    const tell = async (error: unknown) => void told.push(error);
    expect(await postRoundResult(async () => 3, tell)).toEqual({ posted: 3 });
    expect(await postRoundResult(async () => 'busy', tell)).toEqual({ busy: true });
    expect(told).toEqual([]);
  });

  it('tells the actor when posting throws, and says it failed', async () => {
    const told: unknown[] = [];
    const failure = new Error('not_in_channel');
    const result = await postRoundResult(async () => Promise.reject(failure), async (error) => void told.push(error));
    expect(result).toEqual({ failed: true });
    expect(told).toEqual([failure]);
  });
});
