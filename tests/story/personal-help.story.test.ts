// `help` in a personal chat (a Slack DM, a Teams 1:1 chat) starts with what works there (one's own
// actions, one's own data, one's own overview) and then lists what works only in the team's
// channel under a heading that says so: built from the registry's `where`, alike on both platforms.
// Each is written as it is typed where it works (Teams: no mention in the 1:1 chat).
import { describe, expect } from 'vitest';
import { COMMANDS } from '../../src/app/flows/registry.js';
import type { MessageKey } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('help in a personal chat, on %s', (platform) => {
  story(platform, 'lists what works here first, and the channel\'s commands after, as the channel\'s', async (s) => {
    const anna = s.coordinator('anna');
    await s.commandPrivately(anna, 'hulp');
    await s.d.settle();
    const answer = s.d.lastAnswer(anna);
    const at = (key: string, readIn: 'channel' | 'private' = 'channel', params = {}): number => answer.indexOf(s.said(key as MessageKey, params, readIn));
    const here = at('command.help.personalIntro');
    const inChannel = at('command.help.inChannel');
    expect([here, inChannel].every((i) => i >= 0), answer.slice(0, 600)).toBe(true);
    const place = (i: number) => (i > inChannel ? 'channel' : i > here ? 'here' : 'missing');
    // `stop` says how long the data stays at most: a year, the bot's default RETENTION_DAYS.
    const line = (c: (typeof COMMANDS)[number]): [string, Record<string, number>] => (c.helpKey === 'stop' ? ['retention.helpStop', { days: 365 }] : [`command.help.${c.helpKey}`, {}]);
    const placed = COMMANDS.map((c) => [c.name, place(at(line(c)[0], c.where === 'anywhere' ? 'private' : 'channel', line(c)[1]))]);
    expect(placed).toEqual(COMMANDS.map((c) => [c.name, c.where === 'anywhere' ? 'here' : 'channel']));
    // And the privacy note, that an ended leerlijn is deleted after that year.
    expect(answer).toContain(s.said('retention.privacy', { days: 365 }, 'private'));
  });
});
