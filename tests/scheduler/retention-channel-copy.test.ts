// The retention warning's copy in the channel, for a warning that reached no coordinator: it is
// posted in working hours (a working day, 09:00 to 17:00 in the leerlijn's zone), not at whatever
// hour the scheduler found the failure (the bot was down), and nothing is deleted before the team
// could read it: a copy that goes out too late for the day the warning named names a day 14 days
// on, and the data goes then. Status and `tick --dry-run` tell the same day. A copy the platform
// did not answer (an outage) is tried again the next working day, on three in all; one refused
// for good (the channel is gone) is not, and the data goes on the day named.
// Time is a parameter: each tick is run for the moment it is about.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedLeerlijnIn } from '../../src/app/ended.js';
import { getEndedStatus } from '../../src/app/overview.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { tick } from '../../src/scheduler/tick.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import type { Messenger } from '../../src/app/messenger.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { databaseClockMovesOn, expectDeletedAt as expectDeletedAtShared, stoppedLeerlijn } from './helpers.js';
import { makeDeps, type Started } from '../support/fixtures.js';

const TERM = 365;
const STOPPED_AT = new Date('2026-03-02T10:00:00Z');
/** Wednesday 17 February 2027, 09:00 CET: the warning, naming Wednesday 3 March. */
const WARN_AT = new Date('2027-02-17T08:00:00Z');
const MINUTE = 60_000;
const UNANSWERED = { ok: false, error: 'request_failed', permanent: false } as const;

describe.each(backends())('the retention warning in the channel, on $name', ({ open }) => {
  let t: TestDb;
  let messenger: RecordingMessenger;
  let s: Started;
  /** Slack does not answer at all while this is set (an outage): every send fails, as one that may be retried. */
  let outage = false;
  const slack = (): Messenger => ({
    platform: 'slack',
    toChannel: (to, notice) => (outage ? Promise.resolve(UNANSWERED) : messenger.toChannel(to, notice)),
    toUser: (to, notice) => (outage ? Promise.resolve(UNANSWERED) : messenger.toUser(to, notice)),
  });
  const run = (now: Date, maxAttempts?: number) => tick({ db: t.db, messengers: { slack: slack() }, retentionDays: TERM }, now, { random: () => 0, ...(maxAttempts ? { maxAttempts } : {}) });
  /**
   * Slack down for the ticks of an hour from `at` (each a minute apart): every send then fails
   * and, its tries used up (a retry waits for the database's clock, which stands still here, so
   * each try is its last), is given up.
   */
  const outageOn = async (at: Date) => {
    outage = true;
    for (let m = 0; m < 60; m += 1) await run(new Date(at.getTime() + m * MINUTE), 1);
    outage = false;
  };
  const inChannel = () => messenger.sends.flatMap((x) => (x.to === 'channel' && x.notice.type === 'retention_warning' ? [x.notice.deleteOn] : []));
  const dryRun = async (at: Date) => (await previewPass(t.db, at, 50, TERM)).map((l) => l.kind);
  const statusDay = async (at: Date) => {
    const deps = { ...makeDeps(t.db, at), retentionDays: TERM };
    return (await getEndedStatus(deps, (await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM'))!)).deleteOn;
  };
  /** The warning at its 09:00 reaches no coordinator (the platform refuses them). */
  const warningReachesNobody = async () => {
    messenger.failNext({ ok: false, error: 'user_not_found', permanent: true });
    await run(WARN_AT);
    expect(messenger.sends.filter((x) => x.notice.type === 'retention_warning')).toEqual([]);
  };
  /** Deleted at `at` and not a minute before; the dry run says so at the same moments. */
  const expectDeletedAt = (at: Date) => expectDeletedAtShared(t.db, s.leerlijnId, at, run, TERM);

  beforeEach(async () => {
    outage = false;
    t = await open();
    messenger = new RecordingMessenger('slack');
    s = await stoppedLeerlijn(t.db, STOPPED_AT);
  });
  afterEach(() => t.drop());

  it('found at night on a Saturday (the bot was down), is posted on Monday at 09:00, naming a day 14 days on', async () => {
    await warningReachesNobody();
    const saturday = new Date('2027-02-20T02:00:00Z'); // Saturday 03:00 CET
    const monday = new Date('2027-02-22T08:00:00Z'); // Monday 09:00
    expect(await dryRun(saturday)).not.toContain('retention_warning');
    await run(saturday);
    await run(new Date('2027-02-21T08:00:00Z')); // Sunday 09:00
    expect(inChannel()).toEqual([]);
    expect(await dryRun(monday)).toEqual(['retention_warning']);
    await run(monday);
    expect(inChannel()).toEqual(['2027-03-08']);
    expect(await statusDay(new Date('2027-02-22T08:00:00Z'))).toBe('2027-03-08');
    await expectDeletedAt(new Date('2027-03-08T08:00:00Z'));
  });

  it('found in the evening, is posted the next morning at 09:00', async () => {
    await warningReachesNobody();
    await run(new Date('2027-02-17T18:00:00Z')); // Wednesday 19:00 CET
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-02-18T08:00:00Z')); // Thursday 09:00
    expect(inChannel()).toEqual(['2027-03-04']);
    await expectDeletedAt(new Date('2027-03-04T08:00:00Z'));
  });

  it('deletes nothing before the team could read it: found after the day the warning named, it names a new day', async () => {
    await warningReachesNobody();
    const back = new Date('2027-03-10T08:00:00Z'); // Wednesday 09:00, a week after 3 March: the bot was down
    expect((await dryRun(back)).sort()).toEqual(['job_failed', 'retention_warning']);
    await run(back);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    expect(inChannel()).toEqual(['2027-03-24']);
    await expectDeletedAt(new Date('2027-03-24T08:00:00Z'));
  });

  // Slack down all morning: the warning and then its copy use up their tries. The team never
  // read a word, so the data must not go on the day named to nobody.
  it('a copy Slack did not answer (an outage) is posted the next working day, naming a day 14 days on, and the data waits for it', async () => {
    await warningReachesNobody();
    await outageOn(new Date(WARN_AT.getTime() + MINUTE));
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-02-17T13:00:00Z')); // Wednesday 14:00: not the same day again
    expect(inChannel()).toEqual([]);
    expect(await dryRun(new Date('2027-02-18T08:00:00Z'))).toContain('retention_warning');
    await run(new Date('2027-02-18T08:00:00Z')); // Thursday 09:00
    expect(inChannel()).toEqual(['2027-03-04']);
    expect(await statusDay(new Date('2027-02-18T09:00:00Z'))).toBe('2027-03-04');
    await expectDeletedAt(new Date('2027-03-04T08:00:00Z'));
  });

  it('a copy retried into a Friday night waits for Monday 09:00, not Saturday morning', async () => {
    await warningReachesNobody();
    // The bot is down from Wednesday till Friday 16:50, when the copy is planned and Slack does not answer it.
    outage = true;
    await run(new Date('2027-02-19T15:50:00Z'));
    outage = false;
    await databaseClockMovesOn(t.db, 3600);
    // Its retry comes due late, at 21:00; the passes of the weekend find it too.
    for (const at of ['2027-02-19T20:00:00Z', '2027-02-20T06:30:00Z', '2027-02-20T09:00:00Z', '2027-02-21T09:00:00Z']) await run(new Date(at));
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-02-22T08:00:00Z')); // Monday 09:00
    expect(inChannel()).toEqual(['2027-03-08']);
    await expectDeletedAt(new Date('2027-03-08T08:00:00Z'));
  });

  // Tried on three working days, or refused for good (the channel is gone): the data goes, not kept for ever.
  it('a copy that never goes out does not keep the data for ever', async () => {
    await warningReachesNobody();
    for (const day of ['2027-02-17T08:01:00Z', '2027-02-18T08:00:00Z', '2027-02-19T08:00:00Z', '2027-02-22T08:00:00Z']) await outageOn(new Date(day));
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-03-08T08:00:00Z'));
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('a copy refused for good: the data goes on the day the warning named', async () => {
    await warningReachesNobody();
    messenger.failNext({ ok: false, error: 'channel_not_found', permanent: true });
    await run(new Date(WARN_AT.getTime() + MINUTE));
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-02-18T08:00:00Z'));
    expect(inChannel()).toEqual([]);
    await run(new Date('2027-03-03T08:00:00Z'));
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });
});
