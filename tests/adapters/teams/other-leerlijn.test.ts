// Ids in cards are forgeable. In one tenant, someone on another team's leerlijn who sends this
// leerlijn's round id in a card refresh or an agree, or its leerlijn id in a form, gets no
// distribution, no notes and no change, and the attempt is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { makeDeps } from '../../support/fixtures.js';
import { PEOPLE, TENANT, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram, , , eva] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser, TeamsUser, TeamsUser];
const NOTE = 'Geheime notitie van team A';
let h: Harness;
let leerlijnA = '';
let roundA = '';

beforeAll(async () => {
  h = await startHarness();
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'bestaand', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  // Eva coordinates another team's leerlijn in the same tenant.
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  await startLeerlijn(makeDeps(h.db.db), { workspaceId, userId: eva.aadObjectId! }, {
    channelId: '19:other-team@thread.tacv2', kind: 'bestaand', schoolName: 'De Ander', youthOrgName: 'JW', startDate: '2026-02-02', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [eva.aadObjectId!],
    members: [{ userId: eva.aadObjectId!, displayName: 'Eva' }],
  });
  leerlijnA = (await h.db.db.query<{ id: string }>(`select id from leerlijnen where school_name = 'Het Baken'`)).rows[0]!.id;
  await h.say(anna, 'scores');
  roundA = (await h.db.db.query<{ id: string }>(`select id from score_rounds`)).rows[0]!.id;
  await h.invoke(bram, 'vote', { roundId: roundA, onderdeel: 'P1', score: 1 });
  await h.invoke(bram, 'note', { roundId: roundA, onderdeel: 'P1', note: NOTE });
  await h.say(anna, 'sluit');
});

afterAll(async () => {
  await h.close();
});

async function refusals(): Promise<string[]> {
  const { rows } = await h.db.db.query<{ detail: { what: string } }>(
    `select detail from audit_log where action = 'refused' and actor = $1 and leerlijn_id = $2::uuid order by id`, [eva.aadObjectId, leerlijnA],
  );
  return rows.map((r) => r.detail.what);
}

describe('another leerlijn’s ids in Teams cards and forms', () => {
  it('shows a member of another leerlijn no closed card, distribution or note on refresh', async () => {
    const card = cardText(await h.invoke(eva, 'refreshCard', { roundId: roundA, onderdeel: 'P1' }));
    expect(card).not.toContain(NOTE);
    expect(card).toContain('Alleen teamleden');
    expect(await refusals()).toContain('round');
  });

  it('answers a refused agree without the round’s results', async () => {
    const card = cardText(await h.invoke(eva, 'agree', { roundId: roundA, onderdeel: 'P1', score: 1 }));
    expect(card).not.toContain(NOTE);
    const { rows } = await h.db.db.query(`select 1 from agreed_scores where round_id = $1::uuid`, [roundA]);
    expect(rows).toHaveLength(0);
  });

  it('moves no meeting of another leerlijn from a forged form, and logs it', async () => {
    const before = await h.db.db.query<{ startsAt: Date }>(`select starts_at as "startsAt" from meetings where leerlijn_id = $1::uuid and kind = 'actieplan'`, [leerlijnA]);
    await h.submit(eva, { form: 'move', leerlijnId: leerlijnA, kind: 'actieplan', date: '2026-02-20', time: '15:30' });
    const after = await h.db.db.query<{ startsAt: Date }>(`select starts_at as "startsAt" from meetings where leerlijn_id = $1::uuid and kind = 'actieplan'`, [leerlijnA]);
    expect(after.rows[0]!.startsAt.getTime()).toBe(before.rows[0]!.startsAt.getTime());
    // Refused as the form, before what it carried was read.
    expect(await refusals()).toContain('move_form');
  });
});
