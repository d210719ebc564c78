// `planning nieuw`: the coordinator plans the optional new evaluation meeting by command too
// (the walk story does it by the button after `vergelijk`); by the same rule as the move form's
// list (domain followUpOffered): once the eindevaluatie has started. Before, the command opens no form and
// says from when (the eindevaluatie's date and time); it must come after the eindevaluatie, and nobody
// else gets the form.
import { describe, expect } from 'vitest';
import { EINDEVALUATIE_BEGUN } from '../support/fixtures.js';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('planning a new evaluation meeting, on %s', (platform) => {
  story(platform, 'only the coordinator opens the form, from the eindevaluatie on, and the meeting has to come after it', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const bram = team[1]!;
    await s.start({ by: anna, school: 'De Horizon', members: team });

    await s.command(bram, 'planning nieuw');
    s.expectAnswered(bram, 'Dit mag alleen de coördinator');
    await s.command(anna, 'planning onzin');
    s.expectAnswered(anna, 'Dat commando ken ik niet');

    // The fixture's eindevaluatie is Monday 25 May 2026, 15.30: before it, no form, and why.
    await s.command(anna, 'planning nieuw');
    s.expectAnswered(anna, 'zodra de eindevaluatiebijeenkomst begonnen is, op maandag 25 mei 2026 om 15.30 uur');
    if (platform === 'teams') expect(s.d.lastAnswerToAll(anna)).not.toContain('Nieuwe evaluatie plannen: ');
    // Slack opens no modal: what only anna was shown holds no form field (Slack's modal text has no title).
    if (platform === 'slack') expect(s.d.lastAnswer(anna)).not.toContain('Begintijd');
    // On the day, before 15.30, still refused: the meeting has not started yet, and the text says so by its time.
    await s.timePasses('2026-05-25T08:00:00Z');
    await s.command(anna, 'planning nieuw');
    s.expectAnswered(anna, 'zodra de eindevaluatiebijeenkomst begonnen is', '15.30 uur');
    if (platform === 'slack') expect(s.d.lastAnswer(anna)).not.toContain('Begintijd');

    await s.timePasses(EINDEVALUATIE_BEGUN.toISOString());
    await s.command(anna, 'planning nieuw');
    // Nothing to move yet: the form plans it, and Teams' channel line says so by the form's title.
    if (platform === 'teams') expect(s.d.lastAnswerToAll(anna)).toContain('Nieuwe evaluatie plannen: ');
    if (platform === 'slack') expect(s.d.lastAnswer(anna)).toContain('Begintijd');
    // During the eindevaluatie (until 18.30) is refused, with why.
    await s.fillMeetingDate(anna, '2026-05-25', '17:00');
    s.expectAnswered(anna, 'een nieuwe evaluatiebijeenkomst komt na het einde van de eindevaluatiebijeenkomst');
    s.expectChannelHides('Na de leerlijn');
    await s.fillMeetingDate(anna, '2026-09-14', '15:30');
    s.expectChannelShows('Na de leerlijn · Nieuwe evaluatiebijeenkomst', 'ma 14 sep 2026, 15.30 uur');
  });
});
