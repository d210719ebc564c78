// A reminder says how far off its meeting or action is from the day it really goes out: the short
// reminder can be set days ahead, and after a gap (the bot was down) any reminder goes out late.
// 'Morgen', 'over twee werkdagen' and 'over 3 dagen' were fixed in the texts, so a late or
// earlier one said the wrong day.
import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { setReminderSettings } from '../../src/app/meetings.js';
import type { Notice } from '../../src/app/notices.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { backends } from '../support/db.js';
import { NOW, startFixture, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, scheduler } from './helpers.js';

// The fixture's signalering: Monday 2 February 2026, 15.30 Amsterdam.
const said = (notice: Notice): string => JSON.stringify(noticeCard(notice));

describe.each(backends())('what a reminder says of its day, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  const shortReminder = (a: ReturnType<typeof scheduler>): string =>
    said(a.messenger.ofType('meeting_reminder').find((r) => r.notice.when === 'day_before')!.notice);

  it('a short reminder set three days ahead names the day, not "morgen"', async () => {
    await setReminderSettings(env.deps, env.s.coordinator, env.s.leerlijnId, { inviteDays: 7, dayBefore: 3, atStart: true });
    const a = scheduler(env.t.db);
    await a.tick('2026-01-26T08:00:00Z');
    await a.tick('2026-01-30T08:00:00Z');
    expect(shortReminder(a)).toContain('is op maandag 2 februari 2026, om 15.30 uur');
    expect(shortReminder(a)).not.toContain('morgen');
  });

  it('a short reminder that goes out on the meeting\'s day (the bot was down) says "vandaag"', async () => {
    const a = scheduler(env.t.db);
    await a.tick('2026-02-02T08:00:00Z');
    expect(shortReminder(a)).toContain('is vandaag, om 15.30 uur');
  });

  it('sent late on the Sunday before its Monday (planned for Friday, the bot was down), it says "morgen"', async () => {
    const a = scheduler(env.t.db);
    await a.tick('2026-02-01T08:00:00Z');
    expect(shortReminder(a)).toContain('is morgen, om 15.30 uur');
  });

  it('the coordinator asked for roles late hears the meeting\'s date, not "over twee werkdagen"', async () => {
    const a = scheduler(env.t.db);
    // Planned for Thursday 29 January; sent on Sunday 1 February.
    await a.tick('2026-02-01T08:00:00Z');
    const prompt = said(a.messenger.ofType('coordinator_prompt').find((p) => p.notice.prompt === 'assign_roles')!.notice);
    expect(prompt).toContain('maandag 2 februari 2026');
    expect(prompt).not.toContain('twee werkdagen');
  });

  const rolesPrompt = (a: ReturnType<typeof scheduler>): string =>
    said(a.messenger.ofType('coordinator_prompt').find((p) => p.notice.prompt === 'assign_roles')!.notice);

  it('the coordinator asked for roles on the meeting\'s morning (the bot was down) hears "vandaag", not its date', async () => {
    const a = scheduler(env.t.db);
    await a.tick('2026-02-02T08:00:00Z');
    expect(rolesPrompt(a)).toContain('De signaleringsbijeenkomst is vandaag, om 15.30 uur');
    expect(rolesPrompt(a)).not.toContain('2 februari');
  });

  it('in English, "today"', async () => {
    const en = await startFixture(env.deps, { channelId: 'C_EN', overrides: { lang: 'en' } });
    const a = scheduler(env.t.db);
    await a.tick('2026-02-02T08:00:00Z');
    const prompt = said(a.messenger.ofType('coordinator_prompt').find((p) => p.notice.prompt === 'assign_roles' && p.notice.leerlijn.id === en.leerlijnId)!.notice);
    expect(prompt).toContain('is today, at 15:30');
    expect(prompt).not.toContain('2 February');
  });

  it('an owner reminded late, the day before the due date, reads the date, not "over 3 dagen"', async () => {
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    // Planned for Tuesday 3 March; sent on Thursday 5 March.
    await a.tick('2026-03-05T08:00:00Z');
    const reminder = said(a.messenger.ofType('action_followup').find((r) => r.notice.when === 'before')!.notice);
    expect(reminder).toContain('vr 6 mrt 2026');
    expect(reminder).not.toContain('3 dagen');
  });
});
