// Typed words → a command (app/flows/registry.ts parseCommand), as people type them rather than as the help spells them.
import { describe, expect, it } from 'vitest';
import { commandSpec, parseCommand, wordsRefused } from '../../../src/app/flows/registry.js';

describe('parsing a typed command', () => {
  it('a two-word command typed with a space instead of its hyphen ("mijn acties", "my data") is that command', () => {
    for (const [typed, name] of [['mijn acties', 'mijn-acties'], ['My Actions', 'mijn-acties'], ['mijn gegevens', 'mijn-gegevens'], ['my data', 'mijn-gegevens']] as const) {
      const parsed = parseCommand(typed);
      expect(parsed.spec?.name, typed).toBe(name);
      expect(parsed, typed).toMatchObject({ args: [], word: typed.toLowerCase().replace(' ', '-') });
    }
  });

  it('words after it stay its arguments, and a first word no command has stays unknown', () => {
    expect(parseCommand('/leerlijn mijn acties nu')).toMatchObject({ spec: { name: 'mijn-acties' }, args: ['nu'] });
    expect(parseCommand('mijn planning')).toEqual({ spec: null, word: 'mijn' });
    expect(parseCommand('status mijn')).toMatchObject({ spec: { name: 'status' }, args: ['mijn'] });
  });

  it('words after a command that takes none are refused; status takes `nu`/`now`, a `?` after it; the commands that parse theirs are left to do so', () => {
    for (const name of ['stop', 'verwijder', 'export', 'vergelijk', 'sluit', 'actieplan', 'mijn-gegevens', 'start'] as const) {
      expect(wordsRefused(commandSpec(name), ['xyz']), name).toBe(true);
      expect(wordsRefused(commandSpec(name), []), name).toBe(false);
    }
    for (const words of [['nu'], ['Now?'], ['nu', '?'], ['?']]) expect(wordsRefused(commandSpec('status'), words), words.join(' ')).toBe(false);
    expect(wordsRefused(commandSpec('status'), ['foo'])).toBe(true);
    expect(wordsRefused(commandSpec('status'), ['nu', 'nu'])).toBe(true);
    for (const name of ['help', 'planning', 'team', 'scores', 'acties', 'evaluatie'] as const) expect(wordsRefused(commandSpec(name), ['xyz']), name).toBe(false);
  });
});
