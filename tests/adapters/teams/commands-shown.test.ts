// The texts name commands as code (`/leerlijn status`), which Slack shows as code. A Teams card's
// TextBlock has no code (Adaptive Cards Markdown: bold, italic, lists, links), so Teams users saw
// the backticks themselves; there a command is bold, as typed in the place it is read.
import { describe, expect, it } from 'vitest';
import { messageCard } from '../../../src/adapters/teams/cards/common.js';
import { teamsMarkup, toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { t } from '../../../src/i18n/index.js';
import { welcomeDoc } from '../../../src/views/leerlijn.js';
import { elements } from './harness.js';

const textBlocks = (card: unknown): string[] => elements(card).filter((e) => e.type === 'TextBlock').map((e) => String(e.text));

describe('commands named in Teams cards', () => {
  it('are bold, without backticks, in a channel and in a personal chat', () => {
    const said = textBlocks(messageCard(t('nl', 'teamNews.added', { name: 'Anna' }))).join('\n');
    expect(said).toContain('Typ **@Leerlijn status** om te zien wat er komt.');
    expect(said).not.toContain('`');
    const personal = teamsMarkup([], 'personal').commands('Typ `/leerlijn mijn-acties`.');
    expect(personal).toBe('Typ **mijn-acties**.');
  });

  it('show no backticks anywhere in the welcome card', () => {
    const blocks = textBlocks(toAdaptiveCard(welcomeDoc(teamsMarkup([]), 'nl')));
    expect(blocks.filter((b) => b.includes('`'))).toEqual([]);
    expect(blocks.join('\n')).toContain('**@Leerlijn');
  });

  it('inside a bold line stay part of that bold, not a bold within it', () => {
    const m = teamsMarkup([]);
    expect(m.bold(m.commands('Wat nu? Typ `/leerlijn status`.'))).toBe('**Wat nu? Typ @Leerlijn status.**');
  });

  it('typed by someone (an escaped backtick) stays as they typed it', () => {
    expect(textBlocks(messageCard('Notitie: \\`x\\` en `/leerlijn status`')).join('')).toBe('Notitie: \\`x\\` en **@Leerlijn status**');
  });
});
