// The Teams start form names managers and coordinators in their own fields; each of them must
// also be put on a side, so a normal start gives no "zonder kant" warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram, chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.say(anna, 'start');
});

afterAll(async () => {
  await h.close();
});

const form = (extra: Record<string, string>) => ({
  form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'bestaand', startDate: '2026-02-02', startTime: '15:30',
  school: anna.aadObjectId!, jongerenwerk: bram.aadObjectId!, coordinators: anna.aadObjectId!, draagvlak: 'true', financiering: 'true', facilitering: 'true', ...extra,
});

describe('the Teams start form and sides', () => {
  it('asks the side of a coordinator or manager it names without one, keeps the form, and starts nothing', async () => {
    await h.submit(anna, form({ coordinators: `${anna.aadObjectId},${chen.aadObjectId}`, managers: chen.aadObjectId! }));
    const said = cardText(h.connector.lastCardIn(CHANNEL.id));
    expect(said).toContain('Nog niet gekozen: Chen Test');
    const { rows } = await h.db.db.query(`select 1 from leerlijnen`);
    expect(rows).toHaveLength(0);
  });

  // Before the start below: once a leerlijn runs in the channel, a start form is refused for that, not its fields.
  it('keeps a manager picked in the form shown again when Teams will not give the roster', async () => {
    // Throttled however often asked: given up after the deployment's retries, which the harness does
    // not sleep (a 502 the same: botbuilder's own retry is taken out, see reused-clients.ts).
    const from = h.connector.requests.length;
    h.connector.failNext(/pagedmembers/, { status: 429, times: 20 });
    await h.submit(anna, form({ kind: '', managers: chen.aadObjectId! }));
    const card = h.connector.lastCardIn(CHANNEL.id) as { body: Array<Record<string, unknown>> };
    const managers = JSON.stringify(card).match(/\{"type":"Input\.ChoiceSet","id":"managers"[^\]]*\]/)?.[0] ?? '';
    expect(managers).toContain(chen.aadObjectId!);
    expect(managers).toContain('Chen Test');
    // The roster was asked for, and refused each time.
    expect(new Set(h.connector.requests.slice(from).filter((r) => r.path.includes('pagedmembers')).map((r) => r.status))).toEqual(new Set([429]));
  });

  it('starts with no team member "zonder kant" once everyone has a side', async () => {
    await h.submit(anna, form({ coordinators: `${anna.aadObjectId},${chen.aadObjectId}`, school: `${anna.aadObjectId},${chen.aadObjectId}` }));
    const { rows } = await h.db.db.query<{ n: number }>(`select count(*)::int as n from members where side is null`);
    expect(rows[0]!.n).toBe(0);
  });
});
