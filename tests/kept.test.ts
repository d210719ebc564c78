import { describe, expect, it } from 'vitest';
import { Kept } from '../src/kept.js';

describe('Kept', () => {
  it('makes a key once and answers the same promise after', async () => {
    const kept = new Kept<number>(4);
    let made = 0;
    const make = async () => ++made;
    const first = kept.get('a', make);
    expect(kept.get('a', make)).toBe(first);
    expect(await first).toBe(1);
    expect(made).toBe(1);
  });

  it('forgets a rejected promise, so the next ask makes it again', async () => {
    const kept = new Kept<string>(4);
    await expect(kept.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await kept.get('a', async () => 'up')).toBe('up');
  });

  it('drops the oldest key past its bound', async () => {
    const kept = new Kept<string>(2);
    for (const key of ['a', 'b', 'c']) await kept.get(key, async () => `${key}1`);
    expect(await kept.get('a', async () => 'a2')).toBe('a2');
    expect(await kept.get('c', async () => 'c2')).toBe('c1');
  });
});
