// The retention term on working days: a coordinator is warned on a working day (not on a
// Saturday, a Sunday or a Dutch public holiday), as the meeting reminders go out, and the day the
// warning names for the deletion is a working day too, still at least 14 x 24 hours after the
// warning. The stop text, status, `tick --dry-run` and the warning all tell that same day.
// Time is a parameter: each tick is run for the moment it is about.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedLeerlijnIn } from '../../src/app/ended.js';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { getEndedStatus } from '../../src/app/overview.js';
import { deletionDayOf, deletionDayText } from '../../src/app/retention.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { expectDeletedAt as expectDeletedAtShared } from './helpers.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

const TERM = 365;
const MINUTE = 60_000;
const before = (at: Date): Date => new Date(at.getTime() - MINUTE);
const TZ = 'Europe/Amsterdam';

describe.each(backends())('the retention term on working days, on $name', ({ open }) => {
  let t: TestDb;
  let messenger: RecordingMessenger;
  let s: Started;
  const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger }, retentionDays: TERM }, now, { random: () => 0 });
  const warned = () => messenger.sends.flatMap((x) => (x.notice.type === 'retention_warning' ? [x.notice.deleteOn] : []));
  const dryRun = async (at: Date) => (await previewPass(t.db, at, 50, TERM)).map((l) => l.kind);
  /** The day the stop form names, said just before the stop; then stopped at `at`. */
  const stopAt = async (at: Date): Promise<string | null> => {
    const deps = { ...makeDeps(t.db), retentionDays: TERM };
    s = await startFixture(deps);
    deps.setNow(at);
    const named = await deletionDayOf(deps, s.workspaceId, s.leerlijnId, 'en');
    await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
    return named;
  };
  const statusDay = async (at: Date) => {
    const deps = { ...makeDeps(t.db, at), retentionDays: TERM };
    const ended = await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM');
    return (await getEndedStatus(deps, ended!)).deleteOn;
  };
  /** Deleted at `at` and not a minute before; the dry run says so at the same moments. */
  const expectDeletedAt = (at: Date) => expectDeletedAtShared(t.db, s.leerlijnId, at, run, TERM);

  beforeEach(async () => {
    t = await open();
    messenger = new RecordingMessenger('slack');
  });
  afterEach(() => t.drop());

  it('warns on the Monday when the warning would fall on a Saturday, and names a working day 14 days on', async () => {
    const monday = new Date('2027-02-22T08:00:00Z'); // Monday 09:00 CET
    const deleteAt = new Date('2027-03-08T08:00:00Z'); // Monday 09:00 CET, 14 days on
    const named = await stopAt(new Date('2026-03-06T10:00:00Z')); // 14 days before the term's end: Saturday 20 February 2027
    expect(named).toBe(deletionDayText('en', deleteAt, TZ));
    expect(await statusDay(new Date('2026-03-06T10:00:00Z'))).toBe('2027-03-08');
    await run(new Date('2027-02-20T08:00:00Z')); // Saturday 09:00
    await run(new Date('2027-02-21T08:00:00Z')); // Sunday 09:00
    expect(await dryRun(before(monday))).toEqual([]);
    await run(before(monday));
    expect(warned()).toEqual([]);
    expect(await dryRun(monday)).toEqual(['retention_warning']);
    await run(monday);
    expect(warned()).toEqual(['2027-03-08']);
    expect(await statusDay(monday)).toBe('2027-03-08');
    await expectDeletedAt(deleteAt);
  });

  it('names the day after Koningsdag when 14 days after the warning is 27 April', async () => {
    const warnAt = new Date('2027-04-13T07:00:00Z'); // Tuesday 09:00 CEST
    const deleteAt = new Date('2027-04-28T07:00:00Z'); // Wednesday 09:00 CEST
    const named = await stopAt(new Date('2026-04-27T05:00:00Z'));
    expect(named).toBe(deletionDayText('en', deleteAt, TZ));
    await run(before(warnAt));
    expect(warned()).toEqual([]);
    await run(warnAt);
    expect(warned()).toEqual(['2027-04-28']);
    expect(await statusDay(warnAt)).toBe('2027-04-28');
    await expectDeletedAt(deleteAt);
  });

  it('sends a late warning found on the Saturday before Whitsun on the Tuesday, after Whit Monday', async () => {
    await stopAt(new Date('2026-03-02T10:00:00Z'));
    const back = new Date('2028-06-03T09:00:00Z'); // Saturday 11:00 CEST: the bot was down
    await run(back);
    await run(new Date('2028-06-04T07:00:00Z')); // Whit Sunday 09:00
    await run(new Date('2028-06-05T07:00:00Z')); // Whit Monday 09:00
    expect(warned()).toEqual([]);
    expect(await statusDay(back)).toBe('2028-06-20');
    await run(new Date('2028-06-06T07:00:00Z')); // Tuesday 09:00 CEST
    expect(warned()).toEqual(['2028-06-20']);
    await expectDeletedAt(new Date('2028-06-20T07:00:00Z'));
  });

  it('a warning of Friday 09:00 first found on Friday night (the bot was down) goes on Monday at 09:00, not Saturday morning', async () => {
    await stopAt(new Date('2026-03-05T07:00:00Z')); // its warning: Friday 19 February 2027, 09:00 CET
    await run(new Date('2027-02-18T08:00:00Z')); // Thursday 09:00: planned for the next day
    for (const at of ['2027-02-19T20:00:00Z', '2027-02-20T06:30:00Z', '2027-02-20T09:00:00Z', '2027-02-21T09:00:00Z']) await run(new Date(at));
    expect(warned()).toEqual([]);
    await run(new Date('2027-02-22T08:00:00Z')); // Monday 09:00
    expect(warned()).toEqual(['2027-03-08']);
    await expectDeletedAt(new Date('2027-03-08T08:00:00Z'));
  });
});
