// What someone typed is shown as they typed it: a school's name, an action's title, what can be better, with
// asterisks, underscores, tildes, backticks or a Markdown link in it, stand in the channel with every character and
// none of it bold, italic, struck, code or a link (Slack mrkdwn and Teams Markdown would read them so).
import { describe, expect } from 'vitest';
import { slackFormatted, slackShown, teamsFormatted, teamsShown } from './drivers/text.js';
import { PLATFORMS, story, type Platform } from './story.js';

const TYPED = '*heel* _belangrijk_ `x` ~weg~ [klik](http://evil.example)';
const SCHOOL = '*De* _Horizon_';
/** The words the typed marks would format, as the platform's span would hold them. */
const MARKED = new Set(['heel', 'belangrijk', 'x', 'weg', 'klik', 'De', 'Horizon']);

const readers: Record<Platform, { formatted: (markup: string) => string[]; shown: (markup: string) => string }> = {
  slack: { formatted: slackFormatted, shown: slackShown },
  teams: { formatted: teamsFormatted, shown: teamsShown },
};

describe.each(PLATFORMS)('user text with formatting marks, on %s', (platform) => {
  story(platform, 'a school name, an action and what can be better are echoed as typed, never as formatting', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    await s.start({ by: anna, school: SCHOOL, members: team });
    const item = { onderdeel: 'P1', watKanBeter: `Beter: ${TYPED}`, gewensteEindsituatie: 'Samen de stand opmaken' } as const;
    await s.addPlanItem(anna, { ...item, actions: [{ description: TYPED, owner: team[1]!, due: '2026-03-13' }] });
    await s.d.settle();

    const { formatted, shown } = readers[platform];
    const markup = s.d.channelMarkup();
    const echoes = markup.filter((m) => shown(m).includes(TYPED) || shown(m).includes(SCHOOL));
    expect(echoes.length, `${platform}: the typed text with every character`).toBeGreaterThanOrEqual(2);
    expect(echoes.some((m) => shown(m).includes(SCHOOL)), `${platform}: the school as typed`).toBe(true);
    const marked = echoes.flatMap(formatted).map((span) => shown(span).trim()).filter((span) => MARKED.has(span));
    expect(marked, `${platform}: typed words drawn as formatting`).toEqual([]);
  });
});
