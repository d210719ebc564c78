// A step's PDF where Teams links to it: how long the link works, as a person counts it.
import { describe, expect, it } from 'vitest';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import { stepDocumentDoc } from '../../src/views/notices.js';

const said = (lang: 'nl' | 'en', ttlHours: number): string => JSON.stringify(stepDocumentDoc(teamsMarkup([]), lang, 'actieplan', { url: 'https://bot.example/d/x', ttlHours }).blocks);

describe('a step document link', () => {
  it('says how long it works in days when it is whole days (the default two weeks read 336 uur)', () => {
    expect(said('nl', 24 * 14)).toContain('De link werkt 14 dagen;');
    expect(said('nl', 24)).toContain('De link werkt 1 dag;');
    expect(said('en', 24 * 14)).toContain('The link works for 14 days;');
  });

  it('says hours when it is not whole days', () => {
    expect(said('nl', 36)).toContain('De link werkt 36 uur;');
    expect(said('en', 1)).toContain('The link works for 1 hour;');
  });
});
