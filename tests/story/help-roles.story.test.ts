// `help` as a team member reads it: every command only the coordinator may use says so on its
// line, so nobody is sent to a command that will only refuse them (the registry's coordinatorOnly).
import { describe, expect } from 'vitest';
import { COMMANDS } from '../../src/app/flows/registry.js';
import type { MessageKey } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('help for a team member, on %s', (platform) => {
  story(platform, 'marks each command only the coordinator may use with (coördinator)', async (s) => {
    const { bram } = await startSmallTeam(s);
    await s.command(bram, 'help');
    const lines = s.d.lastAnswer(bram).split('\n');
    const lineOf = (key: string): string => lines.find((l) => l.startsWith(s.said(`command.help.${key}` as MessageKey).slice(0, 20))) ?? `no line for ${key}`;
    const unmarked = COMMANDS.filter((c) => c.coordinatorOnly).map((c) => lineOf(c.helpKey)).filter((l) => !l.includes('(coördinator)'));
    expect(unmarked, platform).toEqual([]);
  });
});
