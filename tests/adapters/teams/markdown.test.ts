// Teams reads TextBlock text as Markdown: user text must show as typed, and the start
// confirmation and form carry the same facts as in Slack.
import { describe, expect, it } from 'vitest';
import { escapeTeamsMarkdown, userText } from '../../../src/adapters/teams/cards/common.js';
import { teamsMarkup, toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { startedDoc } from '../../../src/views/leerlijn.js';
import { startFormCard } from '../../../src/adapters/teams/cards/form.js';
import type { LeerlijnView } from '../../../src/app/views.js';

/** What a CommonMark renderer shows for backslash escapes. */
const shown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeTeamsMarkdown', () => {
  it.each([
    ['*bold* and **strong**', /(?<!\\)\*/],
    ['[klik](https://evil.example)', /(?<!\\)[[\]]/], // an escaped [ and ] make no link, so ( and ) need nothing
    ['_schuin_', /(?<!\\)_/],
    ['<at>Jan</at> &amp;', /(?<!\\)<|(?<!\\)&(?=amp;)/], // no tag opens without <, and an entity is its & escaped
    ['# kop', /(?<!\\)#/],
    ['> citaat', /(?<!\\)>/],
    ['- lijst\n+ punt', /(?<!\\)[-+]/],
    ['## kop\n#\n-', /^[#-]/m], // a heading or list opens only with the line's first mark
    ['`code` en \\ backslash', /(?<!\\)`/],
    ['{{DATE(2026-02-02T10:00:00Z, SHORT)}}', /(?<!\\)[{}]/],
  ])('leaves no markup in %j, and the reader still sees it as typed', (input, markup) => {
    const escaped = escapeTeamsMarkdown(input);
    expect(escaped).not.toMatch(markup);
    expect(shown(escaped)).toBe(input);
  });

  it('keeps a numbered line from becoming a list', () => {
    expect(escapeTeamsMarkdown('1. Overleg plannen\n2. Rooster')).toBe('1\\. Overleg plannen\n2\\. Rooster');
    expect(escapeTeamsMarkdown('1) Overleg')).toBe('1\\) Overleg');
    expect(escapeTeamsMarkdown('Groep 8. Daarna')).toBe('Groep 8. Daarna');
  });

  it('keeps a line of = or - under a line from making it a heading', () => {
    expect(escapeTeamsMarkdown('Vergadering\n===')).toBe('Vergadering\n\\===');
    expect(escapeTeamsMarkdown('Vergadering\n---')).toBe('Vergadering\n\\---');
  });

  // The native renderers (iOS, Android, Windows) drop a backslash only before [ ] ): any other would stay in sight.
  it('escapes nothing in everyday text that no renderer reads as markup', () => {
    const lineStarts = ['+31 6 12345678', '-5 graden', '#1 prioriteit', '=SUM(A1)', 'Notitie\n-5 graden\n=A1+B1'];
    for (const plain of ['Ouders bellen (vóór 1 maart) - school & wijk! 2.0', 'snake_case_name', 'C:\\Users', 'AT&T 50-50 a+b=c > d', ...lineStarts]) {
      expect(escapeTeamsMarkdown(plain)).toBe(plain);
    }
  });

  it('cuts before escaping, so an escape is never cut in half', () => {
    const cut = userText('*'.repeat(50), 10);
    expect(cut).toBe(`${'\\*'.repeat(9)}…`);
  });

  it('never cuts an emoji in half', () => {
    expect(userText('abcdefgh😀xyz', 10)).toBe('abcdefgh…');
    expect(userText('abcdefg😀xyz', 10)).toBe('abcdefg😀…');
  });
});

const leerlijn: LeerlijnView = {
  id: 'l1', channelId: 'c1', kind: 'nieuw', schoolName: '*Het Baken*', youthOrgName: '[JoU](https://evil.example)', lang: 'nl',
  timezone: 'Europe/Amsterdam', status: 'active', startDate: '2026-02-02', startTime: '15:30',
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }],
  missingRandvoorwaarden: ['financiering'], teamWarnings: [{ code: 'side_missing', side: 'jongerenwerk' }],
};

describe('the Teams start confirmation', () => {
  it('names who started it, warns about randvoorwaarden and the team, and shows the school as typed', () => {
    const card = JSON.stringify(toAdaptiveCard(startedDoc(teamsMarkup(leerlijn.members), leerlijn, userText('_Anna_', 100), 'ma 2 feb 2026 15:30')));
    expect(card).toContain('Financiering');
    expect(card).toContain('Er zit nog niemand van het jongerenwerk in het team');
    expect(card).toContain('\\\\*Het Baken\\\\*');
    expect(card).toContain('\\\\[JoU\\\\](https://evil.example)');
    expect(card).toContain('\\\\_Anna\\\\_');
    expect(card).toContain('ma 2 feb 2026 15:30');
  });
});

describe('the Teams start form', () => {
  it('offers Nederlands and English, with the configured language chosen', () => {
    const form = startFormCard('en', []);
    const lang = form.body.find((e) => e.id === 'lang');
    expect(lang).toMatchObject({ type: 'Input.ChoiceSet', value: 'en', choices: [{ title: 'Nederlands', value: 'nl' }, { title: 'English', value: 'en' }] });
  });
});
