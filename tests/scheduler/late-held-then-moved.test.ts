// A late message held for the morning whose time is then planned anew (an untried job moves,
// upsertJobs) is judged at its new time: on time then, it goes then, as any message on time does.
import { describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import { backends } from '../support/db.js';
import { makeDeps, useStartedLeerlijn } from '../support/fixtures.js';
import { jobsOf, scheduler } from './helpers.js';

// The fixture's actieplan: Monday 16 February 2026, 15:30-18:30 Amsterdam (UTC+1).
const ACTIEPLAN_END = '2026-02-16T17:30:00Z';

describe.each(backends())('a held message planned anew, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  const savePlan = (iso: string, onderdeel: 'B1' | 'T1') =>
    savePlanItem(makeDeps(env.t.db, new Date(iso)), env.s.coordinator, env.s.leerlijnId, {
      onderdeel, watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke maand overleg',
      actions: [{ description: 'Overleg plannen', ownerUserId: env.s.members[1]!.userId, dueDate: '2026-03-06' }],
    });

  it('the actieplan saved again at 20:20, after its document was held at 20:10, comes half an hour after that save, not at 07:30', async () => {
    const a = scheduler(env.t.db);
    await a.tick(ACTIEPLAN_END);
    // Saved at 19:00: its document is due at 19:30; the bot is down till 20:10, so it is held.
    await savePlan('2026-02-16T18:00:00Z', 'B1');
    await a.tick('2026-02-16T19:10:00Z');
    expect(a.messenger.ofType('step_document')).toEqual([]);
    const documentJob = (await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).find((j) => j.kind === 'meeting_document');
    expect(documentJob?.runAt).toBe('2026-02-16T18:30:00Z');

    // Saved again at 20:20: the document is planned for 20:50, and is on time then.
    await savePlan('2026-02-16T19:20:00Z', 'T1');
    expect((await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).find((j) => j.kind === 'meeting_document')?.runAt).toBe('2026-02-16T19:50:00Z');
    await a.tick('2026-02-16T19:50:00Z');
    expect(a.messenger.ofType('step_document')).toHaveLength(1);
  });
});
