// `planning nieuw`: the coordinator plans the optional new evaluation meeting by command too
// (the walk story does it by the button after `vergelijk`); it must come after the eindevaluatie,
// and nobody else gets the form.
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('planning a new evaluation meeting, on %s', (platform) => {
  story(platform, 'only the coordinator opens the form, and the meeting has to come after the eindevaluatie', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const bram = team[1]!;
    await s.start({ by: anna, school: 'De Horizon', members: team });

    await s.command(bram, 'planning nieuw');
    s.expectAnswered(bram, 'Dit mag alleen de coördinator');
    await s.command(anna, 'planning onzin');
    s.expectAnswered(anna, 'Dat commando ken ik niet');

    await s.command(anna, 'planning nieuw');
    // Nothing to move yet: the form plans it, and Teams' channel line says so by the form's title.
    if (platform === 'teams') expect(s.d.lastAnswerToAll(anna)).toContain('Nieuwe evaluatie plannen: ');
    // The fixture's eindevaluatie is Monday 25 May 2026: a week before it is refused, with why.
    await s.fillMeetingDate(anna, '2026-05-18', '15:30');
    s.expectAnswered(anna, 'een nieuwe evaluatiebijeenkomst komt na het einde van de eindevaluatiebijeenkomst');
    s.expectChannelHides('Na de leerlijn');
    await s.fillMeetingDate(anna, '2026-09-14', '15:30');
    s.expectChannelShows('Na de leerlijn · Nieuwe evaluatiebijeenkomst', 'ma 14 sep 2026, 15.30 uur');
  });
});
