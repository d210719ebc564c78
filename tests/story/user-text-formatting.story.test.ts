// What someone typed is shown as they typed it: a school's name, an action's title, what can be better, with
// asterisks, underscores, tildes, backticks or a Markdown link in it, stand in the channel with every character and
// none of it bold, italic, struck, code or a link (Slack mrkdwn and Teams Markdown would read them so); everyday
// punctuation gets no escape that a client which does not undo escapes would show.
import { describe, expect } from 'vitest';
import { slackFormatted, slackShown, teamsFormatted, teamsNativeShown, teamsShown } from './drivers/text.js';
import { PLATFORMS, story, type Platform } from './story.js';

const TYPED = '*heel* _belangrijk_ `x` ~weg~ [klik](http://evil.example)';
const SCHOOL = '*De* _Horizon_';
/** Everyday punctuation, which no renderer reads as markup: shown as typed even where escapes are not undone. */
const EVERYDAY = 'Ouders bellen (vóór 1 maart) - school & wijk! 2.0';
/** The words the typed marks would format, as the platform's span would hold them. */
const MARKED = new Set(['heel', 'belangrijk', 'x', 'weg', 'klik', 'De', 'Horizon']);

/** `plainest`: as the plainest of the platform's clients shows it (Teams: a native renderer, which leaves most escapes in sight). */
const readers: Record<Platform, { formatted: (markup: string) => string[]; shown: (markup: string) => string; plainest: (markup: string) => string }> = {
  slack: { formatted: slackFormatted, shown: slackShown, plainest: slackShown },
  teams: { formatted: teamsFormatted, shown: teamsShown, plainest: teamsNativeShown },
};

describe.each(PLATFORMS)('user text with formatting marks, on %s', (platform) => {
  story(platform, 'a school name, an action and what can be better are echoed as typed, never as formatting', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    await s.start({ by: anna, school: SCHOOL, members: team });
    const item = { onderdeel: 'P1', watKanBeter: `Beter: ${TYPED}`, gewensteEindsituatie: 'Samen de stand opmaken' } as const;
    const actions = [{ description: TYPED, owner: team[1]!, due: '2026-03-13' }, { description: EVERYDAY, owner: team[2]!, due: '2026-03-20' }];
    await s.addPlanItem(anna, { ...item, actions });
    await s.d.settle();

    const { formatted, shown, plainest } = readers[platform];
    const markup = s.d.channelMarkup();
    const echoes = markup.filter((m) => shown(m).includes(TYPED) || shown(m).includes(SCHOOL));
    expect(echoes.length, `${platform}: the typed text with every character`).toBeGreaterThanOrEqual(2);
    expect(echoes.some((m) => shown(m).includes(SCHOOL)), `${platform}: the school as typed`).toBe(true);
    const marked = echoes.flatMap(formatted).map((span) => shown(span).trim()).filter((span) => MARKED.has(span));
    expect(marked, `${platform}: typed words drawn as formatting`).toEqual([]);
    expect(markup.some((m) => plainest(m).includes(EVERYDAY)), `${platform}: everyday punctuation with no escape in sight`).toBe(true);
  });
});
