// `tick --dry-run` says why a late message waits. Every wait line said "late at night", also for a
// retention warning found on a Friday at 18:00 that waits for Monday 09:00: an operator looking for
// the night in that saw none, and could not tell the working-hours rule from a wrong clock.
// Time is a parameter: each pass is run, or previewed, for the moment it is about.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { pgliteTestDb, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, useStartedLeerlijn } from '../support/fixtures.js';
import { scheduler } from './helpers.js';

const TERM = 365;

describe('why a late message waits, in the dry run', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await pgliteTestDb();
  });
  afterEach(() => t.drop());

  it('a retention warning of Friday 09:00 found at 18:00 waits for working hours on Monday, and says so', async () => {
    const deps = { ...makeDeps(t.db), retentionDays: TERM };
    const s = await startFixture(deps);
    deps.setNow(new Date('2026-03-05T07:00:00Z')); // its warning: Friday 19 February 2027, 09:00 CET
    await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
    await tick({ db: t.db, messengers: { slack: new RecordingMessenger('slack') }, retentionDays: TERM }, new Date('2027-02-18T08:00:00Z'), { random: () => 0 });
    const lines = await previewPass(t.db, new Date('2027-02-19T17:00:00Z'), 50, TERM); // Friday 18:00 CET
    const warning = lines.find((l) => l.kind === 'retention_warning');
    expect(warning?.outcome).toBe('wait');
    expect(warning?.detail).toMatch(/^outside working hours/);
    expect(warning?.detail).not.toContain('night');
    expect(warning?.detail).toContain('2027-02-22T08:00:00.000Z'); // Monday 09:00
  });
});

describe('a late reminder found at night', () => {
  const env = useStartedLeerlijn(pgliteTestDb);
  it('still says it waits out the night', async () => {
    await scheduler(env.t.db).tick('2026-01-29T08:00:00Z'); // Thursday 09:00: the short reminder is planned for Friday 09:00
    const lines = await previewPass(env.t.db, new Date('2026-01-30T22:10:00Z'), 50); // Friday 23:10
    const reminder = lines.find((l) => l.kind === 'meeting_day_before');
    expect(reminder?.detail).toMatch(/^late at night/);
    expect(reminder?.detail).toContain('2026-01-31T06:30:00.000Z');
  });
});
