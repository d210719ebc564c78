// The retention term: a leerlijn that ended keeps its data for the deployment's term (here 365
// days), its coordinators are told 14 days before, at 09:00 in the leerlijn's zone, that it will
// be deleted and on which day, and at 09:00 that day the tick deletes it with everything of it. Time is a parameter: each tick is run
// for the moment it is about.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedLeerlijnIn } from '../../src/app/ended.js';
import { planRetentionWarnings } from '../../src/app/retention.js';
import { getEndedStatus } from '../../src/app/overview.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { tick } from '../../src/scheduler/tick.js';
import { leerlijnById } from '../../src/store/leerlijnen.js';
import type { Queryable } from '../../src/store/db.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';
import { capturedLog } from '../support/log-lines.js';
import { stoppedLeerlijn } from './helpers.js';

const TERM = 365;
const STOPPED_AT = new Date('2026-03-02T10:00:00Z'); // 11:00 CET
/** The first 09:00 (CET) once the 365 days after the stop are 14 days away, and 09:00 14 days later. */
const WARN_AT = new Date('2027-02-17T08:00:00Z');
const DELETE_AT = new Date('2027-03-03T08:00:00Z');
const MINUTE = 60_000;
const before = (at: Date): Date => new Date(at.getTime() - MINUTE);

/** Everything of a leerlijn still in the database, per table; all zero once it is deleted. */
async function rowsOf(db: Queryable, leerlijnId: string): Promise<Record<string, number>> {
  const { rows } = await db.query<Record<string, number>>(
    `select (select count(*)::int from leerlijnen where id = $1::uuid) as leerlijn,
       (select count(*)::int from members where leerlijn_id = $1::uuid) as members,
       (select count(*)::int from meetings where leerlijn_id = $1::uuid) as meetings,
       (select count(*)::int from scheduled_jobs where leerlijn_id = $1::uuid) as jobs,
       (select count(*)::int from audit_log where leerlijn_id = $1::uuid and action <> 'leerlijn.delete') as audit`,
    [leerlijnId],
  );
  return rows[0]!;
}

describe.each(backends())('the retention term of an ended leerlijn, on $name', ({ open }) => {
  let t: TestDb;
  let messenger: RecordingMessenger;
  let s: Started;
  const log = capturedLog();
  const run = (now: Date, retentionDays: number | null = TERM) => tick({ db: t.db, messengers: { slack: messenger }, log: log.log, retentionDays }, now, { random: () => 0 });
  const warnings = () => messenger.sends.filter((x) => x.notice.type === 'retention_warning');

  beforeEach(async () => {
    t = await open();
    messenger = new RecordingMessenger('slack');
    log.clear();
    s = await stoppedLeerlijn(t.db, STOPPED_AT);
  });
  afterEach(() => t.drop());

  it('tells the coordinator once, 14 days before, on which day the data is deleted', async () => {
    await run(before(WARN_AT));
    expect(warnings()).toEqual([]);
    await run(WARN_AT);
    await run(new Date(WARN_AT.getTime() + 60 * MINUTE));
    expect(warnings().map((w) => [w.to, w.target])).toEqual([['user', s.coordinator.userId]]);
    expect(warnings()[0]!.notice).toMatchObject({ type: 'retention_warning', deleteOn: '2027-03-03', leerlijn: { id: s.leerlijnId } });
  });

  it('logs a warning planned ahead of its 09:00 as planned, not as sent', async () => {
    await run(before(WARN_AT));
    expect(warnings()).toEqual([]);
    const said = log.lines.find((l) => l.msg?.includes('retention'));
    // Before, 'leerlijnen warned and deleted {"warned":1}' here: the IT person read that the coordinators had been told.
    expect(said).toMatchObject({ warningsPlanned: 1, deleted: 0 });
    expect(said?.msg).not.toContain('warned');
  });

  it('deletes it with everything of it on that day, not a minute before, and logs only the count', async () => {
    await run(WARN_AT);
    await run(before(DELETE_AT));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    log.clear();
    await run(DELETE_AT);
    expect(await rowsOf(t.db, s.leerlijnId)).toEqual({ leerlijn: 0, members: 0, meetings: 0, jobs: 0, audit: 0 });
    const { rows } = await t.db.query<{ actor: string }>(`select actor from audit_log where leerlijn_id = $1::uuid and action = 'leerlijn.delete'`, [s.leerlijnId]);
    expect(rows).toEqual([{ actor: 'scheduler' }]);
    const said = log.lines.find((l) => l.msg?.includes('retention'));
    expect(said).toMatchObject({ deleted: 1 });
    expect(JSON.stringify(log.lines)).not.toContain('Het Baken');
  });

  it('never touches a leerlijn that still runs', async () => {
    const running = await startFixture(makeDeps(t.db), { channelId: 'C_OTHER' });
    await run(WARN_AT);
    await run(new Date('2031-01-01T09:00:00Z'));
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
    expect((await leerlijnById(t.db, running.leerlijnId))?.status).toBe('active');
    expect(warnings().map((w) => w.notice.leerlijn.id)).toEqual([s.leerlijnId]);
  });

  it('deletes nothing in a tick run for an earlier moment, however late it is run', async () => {
    await run(WARN_AT);
    await run(new Date(STOPPED_AT.getTime() + 30 * 24 * 60 * MINUTE));
    await run(before(DELETE_AT));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(DELETE_AT);
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('gives 14 days notice, from the next 09:00, to one that ended longer ago than the term (the term set later, the bot down)', async () => {
    const late = new Date('2028-06-01T09:00:00Z'); // 11:00 CEST
    const nextNine = new Date('2028-06-02T07:00:00Z');
    await run(late);
    await run(nextNine);
    expect(warnings()[0]?.notice).toMatchObject({ deleteOn: '2028-06-16' });
    await run(new Date(nextNine.getTime() + 14 * 24 * 60 * MINUTE - MINUTE));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(new Date(nextNine.getTime() + 14 * 24 * 60 * MINUTE));
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('says in status the day the warning names, before and after it went out', async () => {
    const deps = { ...makeDeps(t.db, STOPPED_AT), retentionDays: TERM };
    const ended = await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM');
    expect((await getEndedStatus(deps, ended!)).deleteOn).toBe('2027-03-03');
    const late = new Date('2028-06-01T09:00:00Z');
    deps.setNow(late);
    expect((await getEndedStatus(deps, ended!)).deleteOn).toBe('2028-06-16');
    await run(late);
    await run(new Date('2028-06-02T07:00:00Z'));
    deps.setNow(new Date('2028-06-10T07:00:00Z'));
    expect((await getEndedStatus(deps, ended!)).deleteOn).toBe('2028-06-16');
  });

  it('shows a due warning in a dry run as it would be sent, to the coordinator', async () => {
    await planRetentionWarnings(t.db, WARN_AT, TERM);
    const lines = await previewPass(t.db, WARN_AT, 50, TERM);
    expect(lines.map((l) => [l.kind, l.outcome, l.detail])).toEqual([['retention_warning', 'send', `retention_warning via slack to user:${s.coordinator.userId}`]]);
  });

  it('shows in a dry run the warning a pass would plan and send, and later the deletion, changing nothing', async () => {
    const planned = await previewPass(t.db, WARN_AT, 50, TERM);
    expect(planned.map((l) => [l.kind, l.outcome, l.detail])).toEqual([['retention_warning', 'send', `retention_warning via slack to user:${s.coordinator.userId}`]]);
    expect(warnings()).toEqual([]);
    await run(WARN_AT);
    expect(await previewPass(t.db, before(DELETE_AT), 50, TERM)).toEqual([]);
    const deleting = await previewPass(t.db, DELETE_AT, 50, TERM);
    expect(deleting.map((l) => [l.kind, l.outcome, l.detail])).toEqual([['retention_delete', 'delete', `leerlijn ${s.leerlijnId} with all its data`]]);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
  });

  it('tells the channel when no coordinator is left on the team', async () => {
    await t.db.query(`update members set is_coordinator = false where leerlijn_id = $1::uuid`, [s.leerlijnId]);
    await run(WARN_AT);
    expect(warnings().map((w) => [w.to, w.target])).toEqual([['channel', 'C_TEAM']]);
  });

  it('tells the channel when the platform reaches none of the coordinators, once', async () => {
    messenger.failNext({ ok: false, error: 'user_not_found', permanent: true });
    await run(WARN_AT);
    await run(new Date(WARN_AT.getTime() + MINUTE));
    await run(new Date(WARN_AT.getTime() + 2 * MINUTE));
    expect(warnings().map((w) => [w.to, w.target, w.notice.type === 'retention_warning' && w.notice.deleteOn])).toEqual([['channel', 'C_TEAM', '2027-03-03']]);
  });

  it('deletes it on the day the channel was told, when the warning reached no coordinator', async () => {
    messenger.failNext({ ok: false, error: 'user_not_found', permanent: true });
    await run(WARN_AT);
    await run(new Date(WARN_AT.getTime() + MINUTE));
    await run(before(DELETE_AT));
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
    await run(DELETE_AT);
    expect(await leerlijnById(t.db, s.leerlijnId)).toBeNull();
  });

  it('keeps everything with the term off, and does not send a warning planned before it was turned off', async () => {
    await run(WARN_AT);
    expect(warnings()).toHaveLength(1);
    messenger.sends.length = 0;
    await t.db.query(`update scheduled_jobs set status = 'pending', attempts = 0 where kind = 'retention_warning'`);
    await run(WARN_AT, null);
    await run(new Date('2031-01-01T09:00:00Z'), null);
    expect(warnings()).toEqual([]);
    expect(await leerlijnById(t.db, s.leerlijnId)).not.toBeNull();
  });
});
