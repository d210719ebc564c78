import { describe, expect, it } from 'vitest';
import { Kept } from '../../src/app/kept.js';

describe('Kept', () => {
  it('asks once per key, also while the first ask is still pending', async () => {
    const kept = new Kept<string>();
    let asked = 0;
    const make = async () => `answer ${++asked}`;
    const [a, b] = [kept.get('k', make), kept.get('k', make)];
    expect(await a).toBe('answer 1');
    expect(await b).toBe('answer 1');
    expect(await kept.get('k', make)).toBe('answer 1');
    expect(await kept.get('other', make)).toBe('answer 2');
  });

  it('forgets a failed ask, so the next call asks again', async () => {
    const kept = new Kept<string>();
    await expect(kept.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await kept.get('k', async () => 'up')).toBe('up');
  });

  it('drops the oldest key past its bound', async () => {
    const kept = new Kept<number>(2);
    await kept.get('a', async () => 1);
    await kept.get('b', async () => 2);
    await kept.get('c', async () => 3);
    expect(await kept.get('a', async () => 4)).toBe(4);
    expect(await kept.get('c', async () => 5)).toBe(3);
  });
});
