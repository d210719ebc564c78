// The Monday digest for Anna and Bram, coordinators in Teams; the Bot Connector answers the making
// of Anna's chat 429 with Retry-After: 30. The pass stopped at her 429 and gave the whole digest
// back, so Bram got his half a minute later (or, throttled again and again, up to a day later) for
// no reason of his own. Now the others get theirs in that pass, and the throttled one after the
// wait; nobody gets it twice. A platform that throttles two people in a row is taken to throttle
// the bot as a whole: that pass asks it nothing more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { tick } from '../../src/scheduler/tick.js';
import type { TeamsUser } from '../fakes/teams-activities.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { PEOPLE, cardText, startHarness, startHetBaken, type Harness } from '../adapters/teams/harness.js';
import { backends, type TestDb } from '../support/db.js';
import { addAction, databaseClockMovesOn, jobsOf, RATE_LIMITED_30S, threeCoordinatorsDigest } from './helpers.js';

const MONDAY = new Date('2026-01-19T08:00:00Z'); // 09:00 in Amsterdam: the digest
const later = (seconds: number) => new Date(MONDAY.getTime() + seconds * 1000);

describe('a Teams digest whose first coordinator is throttled', () => {
  let h: Harness;
  let leerlijnId: string;
  const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];

  beforeEach(async () => {
    h = await startHarness();
    await startHetBaken(h);
    const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen`);
    leerlijnId = rows[0]!.id;
    await h.db.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = $2::text`, [leerlijnId, bram.aadObjectId]);
    await addAction(h.db.db, leerlijnId, { owner: bram.aadObjectId!, due: '2026-03-06' });
    await h.db.db.transaction((tx) => syncLeerlijnJobs(tx, leerlijnId, new Date('2026-01-15T12:00:00Z')));
  });
  afterEach(() => h.close());

  const pass = async (now: Date) => {
    const result = await tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, now, { random: () => 0 });
    await h.flush();
    return result;
  };
  const chatOf = (user: TeamsUser) => h.connector.createdConversations.find((c) => JSON.stringify(c.request.members).includes(user.id))?.id;
  const digestsTo = (user: TeamsUser) =>
    h.connector.activities.filter((a) => a.conversationId === chatOf(user) && a.method === 'POST' && cardText(a.activity).includes('Weekoverzicht')).length;

  it('Bram gets it in that pass, Anna once Teams\' 30 s are over, each once', async () => {
    h.connector.failNext(/\/v3\/conversations$/, { status: 429, retryAfter: 30 });
    expect(await pass(MONDAY)).toMatchObject({ sent: 0, retried: 1 });
    expect([digestsTo(anna), digestsTo(bram)]).toEqual([0, 1]);
    const [digest] = (await jobsOf(h.db.db, leerlijnId, 'pending')).filter((j) => j.kind === 'digest' && j.lastError !== null);
    expect(digest).toMatchObject({ attempts: 0, lastError: 'http_429' });
    await databaseClockMovesOn(h.db.db, 30);
    expect(await pass(later(30))).toMatchObject({ sent: 1 });
    expect([digestsTo(anna), digestsTo(bram)]).toEqual([1, 1]);
  });
});

describe.each(backends())('a digest for three coordinators on a platform that throttles, on $name', ({ open }) => {
    let t: TestDb;
  const digestTargets = (messenger: RecordingMessenger) => messenger.ofType('digest').map((d) => d.target).sort();

  beforeEach(async () => {
    t = await open();
    await threeCoordinatorsDigest(t.db);
  });
  afterEach(() => t.drop());

  it('after two 429s in a row the pass asks nothing more: the platform throttles the bot as a whole', async () => {
    const messenger = new RecordingMessenger('slack').failNext(RATE_LIMITED_30S, 2);
    expect(await tick({ db: t.db, messengers: { slack: messenger } }, MONDAY, { random: () => 0 })).toMatchObject({ retried: 1 });
    expect(messenger.calls).toBe(2);
    await databaseClockMovesOn(t.db, 30);
    expect(await tick({ db: t.db, messengers: { slack: messenger } }, later(30), { random: () => 0 })).toMatchObject({ sent: 1 });
    expect(digestTargets(messenger)).toEqual(['U000', 'U001', 'U002']);
  });

  it('two coordinators throttled apart, for 120 s and for 30 s: tried again after the 120 s, not 30 s into the first one\'s wait', async () => {
    const messenger = new RecordingMessenger('slack').failFor('U000', { ...RATE_LIMITED_30S, retryAfterSeconds: 120 }).failFor('U002', RATE_LIMITED_30S);
    const pass = (seconds: number) => tick({ db: t.db, messengers: { slack: messenger } }, later(seconds), { random: () => 0 });
    expect(await pass(0)).toMatchObject({ retried: 1 });
    expect(digestTargets(messenger)).toEqual(['U001']);
    await databaseClockMovesOn(t.db, 30);
    expect(await pass(30)).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(t.db, 90);
    expect(await pass(120)).toMatchObject({ claimed: 1, sent: 1 });
    expect(digestTargets(messenger)).toEqual(['U000', 'U001', 'U002']);
  });

  it('the first two coordinators throttled on every try: the third still gets it, at the next try, as those asked to wait go last', async () => {
    const messenger = new RecordingMessenger('slack').failFor('U000', RATE_LIMITED_30S, 50).failFor('U001', RATE_LIMITED_30S, 50);
    const pass = (seconds: number) => tick({ db: t.db, messengers: { slack: messenger } }, later(seconds), { random: () => 0 });
    expect(await pass(0)).toMatchObject({ retried: 1 });
    expect(digestTargets(messenger)).toEqual([]);
    await databaseClockMovesOn(t.db, 30);
    await pass(30);
    expect(digestTargets(messenger)).toEqual(['U002']);
  });
});
