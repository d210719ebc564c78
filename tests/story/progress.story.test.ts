// `status` and `help` show the four steps with the current one marked, and the one next action
// for the person asking: the coordinator is asked to act, a member is told what to expect.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';

describe.each(PLATFORMS)('where the team stands, on %s', (platform) => {
  story(platform, 'status and help name the current step and the next action per person', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    await s.start({ by: anna, school: 'Het Baken', members: team });
    await s.command(anna, 'status');
    s.expectAnswered(anna, '▶ Stap 1');
    s.expectAnswered(anna, 'Wat nu?');
    // Everyone has a side since the start form asks it; no manager yet: that is what her step asks.
    s.expectAnswered(anna, 'wie manager is');
    const bram = team[1]!;
    await s.command(bram, 'help');
    s.expectAnswered(bram, '▶ Stap 1');
    s.expectNotAnswered(bram, 'wie manager is');
    // One way of writing a time in one message: the next meeting as the 'Wat nu?' line writes it (15.30–18.00 uur).
    await s.command(bram, 'status');
    s.expectAnswered(bram, 'Signaleringsbijeenkomst op ma 2 feb 2026, 15.30 uur', 'maandag 2 februari 2026, 15.30–18.00 uur');
    s.expectNotAnswered(bram, '15:30');
  });
});
