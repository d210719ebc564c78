// Which people a reply names (src/views/reply.ts peopleNamed): Teams looks up their names
// before it draws the reply, since a card has no mentions. And a refusal drawn in markup.
import { describe, expect, it } from 'vitest';
import { text } from '../../src/app/flows/surface.js';
import { helpDoc, peopleNamed, refusal } from '../../src/views/reply.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { tError } from '../../src/i18n/index.js';

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

describe('a refusal in markup', () => {
  // Why a meeting cannot be planned is a code the catalogue turns into a sentence; escaping it as
  // user text (Teams escapes '_') made Teams say "Deze waarde klopt niet" instead.
  const refused = { type: 'error' as const, code: 'schedule_refused' as const, params: { reason: 'after_leerlijn', kind: 'vervolgevaluatie' } };

  it('says the reason on both platforms, as plain text does', () => {
    const plain = tError('nl', 'schedule_refused', refused.params);
    expect(plain).toContain('eindevaluatiebijeenkomst');
    for (const m of [teamsMarkup([]), slackMarkup]) expect(refusal(m, 'nl', refused, true)).toContain('na het einde van de eindevaluatiebijeenkomst');
  });

  it('still escapes a param it says as it came', () => {
    const m = teamsMarkup([]);
    const echoed = { type: 'error' as const, code: 'not_invuller' as const, params: { kind: '*onbekend*' } };
    const said = refusal(m, 'nl', echoed, true);
    expect(said).toContain(m.user('*onbekend*', 500));
    expect(said).not.toContain(' *onbekend* ');
  });

  it('escapes the name of whose an action is now (a display name is user text), on both platforms', () => {
    const refusedOwner = { type: 'error' as const, code: 'not_owner' as const, params: { owner: '*Chen* <b>' } };
    for (const m of [teamsMarkup([]), slackMarkup]) {
      const said = refusal(m, 'nl', refusedOwner, true);
      expect(said).toContain(`Hij staat nu op naam van ${m.user('*Chen* <b>', 500)}.`);
      expect(said).not.toContain('*Chen* <b>');
    }
  });
});

// `scores eind` and `planning nieuw` were written bare in help, between commands written in full:
// typed as shown they are no command on either platform.
describe('help names every command as it is typed', () => {
  const said = (m: Parameters<typeof helpDoc>[0], lang: 'nl' | 'en'): string => JSON.stringify(helpDoc(m, lang));

  it('in Slack with /leerlijn, in Teams with the mention', () => {
    expect(said(slackMarkup, 'nl')).toContain('`/leerlijn scores eind`');
    expect(said(slackMarkup, 'nl')).toContain('`/leerlijn planning nieuw`');
    expect(said(slackMarkup, 'en')).toContain('`/leerlijn scores final`');
    expect(said(slackMarkup, 'en')).toContain('`/leerlijn schedule new`');
    const teams = said(teamsMarkup([]), 'nl');
    expect(teams).toContain('**@Leerlijn scores eind**');
    expect(teams).toContain('**@Leerlijn planning nieuw**');
    for (const text of [said(slackMarkup, 'nl'), teams]) expect(text).not.toMatch(/\(`scores eind`|met `planning nieuw`/);
  });
});
