// The start form offers the leerlijn's language; an English leerlijn then speaks English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceIdFor } from '../../../src/app/places.js';
import { tError } from '../../../src/i18n/index.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { makeDeps } from '../../support/fixtures.js';
import { lastView, startFormValues } from './flow.js';
import { CHANNEL, COORDINATOR, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('starting a leerlijn in Slack', () => {
  it('offers Nederlands and English, the configured language first, and starts in the chosen one', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const form = JSON.stringify(view.blocks);
    expect(form).toContain('Nederlands');
    expect(form).toContain('English');
    expect(form).toMatch(/"block_id":"lang".*"initial_option":\{"text":\{"type":"plain_text","text":"Nederlands"/);

    const res = await h.submit(COORDINATOR, 'start', startFormValues({ lang: 'en' }), view.meta);
    expect(res.text).toBe('');
    await h.settle();
    const posted = JSON.stringify(h.fake.messagesIn(CHANNEL));
    expect(posted).toContain('started the leerlijn for Het Baken College');
    expect(posted).toContain('Leerlijn schedule');
  });

  it('refuses a vote on a round that is gone in the channel’s language, as Teams does', async () => {
    const told = h.fake.ephemeralsTo(COORDINATOR).length;
    await h.click(COORDINATOR, 'vote_2', '00000000-0000-4000-8000-000000000000|P1|2', { channel: CHANNEL });
    await h.settle();
    const said = JSON.stringify(h.fake.ephemeralsTo(COORDINATOR).slice(told).map((e) => e.body));
    expect(said).toContain(tError('en', 'leerlijn_gone'));
  });
});

describe('the workspace id cache', () => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it('belongs to one database: two adapters on different databases each get the id from their own', async () => {
    dbs.push(await pgliteTestDb(), await pgliteTestDb());
    const adapters = dbs.map((d) => ({ deps: makeDeps(d.db) }));
    const ids = [];
    for (const cx of adapters) ids.push(await workspaceIdFor(cx.deps, 'slack', 'T_SAME'));
    for (const [i, d] of dbs.entries()) {
      const { rows } = await d.db.query<{ id: string }>(`select id from workspaces where platform = 'slack' and tenant_id = $1::text`, ['T_SAME']);
      expect(ids[i]).toBe(rows[0]?.id);
    }
    expect(ids[0]).not.toBe(ids[1]);
  });
});
