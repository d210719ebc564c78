// The retention term in the coordinators' day: the warning goes out at 09:00 in the leerlijn's
// zone (Europe/Amsterdam here), like every other message the bot sends by itself, not at the
// hour the leerlijn stopped a year before (on a working day: retention-working-day.test.ts); the
// data goes at 09:00 on the day it names, at least 14 days later, on that local day also when
// summer or winter time starts in between.
// Time is a parameter: each tick is run for the moment it is about.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewPass } from '../../src/scheduler/preview.js';
import { tick } from '../../src/scheduler/tick.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import type { Started } from '../support/fixtures.js';
import { stoppedLeerlijn } from './helpers.js';

const TERM = 365;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const before = (at: Date): Date => new Date(at.getTime() - MINUTE);

describe.each(backends())('the retention term at 09:00 in Amsterdam, on $name', ({ open }) => {
  let t: TestDb;
  let messenger: RecordingMessenger;
  let s: Started;
  const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger }, retentionDays: TERM }, now, { random: () => 0 });
  const warnedDays = () => messenger.sends.flatMap((x) => (x.notice.type === 'retention_warning' ? [x.notice.deleteOn] : []));
  const stopAt = async (at: Date) => {
    s = await stoppedLeerlijn(t.db, at);
  };
  /** Deleted at `at` and not a minute before. */
  const expectDeletedAt = async (at: Date) => {
    await run(before(at));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(at);
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  };

  beforeEach(async () => {
    t = await open();
    messenger = new RecordingMessenger('slack');
  });
  afterEach(() => t.drop());

  it('warns a coordinator who stopped at 23:00 the next morning at 09:00, and deletes at 09:00 on the day named', async () => {
    await stopAt(new Date('2026-03-02T22:00:00Z')); // 23:00 CET
    await run(new Date('2027-02-16T22:00:00Z')); // 14 days before the term's end: 23:00
    await run(before(new Date('2027-02-17T08:00:00Z')));
    expect(warnedDays()).toEqual([]);
    await run(new Date('2027-02-17T08:00:00Z')); // 09:00 CET
    expect(warnedDays()).toEqual(['2027-03-03']);
    await expectDeletedAt(new Date('2027-03-03T08:00:00Z')); // 09:00 CET, 14 days on
  });

  it('deletes on the day named when summer time starts in between, 14 full days after the warning', async () => {
    await stopAt(new Date('2026-04-03T14:00:00Z'));
    await run(new Date('2027-03-20T14:00:00Z'));
    await run(new Date('2027-03-21T08:00:00Z')); // Sunday 09:00 CET: not on a Sunday (retention-working-day)
    await run(before(new Date('2027-03-22T08:00:00Z')));
    expect(warnedDays()).toEqual([]);
    await run(new Date('2027-03-22T08:00:00Z')); // Monday 09:00 CET
    expect(warnedDays()).toEqual(['2027-04-05']);
    // 09:00 summer time would be 14 days less an hour: the data goes at 10:00, still on 5 April.
    await run(new Date('2027-04-05T07:00:00Z'));
    await expectDeletedAt(new Date('2027-04-05T08:00:00Z'));
  });

  it('deletes on the day named when winter time starts in between, at 09:00 then', async () => {
    await stopAt(new Date('2026-11-02T14:00:00Z'));
    await run(new Date('2027-10-19T14:00:00Z'));
    await run(before(new Date('2027-10-20T07:00:00Z')));
    expect(warnedDays()).toEqual([]);
    await run(new Date('2027-10-20T07:00:00Z')); // 09:00 CEST
    expect(warnedDays()).toEqual(['2027-11-03']);
    await expectDeletedAt(new Date('2027-11-03T08:00:00Z')); // 09:00 CET
  });

  it('sends a late warning at the next 09:00 and gives it 14 days from then', async () => {
    await stopAt(new Date('2026-03-02T10:00:00Z'));
    const late = new Date('2028-06-01T09:00:00Z'); // 11:00 CEST: the bot was down, today's 09:00 has gone
    await run(late);
    await run(before(new Date('2028-06-02T07:00:00Z')));
    expect(warnedDays()).toEqual([]);
    await run(new Date('2028-06-02T07:00:00Z'));
    expect(warnedDays()).toEqual(['2028-06-16']);
    await expectDeletedAt(new Date('2028-06-16T07:00:00Z'));
  });

  it('shows the warning in a dry run for its 09:00, not for the hour it came due', async () => {
    await stopAt(new Date('2026-03-02T22:00:00Z'));
    expect(await previewPass(t.db, new Date('2027-02-16T22:00:00Z'), 50, TERM)).toEqual([]);
    const at9 = await previewPass(t.db, new Date('2027-02-17T08:00:00Z'), 50, TERM);
    expect(at9.map((l) => [l.kind, l.outcome])).toEqual([['retention_warning', 'send']]);
    expect(warnedDays()).toEqual([]);
  });

  it('deletes nothing in a tick run for a moment before the day, after the warning went out', async () => {
    await stopAt(new Date('2026-03-02T22:00:00Z'));
    await run(new Date('2027-02-17T08:00:00Z'));
    await run(new Date('2027-03-02T22:00:00Z')); // the term's end, but not yet the day named
    await run(new Date('2027-02-20T08:00:00Z'));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(new Date(new Date('2027-03-03T08:00:00Z').getTime() + DAY));
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('deletes nothing whose warning was planned but never went out (the bot was down past the day): it warns first, 14 days ahead', async () => {
    await stopAt(new Date('2026-03-02T22:00:00Z'));
    await run(new Date('2027-02-16T22:00:00Z')); // planned for 17 February 09:00; then the bot is down
    const back = new Date('2027-03-10T08:00:00Z'); // back at 09:00, a week past the day it would have named
    const dry = await previewPass(t.db, back, 50, TERM);
    expect(dry.map((l) => [l.kind, l.outcome])).toEqual([['retention_warning', 'send']]);
    await run(back);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    expect(warnedDays()).toEqual(['2027-03-24']);
    await expectDeletedAt(new Date('2027-03-24T08:00:00Z'));
    expect(warnedDays()).toEqual(['2027-03-24']);
  });
});
