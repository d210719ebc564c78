import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from '../../src/domain/typo.js';

describe('editDistance (optimal string alignment: a swap of two neighbours is one edit)', () => {
  it.each([
    ['status', 'status', 0],
    ['stauts', 'status', 1], // two letters swapped
    ['planing', 'planning', 1], // one left out
    ['sluitt', 'sluit', 1], // one too many
    ['scorse', 'scores', 1],
    ['stpo', 'stop', 1],
    ['test', 'team', 2],
    ['', 'team', 4],
    ['banaan', 'planning', 5],
  ] as const)('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestWord', () => {
  const words = ['help', 'hulp', 'start', 'status', 'wat', 'what', 'planning', 'schedule', 'team', 'scores', 'sluit', 'close', 'stop', 'export', 'actieplan', 'plan'];

  it('finds the word a typo of 5+ letters was meant to be, up to two edits away', () => {
    expect(closestWord('stauts', words)).toBe('status');
    expect(closestWord('planing', words)).toBe('planning');
    expect(closestWord('shcedlue', words)).toBe('schedule');
    expect(closestWord('STAUTS', words)).toBe('status');
    expect(closestWord('statsu', words)).toBe('status');
  });

  it('allows one edit in a word of up to 4 letters: two would change half of it', () => {
    expect(closestWord('stpo', words)).toBe('stop');
    expect(closestWord('tema', words)).toBe('team');
    expect(closestWord('test', words)).toBeNull(); // 'team' is two away: another word, not a typo
  });

  it('suggests nothing when nothing is close, or when two words are equally close', () => {
    expect(closestWord('banaan', words)).toBeNull();
    expect(closestWord('hallo', words)).toBeNull();
    expect(closestWord('hlp', words)).toBeNull(); // help and hulp, one edit each
    expect(closestWord('x'.repeat(500), words)).toBeNull();
  });

  it('a tie among words that mean the same (a command and its alias) is no tie: the first of them is suggested', () => {
    const commandOf = (word: string): string => ({ hulp: 'help', what: 'wat', close: 'sluit', schedule: 'planning' })[word] ?? word;
    expect(closestWord('hlp', words, commandOf)).toBe('help');
    expect(closestWord('hlp', ['hulp', 'help'], commandOf)).toBe('hulp');
    // Still a tie across two meanings: 'hlp' is as close to 'hup' as to help and hulp.
    expect(closestWord('hlp', [...words, 'hup'], commandOf)).toBeNull();
    expect(closestWord('hlp', ['help', 'hup', 'hulp'], commandOf)).toBeNull();
  });

  it('a word that is one of the words is no typo', () => {
    expect(closestWord('status', words)).toBeNull();
  });
});
