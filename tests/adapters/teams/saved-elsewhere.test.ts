// A saved form names its leerlijn (a card carries its id, which can be forged). When that leerlijn's channel does not take
// the post, what was saved is shown where the person acted only where that is the leerlijn's channel or their personal
// chat: never in another team's channel, where people who are not on that leerlijn read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { t } from '../../../src/i18n/index.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { makeDeps } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, TENANT, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const SECRET = 'Geheim plan van De Brug';
let h: Harness;
let brug = '';

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  // Anna also coordinates De Brug, in another team of the tenant; its channel is not reached (no reference kept yet).
  const workspaceId = await ensureWorkspace(h.db.db, 'teams', TENANT);
  brug = (await startLeerlijn(makeDeps(h.db.db), { workspaceId, userId: anna.aadObjectId! }, {
    channelId: '19:other-team@thread.tacv2', kind: 'bestaand', schoolName: 'De Brug', youthOrgName: 'JoU', startDate: '2026-02-03', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [anna.aadObjectId!],
    members: [{ userId: anna.aadObjectId!, displayName: 'Anna Test' }],
  })).leerlijn.id;
});

afterAll(async () => {
  await h.close();
});

const planOfBrug = (watKanBeter: string) => ({
  form: 'plan', leerlijnId: brug, onderdeel: 'P1', watKanBeter, gewensteEindsituatie: 'Maandelijks overleg',
  'actions.0.description': 'Overleg plannen', 'actions.0.ownerUserId': anna.aadObjectId, 'actions.0.dueDate': '2026-03-01',
});

describe('a saved plan its own channel did not take', () => {
  it('is not shown in another team’s channel; the person hears it was saved, to try again', async () => {
    const from = h.connector.messagesIn(CHANNEL.id).length;
    await h.submit(anna, planOfBrug(SECRET));
    const said = h.connector.messagesIn(CHANNEL.id).slice(from).map((m) => JSON.stringify(m.activity)).join('\n');
    expect(said).not.toContain(SECRET);
    expect(said).toContain(t('nl', 'teams.savedNotPosted').split('.')[0]!);
    const { rows } = await h.db.db.query(`select 1 from plan_items where leerlijn_id = $1::uuid`, [brug]);
    expect(rows).toHaveLength(1);
  });

  it('is shown in the person’s personal chat, which only they read', async () => {
    const where = h.inPersonal(anna);
    await h.submit(anna, { form: 'move', leerlijnId: brug, kind: 'actieplan', date: '2026-02-20', time: '15:30' }, where);
    const cards = h.connector.messagesIn(where.conversation.id).map((m) => cardText(m.activity));
    expect(cards.join('\n')).toContain('vr 20 feb 2026, 15.30 uur');
  });
});
