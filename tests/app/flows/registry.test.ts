// Typed words → a command (app/flows/registry.ts parseCommand), as people type them rather than as the help spells them.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/app/flows/registry.js';

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
});
