// Which people a reply names (src/views/reply.ts peopleNamed): Teams looks up their names
// before it draws the reply, since a card has no mentions.
import { describe, expect, it } from 'vitest';
import { text } from '../../src/app/flows/surface.js';
import { peopleNamed } from '../../src/views/reply.js';

describe('peopleNamed', () => {
  it('names the people of a sentence, of the sentences among lines, each once', () => {
    expect(peopleNamed(text('team.unchanged', {}, { people: { who: ['a', 'b'] } }))).toEqual(['a', 'b']);
    const lines = { type: 'lines' as const, lines: [text('team.unchanged', {}, { people: { who: ['a'] } }), { type: 'error' as const, code: 'internal' as const }, text('team.unchanged', {}, { people: { x: ['b', 'a'] } })] };
    expect(peopleNamed(lines)).toEqual(['a', 'b']);
  });

  it('names the people of a team reply’s change, and none in other replies', () => {
    const leerlijn = {} as never;
    expect(peopleNamed({ type: 'team', leerlijn, canEdit: false, change: [text('team.unchanged', {}, { people: { who: ['c'] } })] })).toEqual(['c']);
    expect(peopleNamed({ type: 'team', leerlijn, canEdit: false })).toEqual([]);
    expect(peopleNamed({ type: 'help' })).toEqual([]);
  });
});
