// No work messages on a public holiday: an action due on Hemelvaart (Thursday 14 May 2026) is
// reminded the working day before, saying its real date and not "today"; the weekly overview of
// Tweede Pinksterdag (Monday 25 May 2026) comes on Tuesday at its usual hour, once. One saved on
// that Wednesday after 09:00, too late for it, is reminded on Hemelvaart itself, not a week on.
import { describe, expect } from 'vitest';
import { PLATFORMS, story, type Matrix } from './story.js';

const WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};
const ACTION = 'Aanspreekpunt kiezen';
const LATE_ACTION = 'Rooster aanspreekpunten maken';
const HEMELVAART = '2026-05-14';
/** 09:01 in Amsterdam (summer time) on the days the story looks. */
const at = (day: string): string => `${day}T07:01:00Z`;

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'a due-day reminder on a holiday comes the working day before with its date (on the day itself when saved too late for that); the holiday Monday overview comes on Tuesday', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: team });
    await s.openRound(anna);
    await s.voteMatrix(team, WEEK1);
    await s.close(anna);
    await s.agreeAll(anna);
    await s.timePasses('2026-02-16T14:31:00Z');
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Niemand weet wie het aanspreekpunt is', gewensteEindsituatie: 'Een vast aanspreekpunt per leerjaar',
      actions: [{ description: ACTION, owner: bram, due: HEMELVAART }],
    });

    const dueToday = s.said('reminder.actionDue', { action: ACTION }, 'private');
    const dueAhead = s.said('reminder.actionDueOnDayOff', { action: ACTION, due: 'do 14 mei 2026' }, 'private');
    await s.timePasses(at('2026-05-11'));
    await s.timePasses(at('2026-05-13'));
    s.expectToldPrivately(bram, dueAhead);
    // Saved at 10:00, after the Wednesday's reminders went out.
    await s.timePasses('2026-05-13T08:00:00Z');
    await s.addPlanItem(anna, {
      onderdeel: 'B1', watKanBeter: 'Afspraken met ouders lopen via iedereen', gewensteEindsituatie: 'Eén rooster van aanspreekpunten',
      actions: [{ description: LATE_ACTION, owner: bram, due: HEMELVAART }],
    });
    const lateDueToday = s.said('reminder.actionDue', { action: LATE_ACTION }, 'private');
    await s.timePasses('2026-05-13T15:00:00Z');
    s.expectNotToldPrivately(bram, lateDueToday);
    await s.timePasses(at(HEMELVAART));
    s.expectNotToldPrivately(bram, dueToday);
    expect(s.timesToldPrivately(bram, dueAhead)).toBe(1);
    expect(s.timesToldPrivately(bram, lateDueToday), 'the late one, on Hemelvaart itself').toBe(1);

    const overview = s.said('reminder.digestQuiet', { overdue: 1 }, 'private').split('.')[0]!;
    await s.timePasses(at('2026-05-22'));
    await s.timePasses(at('2026-05-23'));
    const before = s.timesToldPrivately(anna, overview);
    await s.timePasses(at('2026-05-25'));
    expect(s.timesToldPrivately(anna, overview), 'on Tweede Pinksterdag').toBe(before);
    await s.timePasses(at('2026-05-26'));
    expect(s.timesToldPrivately(anna, overview), 'the Tuesday after').toBe(before + 1);
    await s.timePasses('2026-05-26T12:00:00Z');
    expect(s.timesToldPrivately(anna, overview)).toBe(before + 1);
  }, 300_000);
});
