import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../src/app/coalesce.js';
import { ManualClock } from '../support/manual-clock.js';

const noErrors = (_key: string, error: unknown): never => {
  throw error;
};

describe('the per-card coalescer both platforms use', () => {
  it('sends the first update at once and one trailing update per second with the latest task', async () => {
    const clock = new ManualClock();
    const sent: string[] = [];
    const c = new Coalescer(clock, noErrors);
    for (const n of ['1', '2', '3', '4']) c.request('card', async () => void sent.push(n));
    await c.settled();
    expect(sent).toEqual(['1']);
    clock.advance(999);
    await c.settled();
    expect(sent).toEqual(['1']);
    clock.advance(1);
    await c.settled();
    expect(sent).toEqual(['1', '4']);
    c.request('other', async () => void sent.push('x'));
    await c.settled();
    expect(sent).toEqual(['1', '4', 'x']);
  });

  it('counts the interval from when a slow call finished, so two updates never land within a second', async () => {
    const clock = new ManualClock();
    const landed: number[] = [];
    const c = new Coalescer(clock, noErrors);
    // The platform takes 800 ms to answer the first update.
    c.request('card', async () => {
      clock.advance(800);
      landed.push(clock.now());
    });
    c.request('card', async () => void landed.push(clock.now()));
    await c.settled();
    clock.advance(999);
    await c.settled();
    expect(landed).toHaveLength(1);
    clock.advance(1);
    await c.settled();
    expect(landed).toHaveLength(2);
    expect(landed[1]! - landed[0]!).toBe(1000);
  });

  it('tries a busy card again exactly one interval later, and only until it is sent', async () => {
    const clock = new ManualClock();
    const outcomes: Array<'sent' | 'busy'> = ['busy', 'sent'];
    const tries: number[] = [];
    const c = new Coalescer(clock, noErrors);
    c.request('card', async () => (tries.push(clock.now()), outcomes.shift() ?? 'sent'));
    await c.settled();
    clock.advance(999);
    await c.settled();
    expect(tries).toHaveLength(1);
    clock.advance(1);
    await c.settled();
    expect(tries).toEqual([tries[0], tries[0]! + 1000]);
    clock.advance(5000);
    await c.settled();
    expect(tries).toHaveLength(2);
  });

  it('tries a busy card again one interval later, unless a newer request replaced it', async () => {
    const clock = new ManualClock();
    const tries: string[] = [];
    const c = new Coalescer(clock, noErrors);
    c.request('card', async () => (tries.push('old'), 'busy'));
    await c.settled();
    c.request('card', async () => void tries.push('new'));
    clock.advance(1000);
    await c.settled();
    clock.advance(5000);
    await c.settled();
    expect(tries).toEqual(['old', 'new']);
  });

  it('reports a failed call and still sends the next update', async () => {
    const clock = new ManualClock();
    const failures: string[] = [];
    const sent: number[] = [];
    const c = new Coalescer(clock, (key) => failures.push(key));
    c.request('card', async () => {
      throw new Error('platform down');
    });
    await c.settled();
    c.request('card', async () => void sent.push(clock.now()));
    clock.advance(1000);
    await c.settled();
    expect(failures).toEqual(['card']);
    expect(sent).toHaveLength(1);
  });

  it('cancel drops waiting updates for the matching cards only', async () => {
    const clock = new ManualClock();
    const sent: string[] = [];
    const c = new Coalescer(clock, noErrors);
    for (const key of ['r1:P1', 'r2:P1']) {
      c.request(key, async () => void sent.push(`${key} first`));
      c.request(key, async () => void sent.push(`${key} trailing`));
    }
    await c.cancel((key) => key.startsWith('r1:'));
    clock.advance(1000);
    await c.settled();
    expect(sent).toEqual(['r1:P1 first', 'r2:P1 first', 'r2:P1 trailing']);
  });

  it('does not try a cancelled card again when its last call answers busy', async () => {
    const clock = new ManualClock();
    let answer: (outcome: 'busy') => void = () => undefined;
    let calls = 0;
    const c = new Coalescer(clock, noErrors);
    c.request('r1:P1', () => {
      calls += 1;
      return new Promise<'busy'>((resolve) => (answer = resolve));
    });
    const cancelled = c.cancel((key) => key.startsWith('r1:'));
    answer('busy');
    await cancelled;
    clock.advance(5000);
    await c.settled();
    expect(calls).toBe(1);
  });
});
