// The retention term changed by the school's IT person after a warning went out: whatever the
// term is when the data goes, its coordinators were told that day 14 days before. A warning that
// named an earlier day (the term was lengthened since), or that was never sent (the term was off
// when it came due), is sent again, and nothing goes before 14 days after it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRetentionWarnings } from '../../src/app/retention.js';
import { tick } from '../../src/scheduler/tick.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import type { Started } from '../support/fixtures.js';
import { stoppedLeerlijn } from './helpers.js';

const STOPPED_AT = new Date('2026-03-02T10:00:00Z');
const DAY = 24 * 60 * 60_000;
const at = (days: number): Date => new Date(STOPPED_AT.getTime() + days * DAY);
const MINUTE = 60_000;
const before = (moment: string): Date => new Date(new Date(moment).getTime() - MINUTE);

describe.each(backends())('a retention term changed after its warning, on $name', ({ open }) => {
  let t: TestDb;
  let messenger: RecordingMessenger;
  let s: Started;
  const run = (now: Date, retentionDays: number | null) => tick({ db: t.db, messengers: { slack: messenger }, retentionDays }, now, { random: () => 0 });
  const warnedDays = () => messenger.sends.flatMap((x) => (x.notice.type === 'retention_warning' ? [x.notice.deleteOn] : []));

  beforeEach(async () => {
    t = await open();
    messenger = new RecordingMessenger('slack');
    s = await stoppedLeerlijn(t.db, STOPPED_AT);
  });
  afterEach(() => t.drop());

  it('warns again, 14 days ahead, for the later day of a term lengthened since', async () => {
    await run(at(16), 30);
    await run(new Date('2026-03-19T08:00:00Z'), 30); // 09:00 CET
    expect(warnedDays()).toEqual(['2026-04-02']);
    await run(at(20), 365);
    await run(at(351), 365);
    await run(new Date('2027-02-17T08:00:00Z'), 365);
    await run(new Date('2027-02-17T08:01:00Z'), 365);
    expect(warnedDays()).toEqual(['2026-04-02', '2027-03-03']);
    await run(before('2027-03-03T08:00:00Z'), 365);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(new Date('2027-03-03T08:00:00Z'), 365);
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('warns before deleting when its warning came due while the term was off', async () => {
    await planRetentionWarnings(t.db, at(351), 365);
    await run(new Date('2027-02-17T08:00:00Z'), null);
    expect(warnedDays()).toEqual([]);
    await run(at(400), 365); // 12:00 CEST: the warning goes at the next 09:00
    await run(new Date('2027-04-07T07:00:00Z'), 365);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    expect(warnedDays()).toEqual(['2027-04-21']);
    await run(before('2027-04-21T07:00:00Z'), 365);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(new Date('2027-04-21T07:00:00Z'), 365);
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });
});
