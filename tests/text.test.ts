// cleanStrings gives back a value with nothing to clean as it is, and otherwise the same
// cleaned copy as always: the old copying version is the reference here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanStrings, pairSafeEnd } from '../src/text.js';

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const cleanTextBefore = (text: string): string => text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
function cleanStringsBefore(value: unknown): unknown {
  if (typeof value === 'string') return cleanTextBefore(value);
  if (Array.isArray(value)) return value.map(cleanStringsBefore);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanTextBefore(k), cleanStringsBefore(v)]));
  }
  return value;
}

describe('cleanStrings', () => {
  it('cleans as the copying version did, for any JSON value (lone surrogates and NULs included)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }), (value) => {
        expect(cleanStrings(value)).toStrictEqual(cleanStringsBefore(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a value with nothing to clean back without copying it, and copies one that needs it', () => {
    const clean = { type: 'invoke', from: { id: '29:a', name: 'Anna Éénhoorn' }, value: [1, 'twee', null] };
    expect(cleanStrings(clean)).toBe(clean);
    const emoji = { name: 'Anna 😀' }; // a valid pair: looked at closely, and kept
    expect(cleanStrings(emoji)).toStrictEqual(emoji);
    const dirty = { type: 'invoke', from: { id: '29:a', name: 'Anna\u0000' }, ['k\uD800']: 'x' };
    expect(cleanStrings(dirty)).toStrictEqual({ type: 'invoke', from: { id: '29:a', name: 'Anna' }, ['k\uFFFD']: 'x' });
    expect(dirty.from.name).toBe('Anna\u0000');
  });
});

describe('pairSafeEnd', () => {
  it('moves a cut that would split a surrogate pair to before the pair, and leaves any other cut', () => {
    expect(pairSafeEnd('ab😀c', 3)).toBe(2);
    expect(pairSafeEnd('ab😀c', 2)).toBe(2);
    expect(pairSafeEnd('ab😀c', 4)).toBe(4);
    expect(pairSafeEnd('abc', 9)).toBe(9);
  });
});
