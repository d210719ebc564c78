// Records that belong to no leerlijn are kept for a while only: the scheduler's tick deletes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberPosted, teamMovesKey, teamToldKey } from '../../src/app/posted.js';
import { firstDelivery } from '../../src/app/platform-records.js';
import { tick } from '../../src/scheduler/tick.js';
import { backends, type TestDb } from '../support/db.js';
import type { Db } from '../../src/store/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';
import { capturedLog } from '../support/log-lines.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(backends())('expired records on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  /** The database's own clock stamps the records; the tick is handed a later moment. */
  let written: Date;
  const keys = async (): Promise<string[]> => (await t.db.query<{ key: string }>(`select key from posted_messages order by key`)).rows.map((r) => r.key);
  const tickAt = (daysLater: number) => tick({ db: t.db, messengers: {} }, new Date(written.getTime() + daysLater * DAY_MS));

  beforeEach(async () => {
    t = await open();
    const deps = makeDeps(t.db);
    s = await startFixture(deps);
    // A start form opened in a channel where no leerlijn was ever started, and a form of the running leerlijn.
    await rememberPosted(deps, { workspaceId: s.workspaceId, leerlijnId: null, key: 'form_opened:U_X:start:M1', message: { channelId: 'C_ELSEWHERE', messageId: 'M1' } });
    await rememberPosted(deps, { workspaceId: s.workspaceId, leerlijnId: s.leerlijnId, key: 'form_opened:U_X:plan:M2', message: { channelId: 'C_TEAM', messageId: 'M2' } });
    expect(await firstDelivery(deps, 'slack', 'Ev1')).toBe(true);
    written = (await t.db.query<{ now: Date }>(`select now() as now`)).rows[0]!.now;
  });
  afterEach(() => t.drop());

  it('forgets a start form opened where no leerlijn ever ran after 90 days, and keeps the running leerlijn’s records', async () => {
    await tickAt(89);
    expect(await keys()).toEqual(['form_opened:U_X:plan:M2', 'form_opened:U_X:start:M1']);
    await tickAt(91);
    expect(await keys()).toEqual(['form_opened:U_X:plan:M2']);
  });

  it('forgets a Slack event id after a day, not before: a redelivery within the day is still seen as one', async () => {
    const deps = makeDeps(t.db);
    await tickAt(0.5);
    expect(await firstDelivery(deps, 'slack', 'Ev1')).toBe(false);
    await tickAt(1.5);
    expect((await t.db.query(`select 1 from processed_events where event_id = 'Ev1'`)).rows).toHaveLength(0);
  });

  it('forgets a team form session’s records a day after they were last written: a form whose last page was never sent', async () => {
    const deps = makeDeps(t.db);
    const session = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';
    for (const key of [teamMovesKey(s.leerlijnId, session), teamToldKey(s.leerlijnId, session)]) {
      await rememberPosted(deps, { workspaceId: s.workspaceId, leerlijnId: s.leerlijnId, key, message: { channelId: 'C_TEAM', messageId: '{"added":[],"removed":[]}' } });
    }
    await tickAt(0.5);
    expect(await keys()).toEqual(['form_opened:U_X:plan:M2', 'form_opened:U_X:start:M1', `team_moves:${s.leerlijnId}:${session}`, `team_told:${s.leerlijnId}:${session}`]);
    await tickAt(1.5);
    expect(await keys()).toEqual(['form_opened:U_X:plan:M2', 'form_opened:U_X:start:M1']);
  });

  it('a tick whose housekeeping fails still reports its jobs, and logs why', async () => {
    const { log, warnings } = capturedLog();
    const failing: Db = { ...t.db, query: (sql, params, opts) => (sql.startsWith('delete from processed_events') ? Promise.reject(new Error('down')) : t.db.query(sql, params, opts)) };
    const result = await tick({ db: failing, messengers: {}, log }, new Date(written.getTime() + 2 * DAY_MS));
    // The fixture's jobs are all due by then: claimed and dealt with (no messenger here), and counted. The tick runs at
    // the wall clock's time of day (written is the database's now): late jobs found at night are held for the morning.
    expect(result.claimed).toBeGreaterThan(0);
    expect(result.dropped + result.skipped + result.failed + result.held).toBe(result.claimed);
    expect(warnings()).toContain('scheduler could not delete expired records');
  });
});
