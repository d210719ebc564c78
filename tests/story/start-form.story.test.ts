// The start form asks for the team the same way on Slack and Teams: each person's side (school or
// jongerenwerk) and who of them manages (everyone else is uitvoerder), the starter the first
// coordinator. Slack's once asked only who, so its start said four people had no side and no level
// where Teams' said only that nobody manages: the start now says the same on both.
import { describe, expect } from 'vitest';
import { t, tField } from '../../src/i18n/index.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';
import { PLATFORMS, story } from './story.js';

/** A warning's words before its count: what the channel shows whatever the count. */
const beforeCount = (text: string): string => text.split(/ \d/)[0]!;

describe.each(PLATFORMS)('the start form, on %s', (platform) => {
  story(platform, 'asks each person’s side and who manages; only the starter is preset, as coordinator', async (s) => {
    const anna = s.coordinator('anna');
    const inputs = await s.d.startFormShown(anna);
    const presetOf = (label: string): string | undefined => inputs.find((i) => i.label === label)?.preset;
    expect(presetOf(t('nl', 'side.school')), platform).toBe('');
    expect(presetOf(t('nl', 'side.jongerenwerk')), platform).toBe('');
    expect(presetOf(t('nl', 'level.manager')), platform).toBe('');
    expect(presetOf(t('nl', 'start.coordinators')), platform).toBe(s.name(anna));
    // No list of people without a side to place afterwards.
    expect(inputs.map((i) => i.label), platform).not.toContain(t('nl', 'start.members'));
  });

  story(platform, 'starts saying only that nobody manages yet, not that people have no side or level', async (s) => {
    await s.start({ by: s.coordinator('anna'), school: 'Het Baken', members: s.members(4) });
    await s.d.settle();
    const channel = s.d.channel();
    expect(channel, platform).toContain(tTeamWarning('nl', { code: 'level_missing', level: 'manager' }));
    expect(channel, platform).not.toContain(beforeCount(tTeamWarning('nl', { code: 'unassigned', count: 0 })));
    expect(channel, platform).not.toContain(beforeCount(tTeamWarning('nl', { code: 'level_unassigned', count: 0 })));
  });

  story(platform, 'refuses a start that names someone on no side, saying who by name', async (s) => {
    const anna = s.coordinator('anna');
    // Anna is the coordinator but on neither side.
    await s.start({ by: anna, school: 'Het Baken', members: [s.person('bram'), s.person('chen')] });
    const problems = Object.values(s.d.formProblems(anna)).join('\n');
    expect(problems, platform).toContain(tField('nl', { message: 'side_everyone', params: { names: s.name(anna) } }));
  });
});
